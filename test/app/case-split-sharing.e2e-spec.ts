import { NestExpressApplication } from '@nestjs/platform-express';
import { Pool } from 'pg';
import request from 'supertest';
import { EVENT_STORE, PostgresEventStore } from '@app/event-store';
import { ProjectionRuntime } from '@app/projections';
import { primaryTarget, TestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { createApiTestApp, testConfig } from './api-test-app';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * A split's children refer to what they share with their parent instead of copying it: a split
 * of 50 children of a 5000-character description writes small events, the views show every
 * child the resolved text, a grandchild finds its grandparent's, and children recorded with
 * copies before (no history rewrite) still load. The case board rebuilds to the same rows.
 */
describe('split children share their parent’s description instead of copying it, over HTTP', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let pool: Pool;
  const clock = new SettableClock('2026-03-02T01:00:00.000Z'); // Monday 09:00 in Shanghai
  const tokens: Record<string, string> = {};
  const TOWNSHIPS = ['anji-tianhuangping', 'anji-xilong', 'anji-dipu', 'anji-xiaofeng'];
  // 5000 characters of Chinese text: 15,000 bytes in UTF-8.
  const DESCRIPTION = '全县农村生活污水处理终端设施运维责任未落实，部分终端长期停运，运维台账缺失，群众反映强烈。'.repeat(120).slice(0, 5000);
  let parentId: string;
  let children: Body[];

  const as = (user: string) => ({
    get: (path: string) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[user]}`),
    post: (path: string, body: object = {}) => request(app.getHttpServer()).post(path).set('Authorization', `Bearer ${tokens[user]}`).send(body),
  });
  const bytesOf = async (where: string, parameters: unknown[]): Promise<Array<{ stream_id: string; event_type: string; bytes: number }>> =>
    (await pool.query(`SELECT stream_id, event_type, octet_length(data::text) AS bytes FROM es_events WHERE ${where} ORDER BY global_position`, parameters)).rows.map(
      (row) => ({ ...row, bytes: Number(row.bytes) }),
    );

  beforeAll(async () => {
    db = await primaryTarget().create();
    pool = db.database.pool;
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '100' }), clock });
    for (const user of ['admin', 'official.anji']) {
      const response = await request(app.getHttpServer()).post('/auth/login').send({ username: user, password: 'huzhou-demo' }).expect(200);
      tokens[user] = response.body.accessToken;
    }
    const opened = await as('admin')
      .post('/cases', { title: '全县污水终端运维整改', description: DESCRIPTION, severity: 'high', responsibleUnitId: 'anji', dueWorkingDays: 20 })
      .expect(201);
    parentId = opened.body.id;
    await as('admin').post(`/cases/${parentId}/assign`).expect(200);
    await as('official.anji').post(`/cases/${parentId}/sign`).expect(200);
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it('a split of 50 children of a 5000-character description writes small events: no child carries the text', async () => {
    const { rows } = await pool.query<{ last: string }>('SELECT max(global_position) AS last FROM es_events');
    const before = Number(rows[0]!.last);
    const plan = Array.from({ length: 50 }, (_unused, index) => ({
      unitId: TOWNSHIPS[index % TOWNSHIPS.length]!,
      title: `第${index + 1}批终端运维整改`,
      dueWorkingDays: 10,
      ...(index === 49 ? { description: '孝丰镇另行制定方案' } : {}),
    }));
    const split = await as('official.anji').post(`/cases/${parentId}/split`, { children: plan }).expect(200);
    children = split.body.state.children;
    expect(children).toHaveLength(50);

    const appended = await bytesOf('global_position > $1', [before]);
    expect(appended.filter((event) => event.event_type === 'CaseOpened')).toHaveLength(50);
    const splitEvent = appended.find((event) => event.event_type === 'CaseSplit')!;
    expect(splitEvent.bytes).toBeLessThan(16 * 1024);
    expect(Math.max(...appended.filter((event) => event.event_type === 'CaseOpened').map((event) => event.bytes))).toBeLessThan(2 * 1024);
    // Copied, the text alone would be 50 × 15,000 bytes in the split and as much again in the children.
    expect(appended.reduce((total, event) => total + event.bytes, 0)).toBeLessThan(128 * 1024);
    const { rows: copies } = await pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM es_events WHERE global_position > $1 AND data::text LIKE '%' || $2 || '%'`,
      [before, DESCRIPTION.slice(0, 40)],
    );
    expect(Number(copies[0]!.n)).toBe(0);
  });

  it('each child shows the parent’s description, resolved, on its page and on the board; a child with its own shows its own', async () => {
    const child = (await as('official.anji').get(`/cases/${children[0].caseId}`).expect(200)).body;
    expect(child).toMatchObject({ parentCaseId: parentId, description: DESCRIPTION, descriptionFromCaseId: parentId });
    const own = (await as('official.anji').get(`/cases/${children[49].caseId}`).expect(200)).body;
    expect(own).toMatchObject({ description: '孝丰镇另行制定方案', descriptionFromCaseId: null });

    const board = (await as('official.anji').get('/cases?unit=anji-tianhuangping&limit=200').expect(200)).body.items;
    expect(board).toHaveLength(13);
    expect(board.every((item: Body) => item.description === DESCRIPTION && item.descriptionFromCaseId === parentId)).toBe(true);
    const signed = (await as('official.anji').post(`/cases/${children[0].caseId}/sign`).expect(200)).body;
    expect(signed.state).toMatchObject({ status: 'signed', description: DESCRIPTION, descriptionFromCaseId: parentId });
  });

  it('a grandchild split from a child that shares the description finds its grandparent’s', async () => {
    const split = await as('official.anji')
      .post(`/cases/${children[0].caseId}/split`, { children: [{ unitId: 'anji-tianhuangping-yucun', title: '余村终端运维整改', dueWorkingDays: 5 }] })
      .expect(200);
    const grandchildId = split.body.state.children[0].caseId;
    const grandchild = (await as('official.anji').get(`/cases/${grandchildId}`).expect(200)).body;
    expect(grandchild).toMatchObject({ parentCaseId: children[0].caseId, description: DESCRIPTION, descriptionFromCaseId: parentId });
  });

  it('a split recorded with copies (before children shared the text) still loads: its child shows its copy', async () => {
    const store = app.get<PostgresEventStore>(EVENT_STORE);
    const chain = ['anji-xilong', 'anji', 'huzhou'];
    const source = { kind: 'direct' };
    const opened = (caseId: string, unitChain: string[], parentCaseId: string | null) => ({
      type: 'CaseOpened',
      data: {
        caseId,
        title: caseId,
        description: '旧版本拆分时复制的说明',
        severity: 'medium',
        source,
        responsibleUnitId: unitChain[0],
        unitChain,
        dueWorkingDays: 5,
        parentCaseId,
        openedBy: parentCaseId === null ? 'admin' : 'system',
        openedAt: '2026-03-02T01:00:00.000Z',
      },
      metadata: { actorId: parentCaseId === null ? 'admin' : 'system' },
    });
    const assignedOn = (caseId: string, unitId: string) => ({
      type: 'CaseAssigned',
      data: { caseId, responsibleUnitId: unitId, dueWorkingDays: 5, dueOn: '2026-03-09', deadlineAt: '2026-03-09T15:59:59.999Z', assignedBy: 'admin', assignedAt: '2026-03-02T01:00:00.000Z' },
      metadata: { actorId: 'admin' },
    });
    await store.append('case-old-parent', [
      opened('old-parent', ['anji', 'huzhou'], null),
      assignedOn('old-parent', 'anji'),
      {
        type: 'CaseSplit',
        data: {
          caseId: 'old-parent',
          severity: 'medium',
          source,
          children: [{ caseId: 'old-child', unitId: 'anji-xilong', unitChain: chain, title: 'old-child', description: '旧版本拆分时复制的说明', dueWorkingDays: 3 }],
          splitBy: 'official.anji',
          splitAt: '2026-03-02T02:00:00.000Z',
        },
        metadata: { actorId: 'official.anji' },
      },
    ]);
    await store.append('case-old-child', [opened('old-child', chain, 'old-parent'), assignedOn('old-child', 'anji-xilong')]);

    const child = (await as('official.anji').get('/cases/old-child').expect(200)).body;
    expect(child).toMatchObject({ status: 'assigned', parentCaseId: 'old-parent', description: '旧版本拆分时复制的说明', descriptionFromCaseId: null });
    const parent = (await as('official.anji').get('/cases/old-parent').expect(200)).body;
    expect(parent.children).toEqual([{ caseId: 'old-child', unitId: 'anji-xilong', title: 'old-child', closed: false }]);
    expect(parent.history.at(-1).details.children[0]).toMatchObject({ caseId: 'old-child', description: '旧版本拆分时复制的说明' });
    const chainView = (await as('official.anji').get('/cases/old-parent/chain').expect(200)).body;
    expect(chainView.children).toEqual([expect.objectContaining({ caseId: 'old-child', status: 'assigned' })]);
  });

  it('the case board rebuilt from the log equals the live one, row for row', async () => {
    expect((await app.get(ProjectionRuntime).compareWithLive('case-board')).filter((table) => !table.equal)).toEqual([]);
  });
});
