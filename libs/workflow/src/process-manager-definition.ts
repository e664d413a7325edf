import type { Command } from './workflow-definition';

/** An event of the log as a process manager sees it: what it is, its payload, and where it was recorded. */
export interface LoggedEvent {
  readonly id: string;
  readonly streamId: string;
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** A command a process manager sends because of an event. */
export interface Reaction {
  readonly workflow: string;
  readonly streamId: string;
  readonly command: Command;
  /**
   * Names the reaction among the reactions to one event. With the manager's name and the event's
   * id it makes the command id, so delivering the event again appends nothing.
   */
  readonly key: string;
  readonly orgUnitId?: string;
}

/**
 * Follows events of some workflows and sends commands to others (e.g. a case split opens the
 * child cases; a child's closing is recorded on its parent). `react` is pure: the runtime owns
 * delivery, ordering and idempotency.
 */
export interface ProcessManager {
  readonly name: string;
  /** Stream categories and event types it reacts to; it is handed no others. */
  readonly categories: readonly string[];
  readonly types: readonly string[];
  react(event: LoggedEvent): readonly Reaction[];
}
