import { Clock } from '@app/workflow';
import { TimerStore } from '../timer-store';
import { WorkflowEngine } from '../workflow-engine';
import { FollowedWorkingDayCalendar } from './followed-calendar';

export interface CalendarTimersReport {
  readonly fingerprint: string;
  readonly instances: number;
  readonly failed: number;
}

/**
 * Keeps durable timers on the calendar in force. A timer's instant is counted in working days,
 * so when the calendar changes (a notice is loaded; a release changes the shipped years or the
 * provisional rules) every instance with timers is reconciled: its timers are recomputed on the
 * new calendar, moved ones cancelled and rescheduled. The fingerprint of the calendar last
 * reconciled against is kept in the database, so a process that starts after a change made while
 * no timer process ran (the command line) catches up, and one that starts with nothing changed
 * does nothing.
 *
 * The first time (no fingerprint yet) every instance that ever had a timer is visited, which
 * schedules the warnings an older release left out for years without a notice.
 */
export class CalendarTimers {
  private running: Promise<CalendarTimersReport | undefined> = Promise.resolve(undefined);
  private stopped = false;

  constructor(
    private readonly engine: WorkflowEngine,
    private readonly timers: TimerStore,
    private readonly calendar: FollowedWorkingDayCalendar,
    private readonly clock: Clock,
    private readonly options: { readonly onInstanceError?: (error: unknown, instance: { workflow: string; streamId: string }) => void } = {},
  ) {}

  /** Reconciles unless the database says the timers are on this calendar already (at start-up). */
  catchUp(): Promise<CalendarTimersReport | undefined> {
    return this.enqueue(async () => {
      const reconciled = await this.timers.reconciledCalendar();
      if (reconciled === this.calendar.fingerprint) return undefined;
      return this.sweep(reconciled === undefined);
    });
  }

  /**
   * Reconciles every instance with a scheduled timer (after this process saw the calendar change).
   * Always runs, even when another process has done it: a command this process decided on the
   * old calendar just before the change may have committed after that process's sweep.
   */
  reconcileAll(): Promise<CalendarTimersReport | undefined> {
    return this.enqueue(() => this.sweep(false));
  }

  /** Resolves when the sweeps asked for so far have finished. */
  async settled(): Promise<CalendarTimersReport | undefined> {
    return this.running;
  }

  /** Ends a sweep under way after its current instance (at shutdown); it is done again at the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running.catch(() => undefined);
  }

  private enqueue(work: () => Promise<CalendarTimersReport | undefined>): Promise<CalendarTimersReport | undefined> {
    this.running = this.running.catch(() => undefined).then(() => (this.stopped ? undefined : work()));
    return this.running;
  }

  private async sweep(everHad: boolean): Promise<CalendarTimersReport> {
    const fingerprint = this.calendar.fingerprint;
    let instances = 0;
    let failed = 0;
    let after: { workflow: string; streamId: string } | undefined;
    for (;;) {
      const page = await this.timers.instancesWithTimers({ everHad, limit: 200, ...(after === undefined ? {} : { after }) });
      for (const instance of page) {
        if (this.stopped) return { fingerprint, instances, failed: failed + 1 };
        try {
          await this.engine.reconcileTimers(instance.workflow, instance.streamId);
          instances += 1;
        } catch (error) {
          failed += 1;
          this.options.onInstanceError?.(error, instance);
        }
      }
      if (page.length < 200) break;
      after = page[page.length - 1];
    }
    // Marked only when every instance is on this calendar (and it is still the calendar in force).
    if (failed === 0 && fingerprint === this.calendar.fingerprint) await this.timers.markReconciledCalendar(fingerprint, this.clock.now());
    return { fingerprint, instances, failed };
  }
}
