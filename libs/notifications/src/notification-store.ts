import { Clock } from '@app/workflow';
import type { Pool } from 'pg';
import { NotificationChannel } from './notification-channels';

export const NOTIFICATION_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** A notification as the inbox and the outbox list show it. */
export interface NotificationView {
  readonly notificationId: string;
  readonly eventId: string;
  readonly eventPosition: number;
  readonly channel: NotificationChannel;
  /** A user id for the inbox; `unit:<id>` for an outside channel (the message names the unit's people). */
  readonly recipient: string;
  readonly kind: string;
  readonly caseId: string;
  readonly unitId: string;
  readonly title: string;
  readonly text: string;
  readonly status: NotificationStatus;
  readonly attempts: number;
  readonly nextAttemptAt: string | null;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly deliveredAt: string | null;
  readonly readAt: string | null;
}

/** Where a page ends: the last item's log position and id (newest first). */
export interface NotificationCursor {
  readonly position: number;
  readonly notificationId: string;
}

export interface NotificationPage {
  readonly items: NotificationView[];
  readonly next: NotificationCursor | null;
}

export interface OutboxFilter {
  readonly status?: NotificationStatus;
  readonly channel?: NotificationChannel;
  readonly caseId?: string;
}

interface Row {
  notification_id: string;
  event_id: string;
  event_position: string;
  channel: NotificationChannel;
  recipient: string;
  kind: string;
  case_id: string;
  unit_id: string;
  title: string;
  body: string;
  status: NotificationStatus;
  attempts: number;
  next_attempt_at: Date | null;
  last_error: string | null;
  created_at: Date;
  delivered_at: Date | null;
  read_at: Date | null;
}

/** Notification ids are UUIDs; any other text names none (and must not reach a uuid comparison). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const COLUMNS = `notification_id, event_id, event_position, channel, recipient, kind, case_id, unit_id, title, body, status, attempts,
  next_attempt_at, last_error, created_at, delivered_at, read_at`;

/** Reads and the few changes people make to notifications: reading them, and retrying a given-up delivery. */
export class NotificationStore {
  constructor(
    private readonly pool: Pool,
    private readonly clock: Clock,
  ) {}

  /** A user's inbox, newest first, with how many are unread. */
  async inbox(userId: string, options: { unreadOnly: boolean; limit: number; after: NotificationCursor | null }): Promise<NotificationPage & { unread: number }> {
    const conditions = [`channel = 'inbox'`, 'recipient = $1'];
    const params: unknown[] = [userId];
    if (options.unreadOnly) conditions.push('read_at IS NULL');
    const [page, unread] = await Promise.all([this.page(conditions, params, options.limit, options.after), this.unreadCount(userId)]);
    return { ...page, unread };
  }

  async unreadCount(userId: string): Promise<number> {
    const { rows } = await this.pool.query<{ unread: string }>(
      `SELECT count(*) AS unread FROM notifications WHERE channel = 'inbox' AND recipient = $1 AND read_at IS NULL`,
      [userId],
    );
    return Number(rows[0]!.unread);
  }

  /** Marks one of the user's notifications read (again: no change); null when it is not theirs. */
  async markRead(userId: string, notificationId: string): Promise<NotificationView | null> {
    if (!UUID.test(notificationId)) return null;
    const { rows } = await this.pool.query<Row>(
      `UPDATE notifications SET read_at = COALESCE(read_at, $3) WHERE notification_id = $2 AND channel = 'inbox' AND recipient = $1 RETURNING ${COLUMNS}`,
      [userId, notificationId, this.clock.now()],
    );
    return rows.length === 0 ? null : viewOf(rows[0]!);
  }

  /** Marks every unread notification of the user read; returns how many were. */
  async markAllRead(userId: string): Promise<number> {
    const { rowCount } = await this.pool.query(`UPDATE notifications SET read_at = $2 WHERE channel = 'inbox' AND recipient = $1 AND read_at IS NULL`, [
      userId,
      this.clock.now(),
    ]);
    return rowCount ?? 0;
  }

  /** Every notification, newest first, for the people who watch delivery (admins, auditors). */
  async list(filter: OutboxFilter, limit: number, after: NotificationCursor | null): Promise<NotificationPage> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (filter.status !== undefined) conditions.push(`status = $${params.push(filter.status)}`);
    if (filter.channel !== undefined) conditions.push(`channel = $${params.push(filter.channel)}`);
    if (filter.caseId !== undefined) conditions.push(`case_id = $${params.push(filter.caseId)}`);
    return this.page(conditions, params, limit, after);
  }

  async get(notificationId: string): Promise<NotificationView | null> {
    if (!UUID.test(notificationId)) return null;
    const { rows } = await this.pool.query<Row>(`SELECT ${COLUMNS} FROM notifications WHERE notification_id = $1`, [notificationId]);
    return rows.length === 0 ? null : viewOf(rows[0]!);
  }

  /** Puts a given-up outside delivery back in the queue, due now, with its attempts counted afresh. */
  async retry(notificationId: string): Promise<NotificationView | null> {
    if (!UUID.test(notificationId)) return null;
    const { rows } = await this.pool.query<Row>(
      `UPDATE notifications SET status = 'pending', attempts = 0, next_attempt_at = $2
        WHERE notification_id = $1 AND status = 'failed' RETURNING ${COLUMNS}`,
      [notificationId, this.clock.now()],
    );
    return rows.length === 0 ? null : viewOf(rows[0]!);
  }

  /** Deliveries waiting per outside channel, and how long the oldest has waited (for /metrics). */
  async backlog(): Promise<{ channel: string; pending: number; failed: number; oldestPendingSeconds: number }[]> {
    const { rows } = await this.pool.query<{ channel: string; pending: string; failed: string; oldest: Date | null }>(
      `SELECT channel, count(*) FILTER (WHERE status = 'pending') AS pending, count(*) FILTER (WHERE status = 'failed') AS failed,
              min(created_at) FILTER (WHERE status = 'pending') AS oldest
         FROM notifications WHERE status <> 'delivered' GROUP BY channel`,
    );
    const now = this.clock.now().getTime();
    return rows.map((row) => ({
      channel: row.channel,
      pending: Number(row.pending),
      failed: Number(row.failed),
      oldestPendingSeconds: row.oldest === null ? 0 : Math.max(0, (now - new Date(row.oldest).getTime()) / 1000),
    }));
  }

  private async page(conditions: string[], params: unknown[], limit: number, after: NotificationCursor | null): Promise<NotificationPage> {
    const where = [...conditions];
    const values = [...params];
    if (after !== null) {
      where.push(`(event_position, notification_id) < ($${values.push(after.position)}, $${values.push(after.notificationId)}::uuid)`);
    }
    const { rows } = await this.pool.query<Row>(
      `SELECT ${COLUMNS} FROM notifications ${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`}
        ORDER BY event_position DESC, notification_id DESC LIMIT $${values.push(limit + 1)}`,
      values,
    );
    const items = rows.slice(0, limit).map(viewOf);
    const last = items.at(-1);
    return { items, next: rows.length > limit && last !== undefined ? { position: last.eventPosition, notificationId: last.notificationId } : null };
  }
}

function viewOf(row: Row): NotificationView {
  const iso = (value: Date | null): string | null => (value === null ? null : new Date(value).toISOString());
  return {
    notificationId: row.notification_id,
    eventId: row.event_id,
    eventPosition: Number(row.event_position),
    channel: row.channel,
    recipient: row.recipient,
    kind: row.kind,
    caseId: row.case_id,
    unitId: row.unit_id,
    title: row.title,
    text: row.body,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: iso(row.next_attempt_at),
    lastError: row.last_error,
    createdAt: new Date(row.created_at).toISOString(),
    deliveredAt: iso(row.delivered_at),
    readAt: iso(row.read_at),
  };
}
