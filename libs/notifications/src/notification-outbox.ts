import { AppendHook, RecordedEvent } from '@app/event-store';
import { CaseEvent, CaseNotice, isCaseEvent, noticesOf, noticeText } from '@app/supervision';
import { deterministicUuid } from '@app/workflow-runtime';
import type { PoolClient } from 'pg';
import { NoticeRecipient, OutsideChannel, OutsideMessage } from './notification-channels';

/** The events that may call for a notice (see the supervision lib's `noticeOf`). */
const NOTIFYING = new Set<string>(['CaseAssigned', 'CaseUrged', 'WarningRaised', 'CaseEscalated', 'CaseClosed', 'CaseRejected']);

/** Read models the outbox reads the people and names from, where this process keeps them. */
export interface OutboxSources {
  /** `responsibility_terms`: today's holders of a unit's responsible roles. */
  readonly responsibilityTerms: boolean;
  /** `case_board`: a case's title and responsible unit. */
  readonly caseBoard: boolean;
  /** `org_unit_directory`: units' names. */
  readonly orgUnits: boolean;
}

/** One row of the outbox as written. */
interface OutboxRow {
  readonly notification_id: string;
  readonly event_id: string;
  readonly event_position: number;
  readonly channel: string;
  readonly recipient: string;
  readonly kind: string;
  readonly case_id: string;
  readonly unit_id: string;
  readonly title: string;
  readonly body: string;
  readonly payload: unknown;
  readonly status: 'pending' | 'delivered';
  readonly next_attempt_at: string | null;
  readonly created_at: string;
  readonly delivered_at: string | null;
}

/**
 * The event store's append hook that fills the outbox: for each case event that calls for a notice,
 * in the append's transaction, one inbox row per person responsible for the unit at that moment
 * and one row per outside channel configured (recipient `unit:<id>`: the message names the people). The people are the unit's active officials and the
 * active accounts of whoever holds its responsible roles (secretary, deputy, liaison) today.
 *
 * Rows are keyed by event, channel and recipient, so an append retried or replayed writes nothing
 * twice. The ids are derived from that key, so the same notification has the same id everywhere.
 */
export class NotificationOutbox {
  constructor(
    private readonly outside: readonly OutsideChannel[],
    private readonly sources: OutboxSources,
    private readonly onWritten: (channel: string, count: number) => void = () => undefined,
  ) {}

  readonly hook: AppendHook = async (client, events) => {
    const candidates = events.filter((event) => NOTIFYING.has(event.type) && isCaseEvent(event));
    if (candidates.length === 0) return;
    const caseIds = [...new Set(candidates.map((event) => (event.data as { caseId: string }).caseId))];
    const cases = await this.casesOf(client, caseIds, events);
    const notices: { event: RecordedEvent; notice: CaseNotice }[] = [];
    for (const event of candidates) {
      const responsibleUnitId = cases.get((event.data as { caseId: string }).caseId)?.responsibleUnitId ?? null;
      for (const notice of noticesOf(event as unknown as CaseEvent, responsibleUnitId)) notices.push({ event, notice });
    }
    if (notices.length === 0) return;
    // The people of the units told; the names of those and of the units an escalation came from.
    const toldUnits = [...new Set(notices.map(({ notice }) => notice.unitId))];
    const namedUnits = [...new Set([...toldUnits, ...notices.flatMap(({ notice }) => (notice.kind === 'escalation' ? [notice.fromUnitId] : []))])];
    const { unitNames, people } = await this.namesAndPeople(client, namedUnits, toldUnits);
    const rows: OutboxRow[] = [];
    for (const { event, notice } of notices) {
      const text = noticeText(notice, { caseTitle: cases.get(notice.caseId)?.title ?? notice.caseId, unitName: (id) => unitNames.get(id) ?? id });
      const at = event.recordedAt.toISOString();
      const base = { event_id: event.id, event_position: event.position, kind: notice.kind, case_id: notice.caseId, unit_id: notice.unitId, title: text.title, body: text.text, created_at: at };
      const recipients = people.get(notice.unitId) ?? [];
      for (const person of recipients) {
        rows.push({
          ...base,
          notification_id: deterministicUuid(`${event.id}\u0000inbox\u0000${person.userId}`),
          channel: 'inbox',
          recipient: person.userId,
          payload: { notice },
          status: 'delivered',
          next_attempt_at: null,
          delivered_at: at,
        });
      }
      for (const channel of this.outside) {
        const recipient = `unit:${notice.unitId}`;
        const notificationId = deterministicUuid(`${event.id}\u0000${channel}\u0000${recipient}`);
        const message: OutsideMessage = {
          notificationId,
          eventId: event.id,
          kind: notice.kind,
          caseId: notice.caseId,
          unit: { id: notice.unitId, name: unitNames.get(notice.unitId) ?? notice.unitId },
          title: text.title,
          text: text.text,
          recipients,
          occurredAt: at,
        };
        // Due at once (no next attempt set): the first attempt follows the commit.
        rows.push({ ...base, notification_id: notificationId, channel, recipient, payload: message, status: 'pending', next_attempt_at: null, delivered_at: null });
      }
    }
    if (rows.length === 0) return;
    const { rows: written } = await client.query<{ channel: string }>(
      `INSERT INTO notifications (notification_id, event_id, event_position, channel, recipient, kind, case_id, unit_id, title, body, payload, status, next_attempt_at, created_at, delivered_at)
       SELECT r.notification_id, r.event_id, r.event_position, r.channel, r.recipient, r.kind, r.case_id, r.unit_id, r.title, r.body, r.payload, r.status, r.next_attempt_at, r.created_at, r.delivered_at
         FROM jsonb_to_recordset($1::jsonb) AS r(notification_id uuid, event_id uuid, event_position bigint, channel text, recipient text, kind text, case_id text,
              unit_id text, title text, body text, payload jsonb, status text, next_attempt_at timestamptz, created_at timestamptz, delivered_at timestamptz)
       ON CONFLICT ON CONSTRAINT notifications_once DO NOTHING
       RETURNING channel`,
      [JSON.stringify(rows)],
    );
    const inbox = written.filter((row) => row.channel === 'inbox').length;
    if (inbox > 0) this.onWritten('inbox', inbox);
  };

  /** Each case's title and responsible unit: from events of this append first, then the case board. */
  private async casesOf(client: PoolClient, caseIds: readonly string[], events: readonly RecordedEvent[]): Promise<Map<string, { title: string | null; responsibleUnitId: string | null }>> {
    const cases = new Map<string, { title: string | null; responsibleUnitId: string | null }>();
    if (this.sources.caseBoard) {
      const { rows } = await client.query<{ case_id: string; title: string | null; responsible_unit_id: string | null }>(
        `SELECT case_id, document->>'title' AS title, responsible_unit_id FROM case_board WHERE case_id = ANY ($1::text[])`,
        [caseIds],
      );
      for (const row of rows) cases.set(row.case_id, { title: row.title, responsibleUnitId: row.responsible_unit_id });
    }
    for (const event of events) {
      if (event.type !== 'CaseOpened') continue;
      const data = event.data as { caseId: string; title: string; responsibleUnitId: string };
      const known = cases.get(data.caseId);
      cases.set(data.caseId, { title: known?.title ?? data.title, responsibleUnitId: known?.responsibleUnitId ?? data.responsibleUnitId });
    }
    return cases;
  }

  /**
   * In one statement: the names of `namedUnits`, and the people responsible for each of
   * `toldUnits` now (its active officials and the active accounts holding its roles).
   */
  private async namesAndPeople(
    client: PoolClient,
    namedUnits: readonly string[],
    toldUnits: readonly string[],
  ): Promise<{ unitNames: Map<string, string>; people: Map<string, NoticeRecipient[]> }> {
    const holders = this.sources.responsibilityTerms
      ? `OR u.user_id IN (SELECT r.person_id FROM responsibility_terms r WHERE r.unit_id = units.unit_id AND r.until_at IS NULL)`
      : '';
    const names = this.sources.orgUnits
      ? `SELECT 'unit' AS part, unit_id, NULL AS user_id, name FROM org_unit_directory WHERE unit_id = ANY ($2::text[]) UNION ALL`
      : '';
    const { rows } = await client.query<{ part: 'unit' | 'person'; unit_id: string; user_id: string | null; name: string }>(
      `${names}
       SELECT 'person' AS part, units.unit_id, u.user_id, u.display_name AS name
         FROM unnest($1::text[]) AS units(unit_id)
         JOIN auth_users u ON NOT u.disabled AND ((u.org_unit_id = units.unit_id AND 'official' = ANY (u.roles)) ${holders})
        ORDER BY part, unit_id, user_id`,
      this.sources.orgUnits ? [toldUnits, namedUnits] : [toldUnits],
    );
    const unitNames = new Map<string, string>();
    const people = new Map<string, NoticeRecipient[]>();
    for (const row of rows) {
      if (row.part === 'unit') {
        unitNames.set(row.unit_id, row.name);
        continue;
      }
      const list = people.get(row.unit_id) ?? [];
      list.push({ userId: row.user_id!, displayName: row.name });
      people.set(row.unit_id, list);
    }
    return { unitNames, people };
  }
}
