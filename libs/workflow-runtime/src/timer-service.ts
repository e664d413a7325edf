import { randomUUID } from 'node:crypto';
import { Clock, DomainError, SYSTEM_ACTOR } from '@app/workflow';
import { PollingLoop } from './polling-loop';
import { TimerStore } from './timer-store';
import { WorkflowEngine } from './workflow-engine';

export interface TimerServiceOptions {
  /** Names this worker in claims; unique per process. */
  readonly workerId?: string;
  readonly batchSize?: number;
  /** How long a claim holds before another worker may take the timer over. */
  readonly leaseMs?: number;
  readonly pollIntervalMs?: number;
  readonly onError?: (error: unknown, timerId: string) => void;
}

/**
 * Fires due timers. Each fire is an ordinary command sent as the `system` actor, with a command
 * id derived from the timer: if two workers ever fire the same timer (a lease ran out mid-fire),
 * the second append is a no-op, so a timer's events are appended once.
 */
export class TimerService {
  readonly workerId: string;
  private readonly loop: PollingLoop;

  constructor(
    private readonly timers: TimerStore,
    private readonly engine: WorkflowEngine,
    private readonly clock: Clock,
    private readonly options: TimerServiceOptions = {},
  ) {
    this.workerId = options.workerId ?? `timers-${randomUUID()}`;
    this.loop = new PollingLoop(() => this.fireDue(), options.pollIntervalMs ?? 1000, (error) => options.onError?.(error, ''));
  }

  /** Claims and fires every timer due now; returns how many fired (or were found stale). */
  async fireDue(): Promise<number> {
    let handled = 0;
    for (;;) {
      const now = this.clock.now();
      const due = await this.timers.claimDue(
        this.workerId,
        now,
        new Date(now.getTime() + (this.options.leaseMs ?? 60_000)),
        this.options.batchSize ?? 50,
      );
      if (due.length === 0) return handled;
      for (const timer of due) {
        try {
          await this.engine.handle(
            timer.workflow,
            timer.streamId,
            timer.command,
            { actor: SYSTEM_ACTOR, commandId: `timer:${timer.timerId}`, causationId: timer.timerId },
            { firing: { timerId: timer.timerId, name: timer.name, dueAt: timer.dueAt } },
          );
          handled += 1;
        } catch (error) {
          this.options.onError?.(error, timer.timerId);
          // A rule that refuses the timer's command will refuse it every time: stop retrying.
          if (error instanceof DomainError) await this.timers.markCancelled(timer.timerId, `${error.code}: ${error.message}`);
          else await this.timers.release(timer.timerId, String(error));
        }
      }
    }
  }

  /** Polls for due timers until `stop()`. */
  start(): void {
    this.loop.start();
  }

  /** Asks the loop to look now (e.g. after a test moved the clock). */
  poke(): void {
    this.loop.poke();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }
}
