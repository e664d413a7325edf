/**
 * Background work done in rounds until stopped: after each round the loop waits `intervalMs`, or
 * less when poked. A poke that comes during a round starts the next one as soon as it ends, so
 * work that arrived meanwhile is not left for the interval. A round that throws is reported and
 * the loop goes on.
 */
export class PollingLoop {
  private running: Promise<void> | undefined;
  private stopped = false;
  private poked = false;
  private wake: (() => void) | undefined;

  constructor(
    private readonly round: () => Promise<unknown>,
    private readonly intervalMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(): void {
    if (this.running !== undefined) return;
    this.stopped = false;
    this.running = this.loop();
  }

  /** Asks for a round now (after an append here, or after a test moved the clock). */
  poke(): void {
    this.poked = true;
    this.wake?.();
  }

  /** Ends the loop once the round under way, if any, is done. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
    this.running = undefined;
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      this.poked = false;
      try {
        await this.round();
      } catch (error) {
        this.onError(error);
      }
      if (this.stopped || this.poked) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.intervalMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }
}
