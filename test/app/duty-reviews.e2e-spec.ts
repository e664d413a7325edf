import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import request, { Response, Test } from 'supertest';
import { UserDirectory } from '@app/auth';
import { eventually, primaryTarget, TestDatabase } from '@app/testing';
import { createApiTestApp, testConfig } from './api-test-app';
import { addInspector, countEvents, DEMO_PASSWORD, DemoSession, PROBLEM_JSON, signIn } from './demo-session';

/*
 * 述职评议考核 driven over HTTP on the real database: a duty-review round over 吴兴区 and 安吉县,
 * 安吉县's secretary reports with evidence (an admin for 吴兴区), a panel of three rates (the
 * 安吉 inspector recused from 安吉), publication freezes each county's grade and distribution and
 * lists the follow-ups; the results read as of before and after publication; officials see only
 * their subtree; bad input and wrong actors are refused in words and append nothing.
 */

const PDF = Buffer.from('%PDF-1.7\n安吉县委书记2026年度抓基层党建工作述职报告\n%%EOF\n');

function expectProblem(response: Response, status: number, code: string): void {
  expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
  expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
}

describe('述职评议考核 over HTTP: reports, ratings with recusal, frozen results as of any instant, scope', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  const folder = mkdtempSync(join(tmpdir(), 'duty-evidence-'));
  const sessions: Record<string, DemoSession> = {};
  let roundId: string;
  const review = (unitId: string) => `${roundId}.${unitId}`;

  const http = () => request(app.getHttpServer());
  const get = (user: string, path: string): Test => http().get(path).set('Authorization', sessions[user]!.authorization);
  const post = (user: string, path: string, body?: unknown): Test => {
    const call = http().post(path).set('Authorization', sessions[user]!.authorization);
    return body === undefined ? call : call.send(body as object);
  };

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '1000', EVIDENCE_DIR: folder }) });
    await addInspector(app, 'inspector.deqing', 'deqing');
    // 安吉县's secretary has an account of their own: the person the org tree names is that account.
    await app.get(UserDirectory).ensure({ userId: 'secretary.anji', username: 'secretary.anji', displayName: '安吉县委书记', roles: ['official'], orgUnitId: 'anji', homeCountyId: 'anji', password: DEMO_PASSWORD });
    for (const user of ['admin', 'inspector.wuxing', 'inspector.anji', 'inspector.deqing', 'secretary.anji', 'official.anji', 'official.nanxun', 'official.yucun', 'viewer']) {
      sessions[user] = await signIn(app, user);
    }
    await post('admin', '/org-units/anji/responsible-people', { role: 'secretary', personId: 'secretary.anji', name: '安吉县委书记', from: '2026-01-01T00:00:00Z' }).expect(201);
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('plans a duty-review round with its panel instead of a rubric; bad settings are refused in words', async () => {
    const plan = {
      kind: 'duty-review',
      title: '2026年度区县委书记抓基层党建工作述职评议',
      period: '2026',
      scopeCountyIds: ['wuxing', 'anji'],
      scoringPolicy: { method: 'mean' },
      window: { opensOn: '2027-01-04', closesOn: '2027-01-29' },
    };
    expectProblem(await post('admin', '/rounds', plan), 400, 'VALIDATION_FAILED');
    expectProblem(await post('admin', '/rounds', { ...plan, dutyReview: { panelIds: ['inspector.wuxing', 'inspector.wuxing'] } }), 409, 'INVALID_DUTY_REVIEW_SETTINGS');
    expectProblem(await post('admin', '/rounds', { ...plan, dutyReview: { panelIds: ['inspector.wuxing'], followUpShare: 1.5 } }), 400, 'VALIDATION_FAILED');
    expectProblem(await post('admin', '/rounds', { ...plan, dutyReview: { panelIds: ['inspector.wuxing', 'official.anji'] } }), 404, 'INSPECTOR_NOT_FOUND');
    const planned = await post('admin', '/rounds', { ...plan, dutyReview: { panelIds: ['inspector.wuxing', 'inspector.anji', 'inspector.deqing'] } }).expect(201);
    roundId = planned.body.id;
    expect(planned.body.state).toMatchObject({ kind: 'duty-review', rubric: { items: [] }, dutyReview: { unitKind: 'county', followUpShare: 1 / 3 } });
    // 区县比看 ranks nobody in it (once the ranking's projector has seen the round).
    await eventually(async () => expectProblem(await get('admin', `/rounds/${roundId}/ranking`), 409, 'ROUND_NOT_RANKED'));
  });

  it('lists the round’s counties awaiting their reports; a report waits for the round to start', async () => {
    const list = (await get('admin', `/rounds/${roundId}/duty-reviews`).expect(200)).body;
    expect(list).toMatchObject({ roundId, status: 'planned', published: false });
    expect(list.items.map((item: { unitId: string; status: string }) => [item.unitId, item.status])).toEqual([
      ['wuxing', 'awaiting-report'],
      ['anji', 'awaiting-report'],
    ]);
    expect(list.items[1]).toMatchObject({ reviewId: review('anji'), unitName: '安吉县', secretaryName: '安吉县委书记', ratings: 0, grade: null });
    expectProblem(await post('secretary.anji', `/duty-reviews/${review('anji')}/report`, { report: '述职' }), 409, 'ROUND_NOT_ACTIVE');
    await post('admin', `/rounds/${roundId}/start`).expect(200);
  });

  it('the secretary reports with evidence; the liaison may not; an admin reports for a county; bad input appends nothing', async () => {
    const before = await countEvents(db.database.pool);
    expectProblem(await post('official.anji', `/duty-reviews/${review('anji')}/report`, { report: '代书记述职' }), 403, 'NOT_UNIT_SECRETARY');
    expectProblem(await post('secretary.anji', `/duty-reviews/${review('anji')}/report`, { report: '   ' }), 400, 'VALIDATION_FAILED');
    expectProblem(await post('secretary.anji', `/duty-reviews/${review('anji')}/report`, { report: null }), 400, 'VALIDATION_FAILED');
    expectProblem(await post('secretary.anji', `/duty-reviews/${review('anji')}/report`, { report: '述职', attachments: [{ sha256: 'a'.repeat(64), name: 'x.pdf' }] }), 404, 'EVIDENCE_NOT_FOUND');
    expectProblem(await post('secretary.anji', `/duty-reviews/${review('deqing')}/report`, { report: '述职' }), 404, 'DUTY_REVIEW_NOT_FOUND');
    expectProblem(await post('secretary.anji', '/duty-reviews/no-such-review/report', { report: '述职' }), 404, 'DUTY_REVIEW_NOT_FOUND');
    expectProblem(await post('inspector.wuxing', `/duty-reviews/${review('anji')}/report`, { report: '述职' }), 403, 'ROLE_FORBIDDEN');
    expect(await countEvents(db.database.pool)).toBe(before);

    const file = (await http().post('/evidence').set('Authorization', sessions['secretary.anji']!.authorization).set('Content-Type', 'application/pdf').send(PDF).expect(201)).body;
    const submitted = await post('secretary.anji', `/duty-reviews/${review('anji')}/report`, { report: '2026年度抓基层党建工作述职', attachments: [{ sha256: file.sha256, name: '述职报告.pdf' }] }).expect(200);
    expect(submitted.headers['etag']).toBe('"1"');
    expect(submitted.body.state).toMatchObject({ status: 'reported', revision: 1, secretary: { personId: 'secretary.anji' }, attachments: [{ sha256: file.sha256, name: '述职报告.pdf', contentType: 'application/pdf' }] });
    await post('admin', `/duty-reviews/${review('wuxing')}/report`, { report: '吴兴区委书记述职（管理员代为提交）' }).expect(200);
    // Within scope the evidence reads back; outside it does not.
    await get('official.anji', `/evidence/${file.sha256}`).expect(200);
    expectProblem(await get('official.nanxun', `/evidence/${file.sha256}`), 403, 'OUT_OF_SCOPE');
  });

  it('the panel rates, except the 安吉 inspector on 安吉 (回避); off the panel, bad ratings and empty comments are refused', async () => {
    const before = await countEvents(db.database.pool);
    expectProblem(await post('inspector.anji', `/duty-reviews/${review('anji')}/ratings`, { rating: 'good', comment: '很好' }), 409, 'INSPECTOR_RECUSED');
    expectProblem(await post('inspector.wuxing', `/duty-reviews/${review('anji')}/ratings`, { rating: 'excellent', comment: '很好' }), 400, 'VALIDATION_FAILED');
    expectProblem(await post('inspector.wuxing', `/duty-reviews/${review('anji')}/ratings`, { rating: 'good', comment: ' ' }), 400, 'VALIDATION_FAILED');
    expectProblem(await post('secretary.anji', `/duty-reviews/${review('anji')}/ratings`, { rating: 'good', comment: '自评' }), 403, 'ROLE_FORBIDDEN');
    await addInspector(app, 'inspector.changxing', 'changxing');
    sessions['inspector.changxing'] = await signIn(app, 'inspector.changxing');
    expectProblem(await post('inspector.changxing', `/duty-reviews/${review('anji')}/ratings`, { rating: 'good', comment: '很好' }), 403, 'NOT_ON_PANEL');
    expect(await countEvents(db.database.pool)).toBe(before);

    await post('inspector.wuxing', `/duty-reviews/${review('anji')}/ratings`, { rating: 'average', comment: '基层组织建设推进偏慢' }).expect(200);
    await post('inspector.deqing', `/duty-reviews/${review('anji')}/ratings`, { rating: 'good', comment: '责任落实到位' }).expect(200);
    await post('inspector.anji', `/duty-reviews/${review('wuxing')}/ratings`, { rating: 'poor', comment: '问题整改不力' }).expect(200);
    await post('inspector.deqing', `/duty-reviews/${review('wuxing')}/ratings`, { rating: 'good', comment: '初评较好' }).expect(200);
    // Rating again replaces the member's rating.
    const replaced = await post('inspector.deqing', `/duty-reviews/${review('wuxing')}/ratings`, { rating: 'poor', comment: '复核后下调' }).expect(200);
    expect(replaced.body.events).toMatchObject([{ type: 'DutyReportRated' }]);
    expectProblem(await post('secretary.anji', `/duty-reviews/${review('anji')}/report`, { report: '修改稿' }), 409, 'DUTY_REPORT_ALREADY_RATED');

    const anji = await get('official.anji', `/duty-reviews/${review('anji')}`).expect(200);
    expect(anji.headers['etag']).toBe('"3"');
    expect(anji.body).toMatchObject({
      unitName: '安吉县',
      status: 'reported',
      distribution: { good: 1, 'fairly-good': 0, average: 1, poor: 0 },
      grade: 'average',
      followUp: 'poor-share',
      published: null,
      ratings: [
        { evaluatorId: 'inspector.wuxing', rating: 'average', comment: '基层组织建设推进偏慢' },
        { evaluatorId: 'inspector.deqing', rating: 'good' },
      ],
    });
    const wuxing = (await get('admin', `/duty-reviews/${review('wuxing')}`).expect(200)).body;
    expect(wuxing).toMatchObject({ distribution: { good: 0, poor: 2 }, grade: 'poor', followUp: 'grade-poor' });
    expect(wuxing.ratings).toHaveLength(2);
  });

  let beforePublication: string;

  it('publication freezes grades, distributions and the follow-up list; ratings stop when scoring closes', async () => {
    beforePublication = new Date().toISOString();
    await post('admin', `/rounds/${roundId}/close-scoring`).expect(200);
    expectProblem(await post('inspector.wuxing', `/duty-reviews/${review('anji')}/ratings`, { rating: 'good', comment: '改判' }), 409, 'ROUND_NOT_ACTIVE');
    const published = await post('admin', `/rounds/${roundId}/publish`).expect(200);
    expect(published.body.events).toMatchObject([{ type: 'RoundPublished' }]);
    const { rows } = await db.database.pool.query(`SELECT data FROM es_events WHERE event_type = 'RoundPublished' AND data->>'roundId' = $1`, [roundId]);
    expect(rows[0].data.dutyReviewResults).toMatchObject({
      rule: 'majority-v1',
      followUp: [
        { unitId: 'wuxing', reason: 'grade-poor' },
        { unitId: 'anji', reason: 'poor-share' },
      ],
    });
    const results = (await get('viewer', `/rounds/${roundId}/duty-review-results`).expect(200)).body;
    expect(results).toMatchObject({ roundId, published: true, rule: 'majority-v1' });
    expect(results.units).toEqual([
      { unitId: 'wuxing', unitName: '吴兴区', reported: true, ratings: 2, distribution: { good: 0, 'fairly-good': 0, average: 0, poor: 2 }, grade: 'poor', followUp: 'grade-poor' },
      { unitId: 'anji', unitName: '安吉县', reported: true, ratings: 2, distribution: { good: 1, 'fairly-good': 0, average: 1, poor: 0 }, grade: 'average', followUp: 'poor-share' },
    ]);
    const list = (await get('admin', `/rounds/${roundId}/duty-reviews`).expect(200)).body;
    expect(list.items.map((item: { grade: string; followUp: string }) => [item.grade, item.followUp])).toEqual([
      ['poor', 'grade-poor'],
      ['average', 'poor-share'],
    ]);
    expect((await get('admin', `/duty-reviews/${review('anji')}`).expect(200)).body.published).toEqual({ grade: 'average', distribution: { good: 1, 'fairly-good': 0, average: 1, poor: 0 }, followUp: 'poor-share' });
  });

  it('reads as of any instant: before publication, the provisional results of the ratings given by then; before the round, nothing', async () => {
    const earlier = (await get('admin', `/rounds/${roundId}/duty-review-results?asOf=${encodeURIComponent(beforePublication)}`).expect(200)).body;
    expect(earlier).toMatchObject({ published: false, publishedAt: null });
    expect(earlier.units.map((unit: { grade: string }) => unit.grade)).toEqual(['poor', 'average']);
    const atStart = (await get('admin', `/rounds/${roundId}/duty-review-results?asOf=2000-01-01T00:00:00Z`));
    expectProblem(atStart, 404, 'ROUND_NOT_FOUND');
    expectProblem(await get('admin', `/rounds/${roundId}/duty-review-results?asOf=yesterday`), 400, 'VALIDATION_FAILED');
  });

  it('officials see only their subtree: 安吉 sees 安吉, 南浔 sees none, 余村 is refused 安吉’s review', async () => {
    const anji = (await get('official.anji', `/rounds/${roundId}/duty-review-results`).expect(200)).body;
    expect(anji.units.map((unit: { unitId: string }) => unit.unitId)).toEqual(['anji']);
    expect(anji.followUp).toEqual([{ unitId: 'anji', unitName: '安吉县', reason: 'poor-share' }]);
    const nanxun = (await get('official.nanxun', `/rounds/${roundId}/duty-reviews`).expect(200)).body;
    expect(nanxun.items).toEqual([]);
    expectProblem(await get('official.nanxun', `/duty-reviews/${review('anji')}`), 403, 'OUT_OF_SCOPE');
    expectProblem(await get('official.yucun', `/duty-reviews/${review('anji')}`), 403, 'OUT_OF_SCOPE');
  });

  it('another kind of round has no duty reviews', async () => {
    const other = await post('admin', '/rounds', {
      kind: 'deep-research',
      title: '深调研',
      period: '2026-Q3',
      rubric: { items: [{ code: 'A', title: '调研', weight: 1, maxScore: 10 }] },
      scoringPolicy: { method: 'mean' },
      window: { opensOn: '2026-07-01', closesOn: '2026-09-30' },
    }).expect(201);
    expectProblem(await get('admin', `/rounds/${other.body.id}/duty-reviews`), 409, 'NOT_A_DUTY_REVIEW_ROUND');
    expectProblem(await get('admin', `/duty-reviews/${other.body.id}.anji`), 404, 'DUTY_REVIEW_NOT_FOUND');
    expectProblem(await get('admin', '/rounds/no-such-round/duty-review-results'), 404, 'ROUND_NOT_FOUND');
  });

  it('a duty review of villages lists each village its published results send for follow-up as 后进 (后进村整转), with the result as its source, once', async () => {
    const planned = await post('admin', '/rounds', {
      kind: 'duty-review',
      title: '2026年度村党组织书记抓基层党建工作述职评议（安吉县）',
      period: '2026',
      scopeCountyIds: ['anji'],
      scoringPolicy: { method: 'mean' },
      window: { opensOn: '2027-01-04', closesOn: '2027-01-29' },
      dutyReview: { panelIds: ['inspector.wuxing'], unitKind: 'village' },
    }).expect(201);
    const villageRound = planned.body.id as string;
    await post('admin', `/rounds/${villageRound}/start`).expect(200);
    const villages = ((await get('admin', `/rounds/${villageRound}/duty-reviews`).expect(200)).body.items as { unitId: string; reviewId: string }[]).map((item) => item.unitId);
    expect(villages).toContain('anji-tianhuangping-yucun');
    for (const unitId of villages) {
      await post('admin', `/duty-reviews/${villageRound}.${unitId}/report`, { report: '村党组织书记年度述职（代为录入）' }).expect(200);
      const rating = unitId === 'anji-tianhuangping-yucun' ? 'poor' : 'good';
      await post('inspector.wuxing', `/duty-reviews/${villageRound}.${unitId}/ratings`, { rating, comment: rating === 'poor' ? '班子软弱涣散' : '履职到位' }).expect(200);
    }
    await post('admin', `/rounds/${villageRound}/close-scoring`).expect(200);
    await post('admin', `/rounds/${villageRound}/publish`).expect(200);

    const listings = (await get('official.anji', '/backward-villages').expect(200)).body.items as Record<string, unknown>[];
    expect(listings).toEqual([
      expect.objectContaining({ unitId: 'anji-tianhuangping-yucun', reason: 'duty-review-poor', source: { kind: 'duty-review', ref: `${villageRound}.anji-tianhuangping-yucun` } }),
    ]);
    const { rows } = await db.database.pool.query(`SELECT metadata->>'actorId' AS actor, count(*)::int AS n FROM es_events WHERE event_type = 'BackwardVillageListed' GROUP BY 1`);
    expect(rows).toEqual([{ actor: expect.any(String), n: 1 }]);
  });
});
