import { AppendHook, RecordedEvent } from '@app/event-store';
import { DataSource } from 'typeorm';
import { isProjected, ProjectionDefinition } from './projection-definition';
import { ProjectionError } from './projection-status';
import { entityManagerOn } from './shared-pool-data-source';

/**
 * The event store's append hook for every inline projection: it runs inside the append's
 * transaction, on the append's connection, so the read model commits or rolls back with the
 * events. A projection that throws refuses the append (the caller gets the error, nothing is
 * written); its error is kept for the status.
 *
 * The hook stays registered for the store's lifetime, also after the runtime is closed: appends
 * may still come while an app drains its requests, and they must not leave the read model
 * behind. It needs no connection of its own, only the append's.
 */
export class InlineProjections {
  private readonly errors = new Map<string, ProjectionError>();

  constructor(
    private readonly definitions: readonly ProjectionDefinition[],
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  readonly hook: AppendHook = async (client, events) => {
    if (this.definitions.length === 0) return;
    for (const definition of this.definitions) {
      const projected = events.filter((event) => isProjected(definition, event));
      if (projected.length === 0) continue;
      try {
        await definition.apply(projected, { manager: entityManagerOn(this.dataSource, client), mode: 'live' });
      } catch (error) {
        this.recordError(definition.name, projected[0]!, error);
        throw error;
      }
    }
  };

  lastError(name: string): ProjectionError | null {
    return this.errors.get(name) ?? null;
  }

  private recordError(name: string, event: RecordedEvent, error: unknown): void {
    this.errors.set(name, {
      message: error instanceof Error ? error.message : String(error),
      position: event.position,
      transactionId: event.transactionId,
      eventId: event.id,
      eventType: event.type,
      at: this.now(),
    });
  }
}
