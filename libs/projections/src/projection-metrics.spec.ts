import { Registry } from 'prom-client';
import { registerProjectionMetrics } from './projection-metrics';
import { ProjectionStatus } from './projection-status';

const statuses: ProjectionStatus[] = [
  {
    name: 'case-board',
    kind: 'async',
    state: 'failed',
    checkpoint: { transactionId: '812', position: 1500 },
    lagEvents: 42,
    lagSeconds: 12.5,
    lastError: {
      message: 'unknown unit',
      position: 1501,
      transactionId: '813',
      eventId: '00000000-0000-4000-8000-000000000001',
      eventType: 'CaseAssigned',
      at: new Date('2026-03-02T08:00:00Z'),
    },
    rebuild: null,
  },
  {
    name: 'ranking',
    kind: 'inline',
    state: 'rebuilding',
    checkpoint: null,
    lagEvents: 0,
    lagSeconds: 0,
    lastError: null,
    rebuild: { projection: 'ranking', phase: 'building', eventsApplied: 2000, headPosition: 9000, position: 2100, startedAt: new Date() },
  },
];

describe('registerProjectionMetrics', () => {
  it('exports checkpoint, lag, state, last error and rebuild progress per projection', async () => {
    const registry = new Registry();
    registerProjectionMetrics(registry, { status: async () => statuses });
    const text = await registry.metrics();
    expect(text).toContain('projection_checkpoint_position{projection="case-board",kind="async"} 1500');
    expect(text).toContain('projection_lag_events{projection="case-board",kind="async"} 42');
    expect(text).toContain('projection_lag_seconds{projection="case-board",kind="async"} 12.5');
    expect(text).toContain('projection_state{projection="case-board",state="failed"} 1');
    expect(text).toContain('projection_state{projection="case-board",state="running"} 0');
    expect(text).toContain('projection_state{projection="ranking",state="rebuilding"} 1');
    expect(text).toContain('projection_last_error_position{projection="case-board"} 1501');
    expect(text).toContain(`projection_last_error_timestamp_seconds{projection="case-board"} ${Date.parse('2026-03-02T08:00:00Z') / 1000}`);
    expect(text).toContain('projection_last_error_position{projection="ranking"} 0');
    expect(text).toContain('projection_rebuild_events_applied{projection="ranking"} 2000');
    expect(text).toContain('projection_rebuild_head_position{projection="ranking"} 9000');
  });

  it('reads the statuses once per scrape, not once per gauge', async () => {
    const registry = new Registry();
    let reads = 0;
    registerProjectionMetrics(registry, {
      status: async () => {
        reads++;
        return statuses;
      },
    });
    await registry.metrics();
    expect(reads).toBe(1);
  });

  it('drops projections that are gone from one scrape to the next', async () => {
    const registry = new Registry();
    let current = statuses;
    registerProjectionMetrics(registry, { status: async () => current }, { cacheMs: 0 });
    expect(await registry.metrics()).toContain('projection="ranking"');
    current = statuses.slice(0, 1);
    await new Promise((resolve) => setTimeout(resolve, 2));
    expect(await registry.metrics()).not.toContain('projection="ranking"');
  });
});
