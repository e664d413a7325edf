import { sharedRead } from '@app/database';
import { Gauge, Registry } from 'prom-client';
import { ProcessManagerStatus } from './process-manager';

/** What the metrics read: the runner, or anything else that reports statuses (tests). */
export interface ProcessManagerStatusSource {
  status(): Promise<ProcessManagerStatus[]>;
}

export interface ProcessManagerMetricsOptions {
  /** Metric name prefix; default `process_manager_`. */
  readonly prefix?: string;
  /** A scrape reads every status once; reads within this many ms share it (default 1000). */
  readonly cacheMs?: number;
}

/**
 * Registers gauges for every process manager on `registry`, computed at scrape time, in the style
 * of the projectors' (`projection_*`): checkpoint position, lag in events and seconds, and whether
 * this process follows the log for it.
 */
export function registerProcessManagerMetrics(registry: Registry, source: ProcessManagerStatusSource, options: ProcessManagerMetricsOptions = {}): void {
  const prefix = options.prefix ?? 'process_manager_';
  const statuses = sharedRead(() => source.status(), options.cacheMs ?? 1000);

  const gauge = (name: string, help: string, value: (status: ProcessManagerStatus) => number) =>
    new Gauge({
      name: `${prefix}${name}`,
      help,
      labelNames: ['process_manager'],
      registers: [registry],
      async collect() {
        this.reset();
        for (const status of await statuses()) this.set({ process_manager: status.name }, value(status));
      },
    });

  gauge('checkpoint_position', 'Global position of the last event a process manager has handled.', (s) => s.checkpoint.position);
  gauge('lag_events', 'Committed events a process manager has still to react to.', (s) => s.lagEvents);
  gauge('lag_seconds', 'How long the oldest event a process manager has still to react to has been waiting.', (s) => s.lagSeconds);
  gauge('running', 'Whether this process follows the log for a process manager (1) or not (0).', (s) => (s.running ? 1 : 0));
}
