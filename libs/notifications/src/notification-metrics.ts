import { Counter, Gauge, Registry } from 'prom-client';
import { DeliveryOutcome } from './notification-dispatcher';
import { NotificationStore } from './notification-store';

/**
 * `notifications_sent_total{channel,outcome}`: inbox entries written (outcome `delivered`) and
 * attempts at outside deliveries by how they ended (`delivered`, `retry`, `gave_up`), counted by
 * this process. The outbox's backlog is read from the database at each scrape, so every process
 * reports the same figure.
 */
export class NotificationMetrics {
  readonly sent = new Counter({
    name: 'notifications_sent_total',
    help: 'Notifications this process delivered or tried to, by channel and outcome (delivered, retry, gave_up)',
    labelNames: ['channel', 'outcome'] as const,
    registers: [],
  });

  countInbox(count: number): void {
    this.sent.inc({ channel: 'inbox', outcome: 'delivered' }, count);
  }

  countAttempt(channel: string, outcome: DeliveryOutcome): void {
    this.sent.inc({ channel, outcome });
  }

  /**
   * Adds the counter and the outbox's backlog gauges to `registry`; the outside `channels`
   * configured always have a series (0 when nothing waits), so an alert can tell empty from absent.
   */
  register(registry: Registry, store: NotificationStore, channels: readonly string[]): void {
    registry.registerMetric(this.sent);
    let backlog: ReturnType<NotificationStore['backlog']> | undefined;
    // Both gauges read one query per scrape.
    const read = () => (backlog ??= store.backlog().finally(() => setImmediate(() => (backlog = undefined))));
    new Gauge({
      name: 'notification_outbox_backlog',
      help: 'Outside deliveries not delivered, by channel and status (pending: waiting or being retried; failed: given up)',
      labelNames: ['channel', 'status'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        for (const channel of channels) for (const status of ['pending', 'failed']) this.set({ channel, status }, 0);
        for (const row of await read()) {
          this.set({ channel: row.channel, status: 'pending' }, row.pending);
          this.set({ channel: row.channel, status: 'failed' }, row.failed);
        }
      },
    });
    new Gauge({
      name: 'notification_outbox_oldest_pending_seconds',
      help: 'How long the oldest pending outside delivery has waited since its event, by channel',
      labelNames: ['channel'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        for (const channel of channels) this.set({ channel }, 0);
        for (const row of await read()) this.set({ channel: row.channel }, row.oldestPendingSeconds);
      },
    });
  }
}
