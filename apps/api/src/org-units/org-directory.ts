import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, PostgresEventStore, RecordedEvent, Subscription } from '@app/event-store';
import {
  evolveOrgUnit,
  initialOrgUnitState,
  OrgTree,
  OrgUnitEvent,
  OrgUnitState,
  orgUnitStreams,
  RegisteredOrgUnit,
} from '@app/supervision';

/**
 * The org tree and each unit's current responsible people, folded in memory from the `orgunit`
 * streams and kept current by a subscription. Org units change rarely and every scope check
 * needs them, so they are held here rather than read per request.
 */
@Injectable()
export class OrgDirectory implements OnModuleInit, OnApplicationShutdown {
  private readonly units = new Map<string, OrgUnitState>();
  private tree: OrgTree | undefined;
  private subscription: Subscription | undefined;
  /** Org events folded in so far; every one is delivered once, so this counts the org log we hold. */
  private handledEvents = 0;

  constructor(@Inject(EVENT_STORE) private readonly store: PostgresEventStore) {}

  async onModuleInit(): Promise<void> {
    this.subscription = this.store.subscribe({
      categories: ['orgunit'],
      pollIntervalMs: 2000,
      handle: async ({ events }) => this.apply(events),
    });
    await this.subscription.caughtUp();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
  }

  /** Waits (briefly) until every org event committed before the call has been folded in. */
  async fresh(): Promise<this> {
    const target = await this.committedOrgEvents();
    const deadline = Date.now() + 5000;
    while (this.handledEvents < target && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return this;
  }

  orgTree(): OrgTree {
    this.tree ??= new OrgTree(
      this.registered().map((unit) => ({ id: unit.unitId, kind: unit.kind, name: unit.name, parentId: unit.parentId })),
    );
    return this.tree;
  }

  unit(unitId: string): RegisteredOrgUnit | undefined {
    const state = this.units.get(unitId);
    return state?.status === 'registered' ? state : undefined;
  }

  registered(): RegisteredOrgUnit[] {
    return [...this.units.values()].filter((state): state is RegisteredOrgUnit => state.status === 'registered');
  }

  private apply(events: readonly RecordedEvent[]): void {
    this.handledEvents += events.length;
    for (const event of events) {
      const unitId = orgUnitStreams.entityIdOf(event.streamId);
      const state = this.units.get(unitId) ?? initialOrgUnitState();
      this.units.set(unitId, evolveOrgUnit(state, { type: event.type, data: event.data } as OrgUnitEvent));
    }
    this.tree = undefined;
  }

  /**
   * How many org events are committed: the sum of the org streams' versions, a range over the
   * streams' primary key. (The newest org position would mean walking the log back from its head
   * past every later event: org events are the oldest, so on every request.)
   */
  private committedOrgEvents(): Promise<number> {
    return this.store.categoryEventCount('orgunit');
  }

}
