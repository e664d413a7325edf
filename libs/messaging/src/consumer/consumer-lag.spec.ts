import { Registry } from 'prom-client';
import { registerConsumerLagMetrics, topicLag } from './consumer-lag';

describe('topicLag', () => {
  it('sums, over the partitions, the messages past the group’s committed offset', () => {
    const ends = [
      { partition: 0, high: '120', low: '0' },
      { partition: 1, high: '40', low: '0' },
    ];
    expect(topicLag('supervision.case', ends, [{ partition: 0, offset: '100' }, { partition: 1, offset: '40' }])).toEqual({ topic: 'supervision.case', messages: 20 });
  });

  it('counts a partition the group has committed nothing on from the oldest message the broker keeps', () => {
    expect(topicLag('supervision.task', [{ partition: 0, high: '500', low: '200' }], [{ partition: 0, offset: '-1' }])).toEqual({ topic: 'supervision.task', messages: 300 });
    expect(topicLag('supervision.task', [{ partition: 0, high: '500', low: '200' }], [])).toEqual({ topic: 'supervision.task', messages: 300 });
  });

  it('never counts a partition below zero (an offset committed ahead of a watermark read a moment earlier)', () => {
    expect(topicLag('supervision.case', [{ partition: 0, high: '10', low: '0' }], [{ partition: 0, offset: '12' }]).messages).toBe(0);
  });
});

describe('registerConsumerLagMetrics', () => {
  it('exposes one series per topic, and none while the brokers cannot be asked', async () => {
    const registry = new Registry();
    registerConsumerLagMetrics(registry, async () => [{ topic: 'supervision.case', messages: 7 }], { cacheMs: 0 });
    expect(await registry.metrics()).toMatch(/^kafka_consumer_lag_messages\{topic="supervision.case"\} 7$/m);

    const failing = new Registry();
    registerConsumerLagMetrics(failing, () => Promise.reject(new Error('broker down')), { cacheMs: 0 });
    expect(await failing.metrics()).not.toMatch(/^kafka_consumer_lag_messages\{/m);
  });
});
