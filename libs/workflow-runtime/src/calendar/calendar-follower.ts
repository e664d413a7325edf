import { EventStore, RecordedEvent, Subscription } from '@app/event-store';
import { CALENDAR_CATEGORY, CalendarEvent, evolveCalendarNotices } from '@app/workflow';
import { FollowedWorkingDayCalendar } from './followed-calendar';

/**
 * Folds the calendar stream into the process's calendar and keeps it current: catch-up at start,
 * then live (an append in this process wakes it at once, one in another process through the
 * store's notification, else the poll). Listeners hear of every change after the catch-up.
 */
export class CalendarFollower {
  private subscription: Subscription | undefined;
  private handledEvents = 0;
  private caughtUp = false;
  private readonly listeners: Array<(fingerprint: string) => void> = [];

  constructor(
    private readonly store: EventStore,
    readonly calendar: FollowedWorkingDayCalendar,
    private readonly options: { readonly pollIntervalMs?: number } = {},
  ) {}

  /** Resolves once every calendar event committed before the call is folded in. */
  async start(): Promise<void> {
    if (this.subscription !== undefined) return;
    this.subscription = this.store.subscribe({
      categories: [CALENDAR_CATEGORY],
      pollIntervalMs: this.options.pollIntervalMs ?? 2000,
      handle: async ({ events }) => this.apply(events),
    });
    await this.subscription.caughtUp();
    this.caughtUp = true;
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  /** Calls `listener` with the new fingerprint whenever a load changes the calendar. */
  onChange(listener: (fingerprint: string) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Resolves once every calendar event committed before the call is folded in (or after
   * `timeoutMs`, with the calendar as it stands). The count folded is taken before the count
   * committed, so when it is not below it nothing is missing and nothing is waited for; otherwise
   * the subscription is asked to catch up past every transaction begun by the call (no polling).
   */
  async fresh(timeoutMs = 5000): Promise<void> {
    const folded = this.handledEvents;
    const subscription = this.subscription;
    if (subscription === undefined || folded >= (await this.store.categoryEventCount(CALENDAR_CATEGORY))) return;
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    try {
      await Promise.race([subscription.caughtUp(), subscription.done.catch(() => undefined), gaveUp]);
    } finally {
      clearTimeout(timer);
    }
  }

  private apply(events: readonly RecordedEvent[]): void {
    this.handledEvents += events.length;
    const before = this.calendar.fingerprint;
    const state = events.reduce((folded, event) => evolveCalendarNotices(folded, { type: event.type, data: event.data } as unknown as CalendarEvent), this.calendar.state);
    this.calendar.follow(state);
    const after = this.calendar.fingerprint;
    if (this.caughtUp && after !== before) for (const listener of this.listeners) listener(after);
  }
}
