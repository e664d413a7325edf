import { sharedRead } from '@app/database';
import { Gauge, Registry } from 'prom-client';
import { PROJECTOR_STATES, ProjectionStatus } from './projection-status';

/** What the metrics read: the runtime, or anything else that reports statuses (tests). */
export interface ProjectionStatusSource {
  status(): Promise<ProjectionStatus[]>;
}

export interface ProjectionMetricsOptions {
  /** Metric name prefix; default `projection_`. */
  readonly prefix?: string;
  /** A scrape reads every status once; reads within this many ms share it (default 1000). */
  readonly cacheMs?: number;
}

/**
 * Registers gauges for every projection on `registry`, computed at scrape time:
 * checkpoint position, lag in events and seconds, state (one series per state, 1 for the current),
 * the last error's position and time (0 when there is none), and rebuild progress.
 */
export function registerProjectionMetrics(registry: Registry, source: ProjectionStatusSource, options: ProjectionMetricsOptions = {}): void {
  const prefix = options.prefix ?? 'projection_';
  const statuses = sharedRead(() => source.status(), options.cacheMs ?? 1000);

  const gauge = (name: string, help: string, labelNames: string[], fill: (gauge: Gauge<string>, status: ProjectionStatus) => void) =>
    new Gauge({
      name: `${prefix}${name}`,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        this.reset();
        for (const status of await statuses()) fill(this, status);
      },
    });

  gauge('checkpoint_position', 'Global position of the event an async projector has applied up to (0 for inline ones).', ['projection', 'kind'], (g, s) =>
    g.set({ projection: s.name, kind: s.kind }, s.checkpoint?.position ?? 0),
  );
  gauge('lag_events', 'Committed events a projector has still to apply.', ['projection', 'kind'], (g, s) =>
    g.set({ projection: s.name, kind: s.kind }, s.lagEvents),
  );
  gauge('lag_seconds', 'How long the oldest event a projector has still to apply has been waiting.', ['projection', 'kind'], (g, s) =>
    g.set({ projection: s.name, kind: s.kind }, s.lagSeconds),
  );
  gauge('state', 'Projector state: 1 for the current state, 0 for the others.', ['projection', 'state'], (g, s) => {
    for (const state of PROJECTOR_STATES) g.set({ projection: s.name, state }, s.state === state ? 1 : 0);
  });
  gauge('last_error_position', 'Position of the event a projector last failed on (0 when none).', ['projection'], (g, s) =>
    g.set({ projection: s.name }, s.lastError?.position ?? 0),
  );
  gauge('last_error_timestamp_seconds', 'When a projector last failed (0 when none).', ['projection'], (g, s) =>
    g.set({ projection: s.name }, s.lastError === null ? 0 : s.lastError.at.getTime() / 1000),
  );
  gauge('rebuild_events_applied', 'Events applied by the current (or last) rebuild.', ['projection'], (g, s) =>
    g.set({ projection: s.name }, s.rebuild?.eventsApplied ?? 0),
  );
  gauge('rebuild_head_position', 'Head of the log as last seen by the current (or last) rebuild.', ['projection'], (g, s) =>
    g.set({ projection: s.name }, s.rebuild?.headPosition ?? 0),
  );
}
