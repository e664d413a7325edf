import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { eventually, primaryTarget, TestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { createApiTestApp, testConfig } from './api-test-app';
import { DemoSession, signIn } from './demo-session';

/**
 * 村社干部日常监测 through the API: 余村's secretary, known by the org units' responsible-person
 * events, gets a warning from the county, is adjusted with a successor (the village's secretary
 * changes as the system's consequence, and the 书记领办项目 they led passes to the successor), and
 * their history shows the terms and the records; counts per county; another county's official
 * sees and does nothing of it.
 */
describe('cadre monitoring (村社干部日常监测) over HTTP', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  const clock = new SettableClock('2026-03-02T01:00:00.000Z');
  const sessions: Record<string, DemoSession> = {};
  const YUCUN = 'anji-tianhuangping-yucun';
  const SECRETARY = `person-${YUCUN}-secretary`;

  const as = (user: string) => ({
    get: (path: string) => request(app.getHttpServer()).get(path).set('Authorization', sessions[user]!.authorization),
    post: (path: string, body: object = {}) => request(app.getHttpServer()).post(path).set('Authorization', sessions[user]!.authorization).send(body),
  });

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' }), clock });
    for (const user of ['admin', 'official.anji', 'official.nanxun', 'official.yucun', 'viewer']) sessions[user] = await signIn(app, user);
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it('a cadre’s history starts with the terms the org units record', async () => {
    const history = (await as('official.anji').get(`/cadres/${SECRETARY}`).expect(200)).body;
    expect(history).toMatchObject({ personId: SECRETARY, terms: [{ unitId: YUCUN, unitName: '余村', unitKind: 'village', role: 'secretary', until: null }], records: [] });
    expect((await as('official.nanxun').get(`/cadres/${SECRETARY}`).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await as('admin').get('/cadres/person-nobody').expect(404)).body.code).toBe('CADRE_NOT_FOUND');
    expect((await as('admin').get('/cadres/a%00b').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await as('admin').post('/cadres/a%00b/monitoring', { kind: 'concern', unitId: YUCUN, note: 'x' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('the county records a warning; scope, unknown people, units not served and bad input are refused', async () => {
    const recorded = await as('official.anji').post(`/cadres/${SECRETARY}/monitoring`, { kind: 'warning', unitId: YUCUN, note: '村务公开不及时，群众反映强烈' }).expect(201);
    expect(recorded.body).toMatchObject({ id: SECRETARY, version: 1 });
    expect(recorded.body.state.records).toMatchObject([{ kind: 'warning', unitId: YUCUN, unitName: '余村', note: '村务公开不及时，群众反映强烈', recordedBy: 'official.anji', role: null }]);
    await as('official.anji').post(`/cadres/${SECRETARY}/monitoring`, { kind: 'concern', unitId: YUCUN, note: '家族成员承揽村级工程' }).expect(201);

    expect((await as('official.nanxun').post(`/cadres/${SECRETARY}/monitoring`, { kind: 'concern', unitId: YUCUN, note: '越权' }).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await as('viewer').post(`/cadres/${SECRETARY}/monitoring`, { kind: 'concern', unitId: YUCUN, note: 'x' }).expect(403)).body.code).toBe('ROLE_FORBIDDEN');
    expect((await as('admin').post('/cadres/person-nobody/monitoring', { kind: 'concern', unitId: YUCUN, note: 'x' }).expect(404)).body.code).toBe('CADRE_NOT_FOUND');
    expect((await as('admin').post(`/cadres/${SECRETARY}/monitoring`, { kind: 'concern', unitId: 'anji-xilong-huangdu', note: 'x' }).expect(409)).body.code).toBe('CADRE_NOT_OF_UNIT');
    expect((await as('admin').post(`/cadres/${SECRETARY}/monitoring`, { kind: 'concern', unitId: 'no-such-unit', note: 'x' }).expect(404)).body.code).toBe('ORG_UNIT_NOT_FOUND');
    expect((await as('admin').post(`/cadres/${SECRETARY}/monitoring`, { kind: 'gossip', unitId: YUCUN, note: null }).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('an adjustment takes the secretary out with a successor, and 余村’s secretary changes as a consequence', async () => {
    const successor = { personId: 'person-yucun-new-secretary', name: '胡书记' };
    const adjustment = { unitId: YUCUN, role: 'secretary', reason: '履职不力，不胜任现职', successor };
    expect((await as('official.yucun').post(`/cadres/${SECRETARY}/adjustments`, adjustment).expect(403)).body.code).toBe('ADJUSTMENT_FROM_ABOVE');
    expect((await as('official.nanxun').post(`/cadres/${SECRETARY}/adjustments`, adjustment).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await as('admin').post(`/cadres/${SECRETARY}/adjustments`, { ...adjustment, role: 'deputy' }).expect(409)).body.code).toBe('CADRE_NOT_IN_ROLE');
    expect((await as('admin').post(`/cadres/person-anji-tianhuangping-secretary/adjustments`, { ...adjustment, unitId: 'anji-tianhuangping' }).expect(409)).body.code).toBe(
      'NOT_A_VILLAGE_CADRE',
    );
    expect((await as('admin').post(`/cadres/${SECRETARY}/adjustments`, { ...adjustment, role: 'mayor' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await as('admin').post(`/cadres/${SECRETARY}/adjustments`, { ...adjustment, successor: { personId: SECRETARY, name: '潘' } }).expect(409)).body.code).toBe(
      'INVALID_CADRE_RECORD',
    );

    // 余村's secretary leads a 书记领办项目, which passes to the successor with the role.
    const plan = { unitId: YUCUN, year: 2026, title: '余村绿色共富项目', goal: '村集体经营性收入年增 20%', milestones: [{ title: '项目选址', dueOn: '2026-06-30' }] };
    const projectId = (await as('official.anji').post('/projects', plan).expect(201)).body.id as string;

    clock.set('2026-04-01T02:00:00.000Z');
    const adjusted = await as('official.anji').post(`/cadres/${SECRETARY}/adjustments`, adjustment).expect(201);
    expect((await as('official.anji').get(`/projects/${projectId}`).expect(200)).body.leader).toMatchObject({ personId: successor.personId, name: '胡书记' });
    expect(adjusted.body.state.records.at(-1)).toMatchObject({ kind: 'adjustment', role: 'secretary', note: '履职不力，不胜任现职', successor, recordedAt: '2026-04-01T02:00:00.000Z' });

    const unit = await eventually(async () => {
      const found = (await as('admin').get(`/org-units/${YUCUN}`).expect(200)).body;
      expect(found.unit.responsible.secretary).toMatchObject({ personId: successor.personId, name: '胡书记', from: '2026-04-01T02:00:00.000Z' });
      return found;
    });
    expect(unit.chain[0].id).toBe('anji-tianhuangping');
    const history = (await as('official.anji').get(`/cadres/${SECRETARY}`).expect(200)).body;
    expect(history.terms).toMatchObject([{ unitId: YUCUN, role: 'secretary', until: '2026-04-01T02:00:00.000Z' }]);
    expect(history.records.map((record: { kind: string }) => record.kind)).toEqual(['warning', 'concern', 'adjustment']);
    expect((await as('official.anji').get(`/cadres/${successor.personId}`).expect(200)).body.terms).toMatchObject([{ unitId: YUCUN, role: 'secretary', until: null }]);
    // Out of the role now, the person cannot be adjusted out of it again.
    expect((await as('official.anji').post(`/cadres/${SECRETARY}/adjustments`, adjustment).expect(409)).body.code).toBe('CADRE_NOT_IN_ROLE');
  });

  it('the monitored cadres and the counts per county are read within scope', async () => {
    const listed = (await as('official.anji').get('/cadres').expect(200)).body;
    expect(listed.items).toMatchObject([{ personId: SECRETARY, concerns: 1, warnings: 1, adjustments: 1 }]);
    expect((await as('official.nanxun').get('/cadres').expect(200)).body).toEqual({ items: [], nextCursor: null });
    expect((await as('viewer').get('/cadres?kind=adjustment').expect(200)).body.items).toHaveLength(1);
    const counts = (await as('viewer').get('/cadres/counts').expect(200)).body;
    expect(counts).toEqual({ adjustments: 1, concerns: 1, warnings: 1, byCounty: [{ countyId: 'anji', name: '安吉县', adjustments: 1, concerns: 1, warnings: 1 }] });
    expect((await as('official.nanxun').get('/cadres/counts').expect(200)).body).toEqual({ adjustments: 0, concerns: 0, warnings: 0, byCounty: [] });
    expect((await as('admin').get('/cadres?kind=rumour').expect(400)).body.code).toBe('VALIDATION_FAILED');
  });
  it('the records rebuilt from the log come out as they were kept', async () => {
    const before = (await as('admin').get(`/cadres/${SECRETARY}`).expect(200)).body;
    await as('admin').post('/admin/projections/cadre-records/rebuild').expect(202);
    await eventually(async () => expect((await as('admin').get('/admin/projections/cadre-records').expect(200)).body.rebuild.phase).toBe('done'));
    expect((await as('admin').get(`/cadres/${SECRETARY}`).expect(200)).body).toEqual(before);
  });
});
