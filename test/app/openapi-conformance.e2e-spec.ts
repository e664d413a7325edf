import { NestExpressApplication } from '@nestjs/platform-express';
import request, { Response } from 'supertest';
import { eventually, primaryTarget, TestDatabase } from '@app/testing';
import { createApiTestApp, testConfig } from './api-test-app';
import { TEST_NOTICE_2027 } from './calendar-test-notice';
import { DemoSession, signIn } from './demo-session';
import { OpenApiConformance } from './openapi-conformance';

/*
 * The OpenAPI document says what the API answers; here the API's real answers, over a round, its
 * tasks and a case driven as the demo users, are held to it: each body validates against the
 * schema documented for its operation, status and media type (with every object closed, so a field
 * the API sends but the document does not name fails), and ETag is sent exactly where documented.
 */

const RUBRIC = {
  items: [
    { code: 'org-building', title: '组织建设', weight: 0.4, maxScore: 10 },
    { code: 'village-governance', title: '乡村治理', weight: 0.6, maxScore: 20 },
  ],
};

const ROUND = {
  kind: 'walk-see-compete',
  title: '2026年第三季度走看赛',
  period: '2026-Q3',
  scopeCountyIds: ['wuxing', 'anji'],
  rubric: RUBRIC,
  scoringPolicy: { method: 'mean' },
  window: { opensOn: '2026-07-01', closesOn: '2026-09-30' },
};

describe('the API’s real answers conform to its OpenAPI document', () => {
  let testDatabase: TestDatabase;
  let app: NestExpressApplication;
  let conformance: OpenApiConformance;
  const sessions: Record<string, DemoSession> = {};

  beforeAll(async () => {
    testDatabase = await primaryTarget().create();
    app = await createApiTestApp(testDatabase.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' }) });
    for (const username of ['admin', 'inspector.wuxing', 'official.anji', 'auditor', 'viewer']) sessions[username] = await signIn(app, username);
    conformance = new OpenApiConformance((await request(app.getHttpServer()).get('/docs-json').expect(200)).body);
  });

  afterAll(async () => {
    await app?.close();
    await testDatabase?.dispose();
  });

  /** Sends a request as `username` (or without a token) and checks its answer against the document. */
  async function send(username: string | undefined, method: 'get' | 'post' | 'put', url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    let call = request(app.getHttpServer())[method](url);
    if (username !== undefined) call = call.set('Authorization', sessions[username]!.authorization);
    for (const [name, value] of Object.entries(headers)) call = call.set(name, value);
    const response = await (body === undefined ? call : call.send(body as object));
    expect(conformance.problemsOf(method, url, response)).toEqual([]);
    return response;
  }

  const ok = async (status: number, answer: Promise<Response>): Promise<Response> => {
    const response = await answer;
    expect({ status: response.status, body: response.body }).toEqual({ status, body: expect.anything() });
    return response;
  };

  it('a round, its task and a case of its finding, from planning to archive, and every read of them', async () => {
    const roundId = (await ok(201, send('admin', 'post', '/rounds', ROUND))).body.id as string;
    await ok(200, send('admin', 'post', `/rounds/${roundId}/start`));
    const assigned = await ok(201, send('admin', 'post', `/rounds/${roundId}/tasks`, { targetUnitId: 'anji', inspectorIds: ['inspector.wuxing'], dueWorkingDays: 10 }));
    const taskId = assigned.body.id as string;
    await ok(200, send('inspector.wuxing', 'post', `/tasks/${taskId}/open`));
    await ok(200, send('inspector.wuxing', 'post', `/tasks/${taskId}/scores`, { scores: RUBRIC.items.map((item) => ({ itemCode: item.code, score: 8 })) }));
    const finding = await ok(
      200,
      send('inspector.wuxing', 'post', `/tasks/${taskId}/findings`, { title: '议事制度落实不到位', description: '村民议事会记录不全', severity: 'medium', unitId: 'anji' }),
    );
    await ok(200, send('inspector.wuxing', 'post', `/tasks/${taskId}/submit`));
    await ok(200, send('admin', 'post', `/tasks/${taskId}/reopen`, { reason: '评分依据不全' }));
    await ok(200, send('inspector.wuxing', 'post', `/tasks/${taskId}/submit`));
    await ok(200, send('admin', 'post', `/tasks/${taskId}/close`));
    await ok(200, send('viewer', 'get', `/tasks/${taskId}`));
    await ok(200, send('viewer', 'get', `/tasks?round=${roundId}`));

    const findingId = (finding.body.state.findings as Array<{ findingId: string }>)[0]!.findingId;
    const caseId = (await ok(201, send('admin', 'post', '/cases', { finding: { taskId, findingId }, dueWorkingDays: 10 }))).body.id as string;
    await ok(200, send('admin', 'post', `/cases/${caseId}/assign`));
    await ok(200, send('official.anji', 'post', `/cases/${caseId}/sign`));
    await ok(200, send('official.anji', 'post', `/cases/${caseId}/progress`, { report: '已召开专题会议' }));
    await ok(200, send('official.anji', 'post', `/cases/${caseId}/request-extension`, { newDueWorkingDays: 20, reason: '需协调多个部门' }));
    await ok(200, send('admin', 'post', `/cases/${caseId}/approve-extension`));
    await ok(200, send('admin', 'post', `/cases/${caseId}/urge`, { message: '请加快整改进度' }));
    await ok(200, send('official.anji', 'post', `/cases/${caseId}/submit`, { report: '议事会记录已补齐' }));
    await ok(200, send('admin', 'post', `/cases/${caseId}/reject`, { reason: '缺少会议纪要' }));
    await ok(200, send('official.anji', 'post', `/cases/${caseId}/submit`, { report: '会议纪要已补充' }));
    await ok(200, send('admin', 'post', `/cases/${caseId}/verify`, { comment: '现场核查通过' }));
    await ok(200, send('official.anji', 'get', `/cases/${caseId}`));
    await ok(200, send('official.anji', 'get', `/cases/${caseId}/chain`));
    await ok(200, send('viewer', 'get', '/cases?unit=anji'));

    for (const step of ['close-scoring', 'publish']) await ok(200, send('admin', 'post', `/rounds/${roundId}/${step}`));
    await ok(409, send('admin', 'post', `/rounds/${roundId}/republish`, { reason: '复核后重新发布' }));
    await send('viewer', 'get', `/rounds/${roundId}/ranking`);
    await send('admin', 'get', `/rounds/${roundId}/ranking/live`);
    await send('viewer', 'get', '/counties/anji/trend');
    await ok(200, send('admin', 'post', `/rounds/${roundId}/archive`));
    await ok(200, send('viewer', 'get', `/rounds/${roundId}`));
    await ok(200, send('viewer', 'get', '/rounds'));

    await ok(200, send('auditor', 'get', '/audit/events?limit=50'));
    await ok(200, send('auditor', 'get', `/audit/streams/case-${caseId}`));
    await ok(200, send('auditor', 'get', '/audit/verify'));
    await ok(200, send('auditor', 'get', `/audit/events/export?stream=round-${roundId}`));

    const photo = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('现场照片')]);
    const uploaded = await ok(201, send('inspector.wuxing', 'post', '/evidence', photo, { 'Content-Type': 'image/png' }));
    await ok(200, send('inspector.wuxing', 'get', `/evidence/${uploaded.body.sha256}`));
    await ok(415, send('inspector.wuxing', 'post', '/evidence', Buffer.from('text'), { 'Content-Type': 'text/plain' }));
  });

  it('a duty-review round (述职评议考核): the report, a rating, publication and every read of them', async () => {
    const plan = { ...ROUND, kind: 'duty-review', title: '2026年度述职评议', period: '2026', rubric: undefined, dutyReview: { panelIds: ['inspector.wuxing'] } };
    const roundId = (await ok(201, send('admin', 'post', '/rounds', plan))).body.id as string;
    await ok(200, send('admin', 'post', `/rounds/${roundId}/start`));
    await ok(200, send('admin', 'post', `/duty-reviews/${roundId}.anji/report`, { report: '2026年度抓基层党建工作述职' }));
    await ok(200, send('inspector.wuxing', 'post', `/duty-reviews/${roundId}.anji/ratings`, { rating: 'fairly-good', comment: '责任落实到位' }));
    await ok(403, send('official.anji', 'post', `/duty-reviews/${roundId}.anji/report`, { report: '代为述职' }));
    await ok(200, send('official.anji', 'get', `/duty-reviews/${roundId}.anji`));
    await ok(404, send('viewer', 'get', `/duty-reviews/${roundId}.nanxun`));
    for (const step of ['close-scoring', 'publish']) await ok(200, send('admin', 'post', `/rounds/${roundId}/${step}`));
    await ok(200, send('viewer', 'get', `/rounds/${roundId}/duty-reviews`));
    await ok(200, send('viewer', 'get', `/rounds/${roundId}/duty-review-results`));
    await ok(200, send('official.anji', 'get', `/rounds/${roundId}/duty-review-results?asOf=${encodeURIComponent(new Date().toISOString())}`));
    await ok(200, send('viewer', 'get', `/rounds/${roundId}`));
  });

  it('the org tree, units, accounts, the calendar, the read models and the ops routes', async () => {
    await ok(200, send('viewer', 'get', '/org-units'));
    await ok(200, send('viewer', 'get', '/org-units/anji'));
    await ok(200, send('admin', 'get', '/org-units/anji/lists'));
    await ok(201, send('admin', 'post', '/org-units', { unitId: 'anji-conformance', kind: 'township', name: '测试镇', parentId: 'anji' }));
    await ok(201, send('admin', 'post', '/org-units/anji-conformance/responsible-people', { role: 'secretary', personId: 'p-1', name: '张三', from: '2026-03-03T01:00:00.000Z' }));

    await ok(201, send('admin', 'post', '/users', { username: 'li.ming', displayName: '李明', roles: ['official'], orgUnitId: 'anji', password: 'Given-by-ops-2026' }));
    await ok(200, send('admin', 'get', '/users'));
    await ok(200, send('admin', 'get', '/users/li.ming'));
    await ok(200, send('admin', 'post', '/users/li.ming/rename', { displayName: '李明（安吉）' }));
    await ok(200, send('admin', 'post', '/users/li.ming/roles', { roles: ['official', 'viewer'] }));
    await ok(200, send('admin', 'post', '/users/li.ming/unit', { orgUnitId: 'anji-conformance' }));
    await ok(200, send('admin', 'post', '/users/li.ming/disable', { reason: '调岗' }));
    await ok(200, send('admin', 'post', '/users/li.ming/enable'));
    await ok(200, send('admin', 'post', '/users/li.ming/reset-password', { password: 'Reset-by-ops-2026' }));
    await ok(200, send('admin', 'post', '/users/li.ming/unlock'));
    await ok(204, send(undefined, 'post', '/auth/password', { username: 'li.ming', currentPassword: 'Reset-by-ops-2026', newPassword: 'Chosen-by-li-2026' }));
    await ok(200, send(undefined, 'post', '/auth/login', { username: 'li.ming', password: 'Chosen-by-li-2026' }));

    await ok(200, send('viewer', 'get', '/calendar/years'));
    await ok(200, send('viewer', 'get', '/calendar/years/2026'));
    await ok(200, send('admin', 'get', '/admin/projections'));
    await ok(200, send('admin', 'get', '/admin/projections/county-ranking'));
    await send(undefined, 'get', '/health');
    await send(undefined, 'get', '/health/live');
    await send(undefined, 'get', '/metrics');
  });

  it('refusals are problem+json as documented for their operation and status', async () => {
    await ok(401, send(undefined, 'get', '/rounds'));
    await ok(403, send('viewer', 'post', '/rounds', ROUND));
    await ok(400, send('admin', 'post', '/rounds', { ...ROUND, kind: 'no-such-kind' }));
    await ok(404, send('viewer', 'get', '/rounds/no-such-round'));
    await ok(404, send('admin', 'post', '/tasks/no-such-task/open'));
    const roundId = (await ok(201, send('admin', 'post', '/rounds', ROUND))).body.id as string;
    await ok(409, send('admin', 'post', `/rounds/${roundId}/publish`));
    await ok(412, send('admin', 'post', `/rounds/${roundId}/start`, undefined, { 'If-Match': '"7"' }));
    await ok(400, send('admin', 'post', `/rounds/${roundId}/start`, undefined, { 'If-Match': 'yesterday' }));
    await ok(200, send('admin', 'post', `/rounds/${roundId}/start`, undefined, { 'Idempotency-Key': 'conformance-start' }));
    await ok(422, send('admin', 'post', `/rounds/${roundId}/archive`, undefined, { 'Idempotency-Key': 'conformance-start' }));
    await ok(404, send('admin', 'get', '/admin/projections/no-such-projection'));
  });

  it('a split with a denied extension, its notifications, a checkpoint and its proofs, a calendar load and a read model rebuild', async () => {
    const caseId = (
      await ok(201, send('admin', 'post', '/cases', { title: '天荒坪镇污水终端运维不到位', description: '部分终端设施停运', severity: 'high', responsibleUnitId: 'anji', dueWorkingDays: 10 }))
    ).body.id as string;
    await ok(200, send('admin', 'post', `/cases/${caseId}/assign`));
    await ok(200, send('official.anji', 'post', `/cases/${caseId}/sign`));
    await ok(200, send('official.anji', 'post', `/cases/${caseId}/request-extension`, { newDueWorkingDays: 20, reason: '需协调多个部门' }));
    await ok(200, send('admin', 'post', `/cases/${caseId}/deny-extension`, { reason: '期限足够' }));
    await ok(200, send('official.anji', 'post', `/cases/${caseId}/split`, { children: [{ unitId: 'anji-tianhuangping', title: '天荒坪镇终端排查', dueWorkingDays: 5 }] }));
    await ok(200, send('official.anji', 'get', `/cases/${caseId}/chain`));

    const inbox = (await ok(200, send('official.anji', 'get', '/notifications/inbox?limit=1'))).body;
    const notificationId = inbox.items[0].notificationId as string;
    await ok(200, send('official.anji', 'post', `/notifications/inbox/${notificationId}/read`));
    await ok(200, send('official.anji', 'post', '/notifications/inbox/read-all'));
    await ok(200, send('auditor', 'get', `/notifications?caseId=${caseId}`));
    await ok(409, send('admin', 'post', `/notifications/${notificationId}/retry`));

    const checkpoint = (await ok(200, send('auditor', 'post', '/audit/checkpoints'))).body;
    await ok(200, send('auditor', 'get', '/audit/checkpoints/latest'));
    await ok(200, send('auditor', 'get', '/audit/checkpoints'));
    await ok(200, send('auditor', 'get', `/audit/proofs/inclusion?position=1&treeSize=${checkpoint.treeSize}`));
    await ok(200, send('auditor', 'get', `/audit/proofs/consistency?from=1&to=${checkpoint.treeSize}`));
    await ok(404, send('auditor', 'get', '/audit/proofs/inclusion?position=999999999'));

    await ok(200, send('admin', 'put', '/admin/calendar/years/2027', TEST_NOTICE_2027));
    await ok(200, send('viewer', 'get', '/calendar/years/2027'));

    await ok(202, send('admin', 'post', '/admin/projections/case-board/rebuild'));
    await eventually(async () => expect((await ok(200, send('admin', 'get', '/admin/projections/case-board'))).body.rebuild.phase).toBe('done'));
  });

  it('a 书记领办项目 from launch to evaluation, and its reads', async () => {
    const plan = { unitId: 'anji-tianhuangping-yucun', year: 2026, title: '余村绿色共富项目', goal: '村集体经营性收入年增 20%', milestones: [{ title: '项目选址', dueOn: '2026-04-30' }] };
    const projectId = (await ok(201, send('official.anji', 'post', '/projects', plan))).body.id as string;
    await ok(200, send('official.anji', 'post', `/projects/${projectId}/progress`, { report: '召开村民代表大会', milestoneId: 'm1' }));
    await ok(200, send('official.anji', 'post', `/projects/${projectId}/milestones/m1/complete`, { report: '选址完成' }));
    await ok(409, send('official.anji', 'post', `/projects/${projectId}/hand-over`, { reason: '书记未变' }));
    await ok(200, send('inspector.wuxing', 'post', `/projects/${projectId}/evaluate`, { grade: 'good', comment: '按期完成' }));
    await ok(200, send('viewer', 'get', `/projects/${projectId}`));
    await ok(200, send('viewer', 'get', '/projects?year=2026'));
    await ok(404, send('viewer', 'get', '/projects/no-such-project'));
  });

  it('village indicators: a report, its correction, the village’s history, the roll-up and the trend', async () => {
    const village = 'anji-tianhuangping-yucun';
    const report = { period: '2026', grade: 'pioneer', operatingIncome: 520_000, totalIncome: 1_200_000, pairedEnterprises: ['安吉示例竹业有限公司'], provinciallyWeak: false, gridCount: 2 };
    await ok(201, send('official.anji', 'post', `/villages/${village}/indicators`, report));
    await ok(200, send('official.anji', 'post', `/villages/${village}/indicators/corrections`, { ...report, firstSecretary: '胡第一书记', reason: '补录第一书记' }));
    await ok(409, send('official.anji', 'post', `/villages/${village}/indicators`, report));
    await ok(200, send('official.anji', 'get', `/villages/${village}/indicators`));
    await ok(200, send('viewer', 'get', '/indicators/summary'));
    await ok(200, send('viewer', 'get', '/indicators/summary?unitId=anji&period=2025'));
    await ok(200, send('viewer', 'get', '/indicators/trend?unitId=anji'));
  });

  it('every operation of the document was held to it above', () => {
    expect(conformance.unexercised()).toEqual([]);
  });
});
