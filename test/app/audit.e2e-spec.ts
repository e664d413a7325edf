import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { caseStreamId, orgUnitStreamId } from '@app/supervision';
import { primaryTarget, TestDatabase } from '@app/testing';
import { createApiTestApp, testConfig } from './api-test-app';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The audit trail over HTTP: who may read it, its filters, paging, CSV export and the integrity check. */
describe('the audit trail over HTTP', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  const tokens: Record<string, string> = {};
  let anjiCase: string;
  let nanxunCase: string;
  let startedAt: string;

  const as = (user: string) => ({
    get: (path: string) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[user]}`),
    post: (path: string, body: object = {}) => request(app.getHttpServer()).post(path).set('Authorization', `Bearer ${tokens[user]}`).send(body),
  });
  const sql = async <T extends Body>(text: string, params: unknown[] = []): Promise<T[]> => (await db.database.pool.query(text, params)).rows as T[];

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '100' }) });
    for (const user of ['admin', 'auditor', 'official.anji', 'official.nanxun', 'inspector.wuxing', 'viewer']) {
      tokens[user] = (await request(app.getHttpServer()).post('/auth/login').send({ username: user, password: 'huzhou-demo' }).expect(200)).body.accessToken;
    }
    startedAt = new Date().toISOString();
    const open = async (unitId: string, title: string) =>
      (await as('admin').post('/cases', { title, description: 'd, with "quotes"\nand a line break', severity: 'low', responsibleUnitId: unitId, dueWorkingDays: 5 }).expect(201))
        .body.id as string;
    anjiCase = await open('anji-xilong', '=SUM(A1:A2) 黄杜村茶园道路');
    nanxunCase = await open('nanxun-hefu', '荻港村河道整治');
    for (const id of [anjiCase, nanxunCase]) await as('admin').post(`/cases/${id}/assign`).expect(200);
    await as('official.anji').post(`/cases/${anjiCase}/sign`).expect(200);
    await as('official.nanxun').post(`/cases/${nanxunCase}/sign`).expect(200);
    await as('official.anji').post(`/cases/${anjiCase}/progress`, { report: '已开工' }).expect(200);
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it('refuses everyone but auditors and admins', async () => {
    for (const user of ['official.anji', 'inspector.wuxing', 'viewer']) {
      const refused = await as(user).get('/audit/events').expect(403);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      await as(user).get('/audit/verify').expect(403);
      await as(user).get(`/audit/streams/case-${anjiCase}`).expect(403);
      await as(user).get('/audit/events/export').expect(403);
    }
    await request(app.getHttpServer()).get('/audit/events').expect(401);
    await as('admin').get('/audit/events?limit=1').expect(200);
  });

  it('filters by actor: exactly the events that user caused', async () => {
    const items = (await as('auditor').get('/audit/events?actor=official.anji&limit=500').expect(200)).body.items;
    expect(items.map((item: Body) => [item.streamId, item.type])).toEqual([
      [caseStreamId(anjiCase), 'CaseSigned'],
      [caseStreamId(anjiCase), 'CaseProgressReported'],
    ]);
    expect(items.every((item: Body) => item.metadata.actorId === 'official.anji')).toBe(true);
  });

  it('filters by unit, covering the units below it and nothing outside', async () => {
    const items = (await as('auditor').get('/audit/events?unit=anji&type=CaseOpened,CaseAssigned,CaseSigned&limit=500').expect(200)).body.items;
    expect(items.map((item: Body) => item.streamId)).toEqual([caseStreamId(anjiCase), caseStreamId(anjiCase), caseStreamId(anjiCase)]);
    const nanxun = (await as('auditor').get('/audit/events?unit=nanxun&stream=case-' + nanxunCase).expect(200)).body.items;
    expect(nanxun.map((item: Body) => item.type)).toEqual(['CaseOpened', 'CaseAssigned', 'CaseSigned']);
    const orgEvents = (await as('auditor').get('/audit/events?unit=anji-tianhuangping&type=OrgUnitRegistered&limit=500').expect(200)).body.items;
    expect(orgEvents.map((item: Body) => item.streamId).sort()).toEqual(
      [orgUnitStreamId('anji-tianhuangping'), orgUnitStreamId('anji-tianhuangping-yucun'), orgUnitStreamId('anji-tianhuangping-yucun-grid-1')].sort(),
    );
  });

  it('filters by time range', async () => {
    const since = (await as('auditor').get(`/audit/events?from=${encodeURIComponent(startedAt)}&limit=500`).expect(200)).body.items;
    expect(since.map((item: Body) => item.type)).toEqual([
      'CaseOpened',
      'CaseOpened',
      'CaseAssigned',
      'CaseAssigned',
      'CaseSigned',
      'CaseSigned',
      'CaseProgressReported',
    ]);
    const before = (await as('auditor').get(`/audit/events?to=${encodeURIComponent(startedAt)}&type=CaseOpened`).expect(200)).body.items;
    expect(before).toEqual([]);
  });

  it('pages through the whole trail with the cursor, every event once', async () => {
    const seen: number[] = [];
    let next: string | null = null;
    do {
      const page: Body = (await as('auditor').get(`/audit/events?limit=37${next === null ? '' : `&cursor=${next}`}`).expect(200)).body;
      seen.push(...page.items.map((item: Body) => item.position));
      next = page.nextCursor;
    } while (next !== null);
    const all = await sql<{ position: string }>('SELECT global_position AS position FROM es_events ORDER BY global_position');
    expect([...seen].sort((a, b) => a - b)).toEqual(all.map((row) => Number(row.position)));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('includes in `to=` the events whose shown recordedAt equals it, and excludes those a millisecond later', async () => {
    const history = (await as('auditor').get(`/audit/streams/case-${anjiCase}`).expect(200)).body.events as Body[];
    for (const event of history) {
      const upTo = (await as('auditor').get(`/audit/events?stream=case-${anjiCase}&to=${encodeURIComponent(event.recordedAt)}`).expect(200)).body.items;
      expect(upTo.map((item: Body) => item.version)).toContain(event.version);
      const justBefore = new Date(Date.parse(event.recordedAt) - 1).toISOString();
      const before = (await as('auditor').get(`/audit/events?stream=case-${anjiCase}&to=${encodeURIComponent(justBefore)}`).expect(200)).body.items;
      expect(before.map((item: Body) => item.version)).not.toContain(event.version);
      const from = (await as('auditor').get(`/audit/events?stream=case-${anjiCase}&from=${encodeURIComponent(event.recordedAt)}`).expect(200)).body.items;
      expect(from.map((item: Body) => item.version)).toContain(event.version);
    }
  });

  it('shows each event’s hash as the lowercase hex of its SHA-256 chain value, the same in the trail, the stream history and the CSV', async () => {
    const stored = await sql<{ version: string; hash: string }>(
      `SELECT stream_version AS version, encode(chain_hash, 'hex') AS hash FROM es_events WHERE stream_id = $1 ORDER BY stream_version`,
      [caseStreamId(anjiCase)],
    );
    const expected = stored.map((row) => row.hash);
    expect(expected.every((hash) => /^[0-9a-f]{64}$/.test(hash))).toBe(true);
    const trail = (await as('auditor').get(`/audit/events?stream=case-${anjiCase}`).expect(200)).body.items as Body[];
    expect(trail.map((item) => item.hash)).toEqual(expected);
    const history = (await as('auditor').get(`/audit/streams/case-${anjiCase}`).expect(200)).body.events as Body[];
    expect(history.map((event) => event.hash)).toEqual(expected);
    const csv = (await as('auditor').get(`/audit/events/export?stream=case-${anjiCase}`).expect(200)).text.replace(/^\uFEFF/, '');
    const lines = csv.split('\r\n').filter((line) => /^\d+,/.test(line));
    const hashColumn = csv.split('\r\n')[0]!.split(',').indexOf('hash');
    // The hash column comes before data (the only column with commas in it), so splitting on commas finds it.
    expect(lines.map((line) => line.split(',')[hashColumn])).toEqual(expected);
  });

  it('exports the filtered trail as CSV, quoting what needs quoting', async () => {
    const response = await as('auditor').get(`/audit/events/export?stream=case-${anjiCase}`).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const text: string = response.text.replace(/^\uFEFF/, '');
    expect(text.startsWith('position,recorded_at,stream_id,version,type,actor_id,org_unit_id,')).toBe(true);
    const opened = text.split('\r\n')[1]!;
    expect(opened).toContain(`,case-${anjiCase},1,CaseOpened,admin,anji-xilong,`);
    expect(opened).toContain(`""title"":""=SUM(A1:A2) 黄杜村茶园道路""`);
    expect(opened).toContain('d, with \\""quotes\\""\\nand a line break'); // JSON-escaped in data, then quoted for CSV
    const rows = text.split('\r\n').filter((line) => /^\d+,/.test(line));
    expect(rows).toHaveLength(4);
  });

  it('shows one stream’s whole history, and 404 for a stream that does not exist', async () => {
    const history = (await as('auditor').get(`/audit/streams/case-${anjiCase}`).expect(200)).body;
    expect(history).toMatchObject({ streamId: caseStreamId(anjiCase), version: 4 });
    expect(history.events.map((event: Body) => [event.version, event.type, event.metadata.actorId])).toEqual([
      [1, 'CaseOpened', 'admin'],
      [2, 'CaseAssigned', 'admin'],
      [3, 'CaseSigned', 'official.anji'],
      [4, 'CaseProgressReported', 'official.anji'],
    ]);
    expect((await as('auditor').get('/audit/streams/case-nothing-here').expect(404)).body.code).toBe('STREAM_NOT_FOUND');
  });

  it('answers bad queries with 4xx problems', async () => {
    expect((await as('auditor').get('/audit/events?after=not-a-cursor').expect(400)).body.code).toBe('INVALID_CURSOR');
    expect((await as('auditor').get('/audit/events?cursor=not-a-cursor').expect(400)).body.code).toBe('INVALID_CURSOR');
    expect((await as('auditor').get('/audit/verify?from=99999999999999999999').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await as('auditor').get('/audit/verify?to=1e300').expect(400)).body.code).toBe('VALIDATION_FAILED');
    for (const instant of ['0000-01-01T00:00:00Z', '2026-W10', '2026-061', '20260302T010000Z', '2026-03-02T01:00:00']) {
      const refused = await as('auditor').get(`/audit/events?to=${encodeURIComponent(instant)}`).expect(400);
      expect([instant, refused.body.code]).toEqual([instant, 'VALIDATION_FAILED']);
    }
    await as('auditor').get('/audit/events?limit=0').expect(400);
    await as('auditor').get('/audit/events?from=yesterday').expect(400);
    await as('auditor').get('/audit/events?type=a;drop').expect(400);
    await as('auditor').get('/audit/events?colour=red').expect(400);
    expect((await as('auditor').get('/audit/events?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z').expect(400)).body.code).toBe('INVALID_RANGE');
    expect((await as('auditor').get('/audit/events?unit=atlantis').expect(404)).body.code).toBe('ORG_UNIT_NOT_FOUND');
    await as('auditor').get('/audit/verify?from=abc').expect(400);
  });

  it('verifies the log, and names the position of a row altered behind the store’s back', async () => {
    const intact = (await as('auditor').get('/audit/verify').expect(200)).body;
    const total = Number((await sql<{ n: string }>('SELECT count(*) AS n FROM es_events'))[0]!.n);
    expect(intact).toMatchObject({ ok: true, checkedEvents: total });

    const [target] = await sql<{ position: string }>(
      `SELECT global_position AS position FROM es_events WHERE stream_id = $1 AND stream_version = 3`,
      [caseStreamId(nanxunCase)],
    );
    await sql(`UPDATE es_events SET data = jsonb_set(data, '{signedBy}', '"someone-else"') WHERE global_position = $1`, [target!.position]);
    const broken = (await as('auditor').get('/audit/verify').expect(200)).body;
    expect(broken).toMatchObject({ ok: false, firstBroken: { position: Number(target!.position), streamId: caseStreamId(nanxunCase), version: 3 } });
  });
});
