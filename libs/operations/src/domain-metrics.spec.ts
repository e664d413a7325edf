import type { RecordedEvent } from '@app/event-store';
import { Registry } from 'prom-client';
import { registerDomainMetrics } from './domain-metrics';

const event = (category: string) => ({ category }) as RecordedEvent;

function registered(overrides: Partial<Parameters<typeof registerDomainMetrics>[1]> = {}) {
  const registry = new Registry();
  const observer = registerDomainMetrics(registry, {
    timersDue: async () => 7,
    openCases: async () => ({ none: 4, blue: 2, yellow: 1, red: 0 }),
    pool: { waitingCount: 3, totalCount: 10, idleCount: 0 },
    ...overrides,
  });
  return { registry, observer };
}

describe('registerDomainMetrics', () => {
  it('counts appended events by stream category, refusals by workflow and code, and timers fired by name', async () => {
    const { registry, observer } = registered();
    observer.appended!('case', [event('case'), event('case')]);
    observer.appended!('task', [event('task')]);
    observer.refused!('case', 'CASE_ALREADY_CLOSED');
    observer.refused!('case', 'CASE_ALREADY_CLOSED');
    observer.timerFired!('case', 'case-warning-yellow');
    const text = await registry.metrics();
    expect(text).toContain('events_appended_total{category="case"} 2');
    expect(text).toContain('events_appended_total{category="task"} 1');
    expect(text).toContain('command_rejections_total{workflow="case",code="CASE_ALREADY_CLOSED"} 2');
    expect(text).toContain('timers_fired_total{workflow="case",timer="case-warning-yellow"} 1');
  });

  it('reads the timers due, the open cases by colour (every colour, zeros too) and the pool at scrape time', async () => {
    const text = await registered().registry.metrics();
    expect(text).toContain('timers_due 7');
    for (const line of ['cases_open{warning="none"} 4', 'cases_open{warning="blue"} 2', 'cases_open{warning="yellow"} 1', 'cases_open{warning="red"} 0']) {
      expect(text).toContain(line);
    }
    expect(text).toContain('database_pool_waiting_clients 3');
    expect(text).toContain('database_pool_clients 10');
  });

  it('reports a gauge whose read fails as NaN (unknown), or without series, rather than failing the whole scrape', async () => {
    const failing = async (): Promise<never> => Promise.reject(new Error('relation "case_board" does not exist'));
    const text = await registered({ timersDue: failing, openCases: failing }).registry.metrics();
    expect(text).toMatch(/^timers_due nan$/im);
    expect(text).not.toMatch(/^cases_open\{/m);
    expect(text).toContain('database_pool_waiting_clients 3');
  });
});
