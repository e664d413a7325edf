import { Registry } from 'prom-client';
import { ProcessManagerStatus } from './process-manager';
import { registerProcessManagerMetrics } from './process-manager-metrics';

const statuses: ProcessManagerStatus[] = [
  {
    name: 'case-lineage',
    checkpoint: { transactionId: '812', position: 1500 },
    running: true,
    lastError: null,
    lagEvents: 7,
    lagSeconds: 41.25,
  },
  {
    name: 'escalation-notices',
    checkpoint: { transactionId: '0', position: 0 },
    running: false,
    lastError: 'connection terminated',
    lagEvents: 0,
    lagSeconds: 0,
  },
];

describe('registerProcessManagerMetrics', () => {
  it('exports checkpoint, lag in events and seconds, and running per process manager', async () => {
    const registry = new Registry();
    registerProcessManagerMetrics(registry, { status: async () => statuses });
    const text = await registry.metrics();
    expect(text).toContain('process_manager_checkpoint_position{process_manager="case-lineage"} 1500');
    expect(text).toContain('process_manager_lag_events{process_manager="case-lineage"} 7');
    expect(text).toContain('process_manager_lag_seconds{process_manager="case-lineage"} 41.25');
    expect(text).toContain('process_manager_running{process_manager="case-lineage"} 1');
    expect(text).toContain('process_manager_lag_events{process_manager="escalation-notices"} 0');
    expect(text).toContain('process_manager_running{process_manager="escalation-notices"} 0');
  });

  it('reads the statuses once per scrape, not once per gauge', async () => {
    const registry = new Registry();
    let reads = 0;
    registerProcessManagerMetrics(registry, {
      status: async () => {
        reads++;
        return statuses;
      },
    });
    await registry.metrics();
    expect(reads).toBe(1);
  });

  it('a failed read is not kept: the next scrape reads again', async () => {
    const registry = new Registry();
    let fail = true;
    registerProcessManagerMetrics(registry, {
      status: async () => {
        if (fail) throw new Error('the database went away');
        return statuses;
      },
    });
    await expect(registry.metrics()).rejects.toThrow('the database went away');
    fail = false;
    expect(await registry.metrics()).toContain('process_manager_lag_events{process_manager="case-lineage"} 7');
  });
});
