import { NotificationSettings } from '@app/config';
import { Clock } from '@app/workflow';
import { PollingLoop } from '@app/workflow-runtime';
import type { Pool } from 'pg';
import { deliveryFailure, dingtalkRequest, OutgoingRequest, OutsideChannel, OutsideMessage, retryDelayMs, webhookRequest } from './notification-channels';

/** How an attempt at a delivery ended: delivered, failed and to be retried, or failed for the last time. */
export type DeliveryOutcome = 'delivered' | 'retry' | 'gave_up';

export interface DispatcherOptions {
  readonly batchSize?: number;
  /** How long a claimed delivery is held before another process may try it (longer than a send). */
  readonly leaseMs?: number;
  readonly pollIntervalMs?: number;
  /** How long one send may take before it counts as failed. */
  readonly sendTimeoutMs?: number;
  readonly onAttempt?: (channel: OutsideChannel, outcome: DeliveryOutcome, notificationId: string, error: string | null) => void;
  readonly onError?: (error: unknown) => void;
}

interface Claimed {
  readonly notification_id: string;
  readonly channel: OutsideChannel;
  readonly payload: OutsideMessage;
  readonly attempts: number;
}

/**
 * Sends the outbox's pending outside deliveries, at least once each: a delivery is claimed for a
 * lease (SKIP LOCKED, so several processes share the work and none sends what another holds),
 * sent, then marked delivered; a failure waits `retryBaseSeconds` doubled per failure (at most an
 * hour) and is given up after `maxAttempts` (status `failed`, until an admin retries it). A process
 * that dies between sending and marking sends again when the lease runs out; receivers drop the
 * repeat by the notification id the message carries.
 */
export class NotificationDispatcher {
  private readonly loop: PollingLoop;

  constructor(
    private readonly pool: Pool,
    private readonly settings: NotificationSettings,
    private readonly clock: Clock,
    private readonly options: DispatcherOptions = {},
  ) {
    this.loop = new PollingLoop(() => this.deliverDue(), options.pollIntervalMs ?? 2000, (error) => options.onError?.(error));
  }

  /** Sends every delivery due now; returns how many were attempted. */
  async deliverDue(): Promise<number> {
    let attempted = 0;
    for (;;) {
      const claimed = await this.claim();
      if (claimed.length === 0) return attempted;
      await Promise.all(claimed.map((delivery) => this.attempt(delivery)));
      attempted += claimed.length;
    }
  }

  /** Polls for due deliveries until `stop()`; `poke()` makes it look at once (after an append here). */
  start(): void {
    this.loop.start();
  }

  poke(): void {
    this.loop.poke();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  private async claim(): Promise<Claimed[]> {
    const now = this.clock.now();
    const { rows } = await this.pool.query<Claimed>(
      `UPDATE notifications n SET attempts = n.attempts + 1, next_attempt_at = $2
         FROM (SELECT notification_id FROM notifications
                WHERE status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= $1)
                ORDER BY next_attempt_at NULLS FIRST, event_position, notification_id
                LIMIT $3 FOR UPDATE SKIP LOCKED) due
        WHERE n.notification_id = due.notification_id
       RETURNING n.notification_id, n.channel, n.payload, n.attempts`,
      [now, new Date(now.getTime() + (this.options.leaseMs ?? 60_000)), this.options.batchSize ?? 20],
    );
    return rows;
  }

  private async attempt(delivery: Claimed): Promise<void> {
    const failure = await this.send(delivery);
    const now = this.clock.now();
    if (failure === null) {
      await this.pool.query(
        `UPDATE notifications SET status = 'delivered', delivered_at = $2, next_attempt_at = NULL, last_error = NULL WHERE notification_id = $1 AND status = 'pending'`,
        [delivery.notification_id, now],
      );
      this.options.onAttempt?.(delivery.channel, 'delivered', delivery.notification_id, null);
      return;
    }
    const givingUp = delivery.attempts >= this.settings.maxAttempts;
    await this.pool.query(
      `UPDATE notifications SET status = $2, next_attempt_at = $3, last_error = $4 WHERE notification_id = $1 AND status = 'pending'`,
      [
        delivery.notification_id,
        givingUp ? 'failed' : 'pending',
        givingUp ? null : new Date(now.getTime() + retryDelayMs(delivery.attempts, this.settings.retryBaseSeconds)),
        failure,
      ],
    );
    this.options.onAttempt?.(delivery.channel, givingUp ? 'gave_up' : 'retry', delivery.notification_id, failure);
  }

  /** Null when delivered, else what went wrong. */
  private async send(delivery: Claimed): Promise<string | null> {
    const request = this.requestFor(delivery);
    if (typeof request === 'string') return request;
    try {
      const response = await fetch(request.url, {
        method: 'POST',
        headers: request.headers,
        body: request.body,
        redirect: 'error',
        signal: AbortSignal.timeout(this.options.sendTimeoutMs ?? 10_000),
      });
      return deliveryFailure(delivery.channel, response.status, await response.text());
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      return `${error instanceof Error ? error.message : String(error)}${cause}`.slice(0, 300);
    }
  }

  private requestFor(delivery: Claimed): OutgoingRequest | string {
    const now = this.clock.now();
    switch (delivery.channel) {
      case 'webhook':
        return this.settings.webhook === undefined ? 'NOTIFY_WEBHOOK_URL is not set in this process' : webhookRequest(delivery.payload, this.settings.webhook, now);
      case 'dingtalk':
        return this.settings.dingtalk === undefined ? 'NOTIFY_DINGTALK_URL is not set in this process' : dingtalkRequest(delivery.payload, this.settings.dingtalk, now);
      default: {
        const unknown: never = delivery.channel;
        return `unknown channel ${String(unknown)}`;
      }
    }
  }
}
