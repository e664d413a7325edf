import { INestApplicationContext, Injectable, Logger } from '@nestjs/common';

/**
 * Whether the process is on its way out: from SIGTERM until it stops, readiness answers 503 so a
 * load balancer takes it out of rotation while it still serves what is in flight.
 */
@Injectable()
export class Draining {
  private draining = false;

  get active(): boolean {
    return this.draining;
  }

  begin(): void {
    this.draining = true;
  }
}

export interface StopOptions {
  /** How long to keep serving, not ready, after SIGTERM before closing. */
  readonly drainMs: number;
  /** Past this, a close that hangs is cut short with exit code 1. */
  readonly closeTimeoutMs: number;
}

const logger = new Logger('Shutdown');

/**
 * Stops the app on a signal. SIGTERM (an orchestrator's stop): readiness turns 503 at once, the
 * process goes on serving and working for `drainMs`, then closes (the server stops accepting,
 * in-flight requests finish, the shutdown hooks run, the database pool closes last) and exits 0.
 * SIGINT (Ctrl-C), or a second signal while draining, closes at once.
 */
export function stopOnSignals(app: INestApplicationContext, options: StopOptions): void {
  const draining = app.get(Draining);
  let closing = false;
  let drainTimer: NodeJS.Timeout | undefined;
  const close = (): void => {
    if (closing) return;
    closing = true;
    clearTimeout(drainTimer);
    setTimeout(() => {
      logger.error({ message: 'shutdown took too long; exiting', closeTimeoutMs: options.closeTimeoutMs });
      process.exit(1);
    }, options.closeTimeoutMs).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ message: 'shutdown failed', error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => {
    if (draining.active) return close();
    draining.begin();
    logger.log({ message: 'shutting down: draining, /health answers 503', signal: 'SIGTERM', drainSeconds: options.drainMs / 1000 });
    if (options.drainMs === 0) close();
    else drainTimer = setTimeout(() => close(), options.drainMs);
  });
  process.on('SIGINT', () => {
    draining.begin();
    logger.log({ message: 'shutting down', signal: 'SIGINT' });
    close();
  });
}
