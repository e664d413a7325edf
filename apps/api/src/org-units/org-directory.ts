import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, EventStore, RecordedEvent, Subscription } from '@app/event-store';
import {
  evolveOrgUnit,
  initialOrgUnitState,
  OrgTree,
  OrgUnitEvent,
  OrgUnitState,
  orgUnitStreams,
  RegisteredOrgUnit,
} from '@app/supervision';

/** Folding an org event failed, so the directory stopped following the log: a fault, logged when it happens. */
export class OrgDirectoryStopped extends Error {
  constructor() {
    super('The org directory does not follow the log');
  }
}

/**
 * The org tree and each unit's current responsible people, folded in memory from the `orgunit`
 * streams and kept current by a subscription. Org units change rarely and every scope check
 * needs them, so they are held here rather than read per request.
 */
@Injectable()
export class OrgDirectory implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(OrgDirectory.name);
  private readonly units = new Map<string, OrgUnitState>();
  private tree: OrgTree | undefined;
  private subscription: Subscription | undefined;
  /** Settles when the subscription ends: resolves when it is stopped, rejects when folding failed. */
  private ended: Promise<void> = new Promise<void>(() => undefined);
  /** Org events folded in so far; every one is delivered once, so this counts the org log we hold. */
  private handledEvents = 0;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onModuleInit(): Promise<void> {
    const subscription = this.store.subscribe({
      categories: [orgUnitStreams.category],
      pollIntervalMs: 2000,
      handle: async ({ events }) => this.apply(events),
    });
    this.subscription = subscription;
    this.ended = subscription.done.catch((error: unknown) => {
      this.logger.error({ message: 'the org directory stopped following the log', error: String(error) });
      throw new OrgDirectoryStopped();
    });
    this.ended.catch(() => undefined);
    await subscription.caughtUp();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
  }

  /**
   * Resolves once every org event committed before the call has been folded in; awaited once by
   * whatever reads the tree for a request.
   *
   * The count of org events folded is taken before the count of those committed: every event
   * folded by then was committed by then, so when the folded count is not below the committed
   * one, the folded events are exactly the committed ones (one query, no wait, the usual case).
   * Otherwise the subscription is asked to catch up past every transaction that had begun by the
   * call, and woken to read at once (see `Subscription.caughtUp`). Once the process is shutting
   * down (the subscription stopped), the tree is answered as it stands.
   */
  async fresh(): Promise<this> {
    const folded = this.handledEvents;
    if (folded >= (await this.committedOrgEvents())) return this;
    if (this.subscription === undefined) throw new OrgDirectoryStopped();
    await Promise.race([this.subscription.caughtUp(), this.ended]);
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
    for (const event of events) {
      const unitId = orgUnitStreams.entityIdOf(event.streamId);
      const state = this.units.get(unitId) ?? initialOrgUnitState();
      this.units.set(unitId, evolveOrgUnit(state, { type: event.type, data: event.data } as OrgUnitEvent));
    }
    this.handledEvents += events.length;
    this.tree = undefined;
  }

  /**
   * How many org events are committed: the sum of the org streams' versions, a range over the
   * streams' primary key. (The newest org position would mean walking the log back from its head
   * past every later event: org events are the oldest, so on every request.)
   */
  private committedOrgEvents(): Promise<number> {
    return this.store.categoryEventCount(orgUnitStreams.category);
  }
}
