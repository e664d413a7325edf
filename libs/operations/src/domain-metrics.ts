import type { RecordedEvent } from '@app/event-store';
import type { OpenCasesByWarning } from '@app/read-models';
import type { EngineObserver } from '@app/workflow-runtime';
import { Counter, Gauge, Registry } from 'prom-client';

/**
 * Where the domain gauges read from at scrape time. A read that fails leaves its gauge NaN (or
 * without series, when labelled) rather than failing the whole scrape.
 */
export interface DomainMetricSources {
  /** Durable timers due now and not fired yet. */
  readonly timersDue: () => Promise<number>;
  /** Open cases by their gravest warning, from the case board. */
  readonly openCases: () => Promise<OpenCasesByWarning>;
  /** The process's connection pool (pg's counts). */
  readonly pool: { readonly waitingCount: number; readonly totalCount: number; readonly idleCount: number };
}

const WARNINGS = ['none', 'blue', 'yellow', 'red'] as const;

/**
 * The domain's metrics on `registry`. Every label is bounded by the code, never by the data: the
 * stream category (`case`, `task`…) rather than the stream, the error's stable code, the timer's
 * name (`case-warning-blue`…) rather than its id.
 *
 * Returns the engine observer that feeds the counters (hand it to `WorkflowEngine.observe`).
 */
export function registerDomainMetrics(registry: Registry, sources: DomainMetricSources): EngineObserver {
  // First on the registry: a scrape's own reads (below, and the read models' gauges) queue for
  // connections once they start, which would show up here as waiting clients.
  const poolGauge = (name: string, help: string, value: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(value());
      },
    });
  poolGauge('database_pool_waiting_clients', 'Queries waiting for a connection of the pool (all are busy)', () => sources.pool.waitingCount);
  poolGauge('database_pool_clients', 'Connections the pool holds, busy or idle', () => sources.pool.totalCount);
  poolGauge('database_pool_idle_clients', 'Connections of the pool not in use', () => sources.pool.idleCount);

  const appended = new Counter({
    name: 'events_appended_total',
    help: 'Events appended to the log by commands in this process, by stream category',
    labelNames: ['category'] as const,
    registers: [registry],
  });
  const refused = new Counter({
    name: 'command_rejections_total',
    help: 'Commands refused in this process by a business rule or a stale version, by workflow and error code',
    labelNames: ['workflow', 'code'] as const,
    registers: [registry],
  });
  const fired = new Counter({
    name: 'timers_fired_total',
    help: 'Durable timers this process fired, by workflow and timer name',
    labelNames: ['workflow', 'timer'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'timers_due',
    help: 'Durable timers due and not fired yet (all processes); a growing figure means no process fires timers',
    registers: [registry],
    async collect() {
      this.set(await sources.timersDue().catch(() => Number.NaN));
    },
  });
  new Gauge({
    name: 'cases_open',
    help: 'Open cases (opened, not closed) by their gravest warning: none, blue, yellow or red, from the case board',
    labelNames: ['warning'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const counts = await sources.openCases().catch(() => undefined);
      if (counts !== undefined) for (const warning of WARNINGS) this.set({ warning }, counts[warning]);
    },
  });
  return {
    appended: (_workflow: string, events: readonly RecordedEvent[]) => {
      for (const event of events) appended.inc({ category: event.category });
    },
    refused: (workflow, code) => refused.inc({ workflow, code }),
    timerFired: (workflow, timer) => fired.inc({ workflow, timer }),
  };
}
