import { ExportedEvent } from '@app/sealing';
import { CaseUseCases, caseUseCases } from '../../cases/case-test-fixtures';
import { AuditEventView } from '../audit-event.view';
import { AuditCriteria } from '../audit-filters';
import { ExportAuditTrailQuery } from '../export-audit-trail/export-audit-trail.query';
import { ListAuditEventsQuery } from './list-audit-events.query';

describe('reading the audit trail (审计留痕), without HTTP', () => {
  let demo: CaseUseCases;
  beforeAll(async () => {
    demo = await caseUseCases();
  });
  afterAll(async () => demo?.close());

  /** Every page of the trail for `criteria`, following nextCursor (or, with `viaAfter`, passing it as `after`). */
  async function wholeTrail(criteria: AuditCriteria, limit = 500, viaAfter = false): Promise<AuditEventView[]> {
    const events: AuditEventView[] = [];
    let cursor: string | null | undefined;
    do {
      const paging = { limit, ...(cursor == null ? {} : viaAfter ? { after: cursor } : { cursor }) };
      const page = await demo.queries.execute(new ListAuditEventsQuery(criteria, paging));
      events.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    return events;
  }

  const metadataOf = (event: AuditEventView) => event.metadata as Record<string, string | undefined>;

  it('filters by actor: exactly the events that user caused, each with the user’s name', async () => {
    const events = await wholeTrail({ actorId: 'official.anji' });
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((event) => metadataOf(event)['actorId']))).toEqual(new Set(['official.anji']));
    expect(new Set(events.map((event) => event.actorName))).toEqual(new Set(['安吉县督查联络员']));
  });

  it('filters by unit, covering the units below it and nothing outside', async () => {
    const units = new Set((await wholeTrail({ unitId: 'anji' })).map((event) => metadataOf(event)['orgUnitId']));
    expect([...units].every((unit) => unit === 'anji' || unit!.startsWith('anji-'))).toBe(true);
    expect(units.has('anji')).toBe(true);
    expect(units.has('anji-xilong')).toBe(true);
  });

  it('pages through the whole trail in small pages, every event once, by `cursor` or by `after` alike', async () => {
    const { rows } = await demo.db.database.pool.query<{ n: string }>('SELECT count(*) AS n FROM es_events');
    const byCursor = await wholeTrail({}, 7);
    expect(byCursor).toHaveLength(Number(rows[0]!.n));
    expect(new Set(byCursor.map((event) => event.id)).size).toBe(byCursor.length);
    expect((await wholeTrail({}, 7, true)).map((event) => event.id)).toEqual(byCursor.map((event) => event.id));
  });

  it('refuses two cursors naming different places, a cursor it did not hand out, a range that ends before it starts and an unknown unit', async () => {
    const first = await demo.queries.execute(new ListAuditEventsQuery({}, { limit: 1 }));
    const second = await demo.queries.execute(new ListAuditEventsQuery({}, { limit: 1, cursor: first.nextCursor! }));
    const list = (criteria: AuditCriteria, paging: { cursor?: string; after?: string }) => demo.queries.execute(new ListAuditEventsQuery(criteria, { limit: 10, ...paging }));
    await expect(list({}, { cursor: first.nextCursor!, after: second.nextCursor! })).rejects.toMatchObject({ code: 'CONFLICTING_CURSORS' });
    await expect(list({}, { cursor: first.nextCursor!, after: first.nextCursor! })).resolves.toMatchObject({ items: expect.any(Array) });
    await expect(list({}, { after: 'not-a-cursor' })).rejects.toMatchObject({ code: 'INVALID_CURSOR' });
    await expect(list({ from: new Date('2026-02-01T00:00:00Z'), to: new Date('2026-01-01T00:00:00Z') }, {})).rejects.toMatchObject({ code: 'INVALID_RANGE' });
    await expect(list({ unitId: 'atlantis' }, {})).rejects.toMatchObject({ code: 'ORG_UNIT_NOT_FOUND' });
  });

  it('the export yields the filtered trail in the same order, and refuses bad criteria before reading anything', async () => {
    const exported: ExportedEvent[] = [];
    for await (const event of await demo.queries.execute(new ExportAuditTrailQuery({ unitId: 'nanxun', types: ['CaseOpened', 'CaseAssigned'] }))) exported.push(event);
    const paged = await wholeTrail({ unitId: 'nanxun', types: ['CaseOpened', 'CaseAssigned'] });
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.map((event) => event.id)).toEqual(paged.map((event) => event.id));
    await expect(demo.queries.execute(new ExportAuditTrailQuery({ unitId: 'atlantis' }))).rejects.toMatchObject({ code: 'ORG_UNIT_NOT_FOUND' });
  });
});
