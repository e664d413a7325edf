import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { eventually, primaryTarget, TestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { TimerService } from '@app/workflow-runtime';
import { createApiTestApp, testConfig } from './api-test-app';
import { DemoSession, PROBLEM_JSON, signIn } from './demo-session';

/**
 * 后进村整转 through the API: 余村 listed by its county for a reason, a plan of measures due in
 * working days, progress with a measure done, a warning on a measure that slips, the county's
 * acceptance check (failed, then passed), the delisting; the counts per county and township read
 * as of instants before, during and after; officials of another county see and do nothing of it.
 */
describe('backward villages (后进村整转) over HTTP', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let timers: TimerService;
  const clock = new SettableClock('2026-03-02T01:00:00.000Z'); // Monday 09:00 in Shanghai
  const sessions: Record<string, DemoSession> = {};
  const YUCUN = 'anji-tianhuangping-yucun';
  let listingId: string;
  const folder = mkdtempSync(join(tmpdir(), 'backward-evidence-'));

  const as = (user: string) => ({
    get: (path: string) => request(app.getHttpServer()).get(path).set('Authorization', sessions[user]!.authorization),
    post: (path: string, body: object = {}) => request(app.getHttpServer()).post(path).set('Authorization', sessions[user]!.authorization).send(body),
  });

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '1000', EVIDENCE_DIR: folder }), clock });
    timers = app.get(TimerService);
    for (const user of ['admin', 'official.anji', 'official.nanxun', 'official.yucun', 'viewer']) sessions[user] = await signIn(app, user);
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('the county lists 余村 for clan interference; a second listing, a township, another county and bad input are refused', async () => {
    const listed = await as('official.anji').post('/backward-villages', { unitId: YUCUN, reason: 'clan-or-gang-interference', note: '宗族势力干扰村级组织换届' }).expect(201);
    listingId = listed.body.id;
    expect(listed.headers.etag).toBe('"1"');
    expect(listed.body.state).toMatchObject({
      listingId,
      status: 'listed',
      unitId: YUCUN,
      unitName: '余村',
      townshipId: 'anji-tianhuangping',
      townshipName: '天荒坪镇',
      countyId: 'anji',
      countyName: '安吉县',
      reason: 'clan-or-gang-interference',
      source: null,
    });

    const again = await as('admin').post('/backward-villages', { unitId: YUCUN, reason: 'weak-leadership', note: '再次列入' }).expect(409);
    expect(again.body).toMatchObject({ code: 'VILLAGE_ALREADY_LISTED', details: { listingId } });
    expect((await as('admin').post('/backward-villages', { unitId: 'anji-tianhuangping', reason: 'other', note: '镇' }).expect(409)).body.code).toBe('LISTED_UNIT_NOT_A_VILLAGE');
    expect((await as('official.nanxun').post('/backward-villages', { unitId: 'anji-xilong-huangdu', reason: 'other', note: '越权' }).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await as('viewer').post('/backward-villages', { unitId: 'anji-xilong-huangdu', reason: 'other', note: '观察员' }).expect(403)).body.code).toBe('ROLE_FORBIDDEN');
    expect((await as('admin').post('/backward-villages', { unitId: 'no-such-village', reason: 'other', note: 'x' }).expect(404)).body.code).toBe('ORG_UNIT_NOT_FOUND');
    const bad = await as('admin').post('/backward-villages', { unitId: YUCUN, reason: 'bad-luck', note: null }).expect(400);
    expect(bad.headers['content-type']).toMatch(PROBLEM_JSON);
    expect([...new Set(bad.body.errors.map((error: { field: string }) => error.field))].sort()).toEqual(['note', 'reason']);
  });

  it('the list and the listing are read within scope only', async () => {
    expect((await as('official.anji').get('/backward-villages').expect(200)).body.items.map((item: { listingId: string }) => item.listingId)).toEqual([listingId]);
    expect((await as('official.nanxun').get('/backward-villages').expect(200)).body).toEqual({ items: [], nextCursor: null });
    expect((await as('viewer').get('/backward-villages?status=listed').expect(200)).body.items).toHaveLength(1);
    expect((await as('viewer').get('/backward-villages?status=delisted').expect(200)).body.items).toHaveLength(0);
    expect((await as('official.nanxun').get(`/backward-villages/${listingId}`).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await as('official.yucun').get(`/backward-villages/${listingId}`).expect(200)).headers.etag).toBe('"1"');
    expect((await as('admin').get('/backward-villages/no-such-listing').expect(404)).body.code).toBe('BACKWARD_VILLAGE_NOT_FOUND');
    for (const hostile of ['a%00b', '%E2%80%AE', 'x'.repeat(600)]) {
      expect((await as('admin').get(`/backward-villages/${hostile}`)).status).toBeLessThan(500);
      expect((await as('admin').post(`/backward-villages/${hostile}/delist`, { note: '摘帽' })).status).toBeLessThan(500);
    }
    expect((await as('admin').get('/backward-villages?status=gone').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await as('admin').get('/backward-villages?cursor=bm90LWEtY3Vyc29y').expect(400)).body.code).toBe('INVALID_CURSOR');
  });

  it('the village plans its measures in working days and reports progress; a slipping measure is warned', async () => {
    const planned = await as('official.yucun')
      .post(`/backward-villages/${listingId}/plan`, {
        summary: '整顿班子，清除宗族干扰',
        measures: [
          { title: '调整村党组织书记', dueWorkingDays: 10 },
          { title: '开展扫黑除恶专项整治', dueWorkingDays: 20 },
        ],
      })
      .expect(200);
    expect(planned.body.state).toMatchObject({
      status: 'rectifying',
      measures: [
        { measureId: 'm-1', dueOn: '2026-03-16', completedAt: null, warnings: [] },
        { measureId: 'm-2', dueOn: '2026-03-30', completedAt: null, warnings: [] },
      ],
    });
    expect((await as('official.yucun').post(`/backward-villages/${listingId}/plan`, { summary: '再来', measures: [{ title: 'x', dueWorkingDays: 1 }] }).expect(409)).body.code).toBe(
      'BACKWARD_VILLAGE_STEP_NOT_ALLOWED',
    );
    expect((await as('official.yucun').post(`/backward-villages/${listingId}/plan`, { summary: 'x', measures: [{ title: 'x', dueWorkingDays: 0 }] }).expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await as('official.nanxun').post(`/backward-villages/${listingId}/progress`, { report: '越权' }).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await as('admin').post('/backward-villages/no-such-listing/progress', { report: '无' }).expect(404)).body.code).toBe('BACKWARD_VILLAGE_NOT_FOUND');

    clock.set('2026-03-17T02:00:00.000Z'); // 余村's first measure was due Monday 16 March
    await timers.fireDue();
    const warned = (await as('official.yucun').get(`/backward-villages/${listingId}`).expect(200)).body;
    expect(warned.measures[0]).toMatchObject({ measureId: 'm-1', warnings: expect.arrayContaining(['yellow']) });
    expect(warned.measures[1]).toMatchObject({ measureId: 'm-2', warnings: [] });

    const done = await as('official.yucun').post(`/backward-villages/${listingId}/progress`, { report: '已调整村党组织书记', measureId: 'm-1', completesMeasure: true }).expect(200);
    expect(done.body.state.measures[0]).toMatchObject({ completedAt: '2026-03-17T02:00:00.000Z', late: true, warnings: [] });
    expect(done.body.state.progress).toEqual([
      { reportNumber: 1, measureId: 'm-1', report: '已调整村党组织书记', measureCompleted: true, reportedBy: 'official.yucun', reportedAt: '2026-03-17T02:00:00.000Z', attachments: [] },
    ]);
    expect((await as('official.yucun').post(`/backward-villages/${listingId}/progress`, { report: 'x', measureId: 'm-1', completesMeasure: true }).expect(409)).body.code).toBe(
      'MEASURE_ALREADY_COMPLETED',
    );
    expect((await as('official.yucun').post(`/backward-villages/${listingId}/progress`, { report: 'x', measureId: 'm-9' }).expect(404)).body.code).toBe('MEASURE_NOT_FOUND');

    // Evidence on a progress report is read within the village's scope.
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('党员大会现场'.repeat(10))]);
    const uploaded = await request(app.getHttpServer()).post('/evidence').set('Authorization', sessions['official.yucun']!.authorization).set('Content-Type', 'image/jpeg').send(photo).expect(201);
    const sha256 = uploaded.body.sha256 as string;
    const reported = await as('official.yucun').post(`/backward-villages/${listingId}/progress`, { report: '召开党员大会', attachments: [{ sha256, name: '党员大会.jpg' }] }).expect(200);
    expect(reported.body.state.progress.at(-1).attachments).toEqual([{ sha256, name: '党员大会.jpg', contentType: 'image/jpeg', size: photo.length }]);
    await as('official.anji').get(`/evidence/${sha256}`).expect(200);
    expect((await as('official.nanxun').get(`/evidence/${sha256}`).expect(403)).body.code).toBe('OUT_OF_SCOPE');
  });

  it('the county checks acceptance once every measure is done: failed goes back with its reason, passed lets it delist', async () => {
    expect((await as('official.anji').post(`/backward-villages/${listingId}/acceptance`, { passed: true, comment: '通过' }).expect(409)).body.code).toBe('MEASURES_OUTSTANDING');
    await as('official.yucun').post(`/backward-villages/${listingId}/progress`, { report: '专项整治完成', measureId: 'm-2', completesMeasure: true }).expect(200);
    expect((await as('official.yucun').post(`/backward-villages/${listingId}/acceptance`, { passed: true, comment: '自验' }).expect(403)).body.code).toBe('NOT_THE_VILLAGES_COUNTY');
    expect((await as('official.anji').post(`/backward-villages/${listingId}/acceptance`, { passed: 'yes', comment: '通过' }).expect(400)).body.code).toBe('VALIDATION_FAILED');

    const failed = await as('official.anji').post(`/backward-villages/${listingId}/acceptance`, { passed: false, comment: '群众满意度不足' }).expect(200);
    expect(failed.body.state).toMatchObject({ status: 'rectifying', checks: [{ checkNumber: 1, passed: false, comment: '群众满意度不足', checkedBy: 'official.anji' }] });
    expect((await as('official.anji').post(`/backward-villages/${listingId}/delist`, { note: '摘帽' }).expect(409)).body.code).toBe('BACKWARD_VILLAGE_STEP_NOT_ALLOWED');

    clock.set('2026-05-06T02:00:00.000Z');
    await as('official.anji').post(`/backward-villages/${listingId}/acceptance`, { passed: true, comment: '整改到位' }).expect(200);
    expect((await as('official.yucun').post(`/backward-villages/${listingId}/delist`, { note: '摘帽' }).expect(403)).body.code).toBe('NOT_THE_VILLAGES_COUNTY');
    const delisted = await as('official.anji').post(`/backward-villages/${listingId}/delist`, { note: '经县委组织部研究，予以摘帽' }).expect(200);
    expect(delisted.body.state).toMatchObject({ status: 'delisted', delistedAt: '2026-05-06T02:00:00.000Z', delistNote: '经县委组织部研究，予以摘帽' });
    // Delisted, 余村 may be listed again: a new listing.
    clock.set('2026-07-01T02:00:00.000Z');
    await as('admin').post('/backward-villages', { unitId: 'anji-xilong-huangdu', reason: 'duty-review-poor', note: '述职评议为差' }).expect(201);
  });

  it('counts per county and township read as of any instant, and the trend by month', async () => {
    const anji = async (asOf: string, by = 'county') =>
      (await as('admin').get(`/backward-villages/counts?by=${by}&asOf=${encodeURIComponent(asOf)}`).expect(200)).body.rows.find((row: { unitId: string }) => row.unitId === (by === 'county' ? 'anji' : 'anji-tianhuangping'));
    expect(await anji('2026-03-01T00:00:00Z')).toEqual({ unitId: 'anji', name: '安吉县', listed: 0, everListed: 0, delisted: 0 });
    expect(await anji('2026-04-01T00:00:00Z')).toEqual({ unitId: 'anji', name: '安吉县', listed: 1, everListed: 1, delisted: 0 });
    expect(await anji('2026-06-01T00:00:00Z')).toEqual({ unitId: 'anji', name: '安吉县', listed: 0, everListed: 1, delisted: 1 });
    expect(await anji('2026-08-01T00:00:00Z')).toEqual({ unitId: 'anji', name: '安吉县', listed: 1, everListed: 2, delisted: 1 });
    expect(await anji('2026-04-01T00:00:00Z', 'township')).toEqual({ unitId: 'anji-tianhuangping', name: '天荒坪镇', listed: 1, everListed: 1, delisted: 0 });

    const counties = (await as('viewer').get('/backward-villages/counts').expect(200)).body;
    expect(counties.rows.map((row: { unitId: string }) => row.unitId)).toEqual(['anji', 'changxing', 'deqing', 'nanxun', 'wuxing']);
    expect(counties.total).toEqual({ listed: 1, everListed: 2, delisted: 1 });
    const nanxun = (await as('official.nanxun').get('/backward-villages/counts').expect(200)).body;
    expect(nanxun.rows).toEqual([{ unitId: 'nanxun', name: '南浔区', listed: 0, everListed: 0, delisted: 0 }]);
    expect((await as('admin').get('/backward-villages/counts?asOf=yesterday').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await as('admin').get('/backward-villages/counts?by=city').expect(400)).body.code).toBe('VALIDATION_FAILED');

    const trend = (await as('admin').get('/backward-villages/trend?year=2026').expect(200)).body;
    expect(trend.year).toBe(2026);
    expect(trend.months.slice(1, 7)).toEqual([
      { month: '2026-02', listed: 0, newlyListed: 0, delisted: 0 },
      { month: '2026-03', listed: 1, newlyListed: 1, delisted: 0 },
      { month: '2026-04', listed: 1, newlyListed: 0, delisted: 0 },
      { month: '2026-05', listed: 0, newlyListed: 0, delisted: 1 },
      { month: '2026-06', listed: 0, newlyListed: 0, delisted: 0 },
      { month: '2026-07', listed: 1, newlyListed: 1, delisted: 0 },
    ]);
    expect((await as('admin').get('/backward-villages/trend').expect(200)).body.year).toBe(2026);
    expect((await as('admin').get('/backward-villages/trend?year=99').expect(400)).body.code).toBe('VALIDATION_FAILED');
  });
  it('the list rebuilt from the log comes out as it was kept', async () => {
    const before = (await as('admin').get('/backward-villages').expect(200)).body;
    const counts = (await as('admin').get('/backward-villages/counts?by=township&asOf=2026-08-01T00:00:00Z').expect(200)).body;
    await as('admin').post('/admin/projections/backward-villages/rebuild').expect(202);
    await eventually(async () => expect((await as('admin').get('/admin/projections/backward-villages').expect(200)).body.rebuild.phase).toBe('done'));
    expect((await as('admin').get('/backward-villages').expect(200)).body).toEqual(before);
    expect((await as('admin').get('/backward-villages/counts?by=township&asOf=2026-08-01T00:00:00Z').expect(200)).body).toEqual(counts);
  });
});
