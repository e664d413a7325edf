import request from 'supertest';
import { primaryTarget, TestDatabase } from '@app/testing';
import { createApiTestApp, testConfig } from './api-test-app';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What a new user finds in demo mode, and that starting again seeds nothing twice. */
describe('demo activity', () => {
  let db: TestDatabase;
  const config = testConfig({ DEMO: 'true', DEMO_ACTIVITY: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '100' });
  const events = async (): Promise<number> => Number((await db.database.pool.query('SELECT count(*) AS n FROM es_events')).rows[0].n);

  beforeAll(async () => {
    db = await primaryTarget().create();
  });
  afterAll(async () => db?.dispose());

  it('seeds published 走看赛 rounds, a split 大督查 case, a direct case, a published 述职评议, 书记领办项目, 后进村, 干部监测 and every village’s indicators, all through the workflows; a restart appends nothing', async () => {
    const app = await createApiTestApp(db.database, { config });
    try {
      const token = (await request(app.getHttpServer()).post('/auth/login').send({ username: 'admin', password: 'huzhou-demo' }).expect(200)).body.accessToken;
      const get = (path: string) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`).expect(200);

      const rounds = (await get('/rounds')).body.items.map((round: Body) => [round.roundId, round.kind, round.status]);
      expect(rounds).toEqual(
        expect.arrayContaining([
          ['demo-2026-q3-walk-see-compete', 'walk-see-compete', 'published'],
          ['demo-2026-q4-walk-see-compete', 'walk-see-compete', 'published'],
          ['demo-2026-q4-major-inspection', 'major-inspection', 'active'],
          ['demo-2025-duty-review', 'duty-review', 'published'],
        ]),
      );
      const dutyReview = (await get('/rounds/demo-2025-duty-review/duty-review-results')).body;
      expect(dutyReview.units.map((unit: Body) => [unit.unitId, unit.grade])).toEqual([
        ['wuxing', 'good'],
        ['nanxun', 'poor'],
        ['deqing', 'good'],
        ['changxing', 'average'],
        ['anji', 'fairly-good'],
      ]);
      expect(dutyReview.followUp.map((listed: Body) => [listed.unitId, listed.reason])).toEqual([
        ['nanxun', 'grade-poor'],
        ['changxing', 'poor-share'],
      ]);
      expect((await get('/rounds/demo-2026-q3-walk-see-compete')).body.progress).toEqual({ tasks: 5, assigned: 0, opened: 0, submitted: 0, closed: 5 });
      expect((await get('/rounds/demo-2026-q4-major-inspection')).body.progress).toEqual({ tasks: 1, assigned: 0, opened: 1, submitted: 0, closed: 0 });
      const tasks = (await get('/tasks?round=demo-2026-q3-walk-see-compete')).body.items;
      expect(tasks.map((task: Body) => [task.targetUnitId, task.status]).sort()).toEqual([
        ['anji', 'closed'],
        ['changxing', 'closed'],
        ['deqing', 'closed'],
        ['nanxun', 'closed'],
        ['wuxing', 'closed'],
      ]);
      const anjiTask = tasks.find((task: Body) => task.targetUnitId === 'anji');
      expect(anjiTask.inspectors.map((inspector: Body) => inspector.inspectorId)).toEqual(['inspector.wuxing']);

      const cases = (await get('/cases')).body.items.map((item: Body) => [item.responsibleUnitId, item.status]);
      expect(cases.sort()).toEqual([
        ['anji', 'in-progress'],
        ['anji-tianhuangping', 'assigned'],
        ['anji-xilong', 'assigned'],
        ['nanxun-hefu-digang', 'assigned'],
      ]);

      const projects = (await get('/projects')).body.items as Body[];
      expect(projects.map((project) => [project.unitId, project.year, project.status]).sort()).toEqual([
        ['anji', 2026, 'active'],
        ['anji-tianhuangping-yucun', 2026, 'active'],
        ['nanxun-hefu-digang', 2025, 'evaluated'],
      ]);
      const yucun = projects.find((project) => project.unitId === 'anji-tianhuangping-yucun')!;
      expect(yucun.milestones.filter((milestone: Body) => milestone.completedAt !== null)).toHaveLength(2);
      const listings = (await get('/backward-villages')).body.items as Body[];
      expect(listings.map((listing) => [listing.unitId, listing.status]).sort()).toEqual([
        ['changxing-shuikou-guzhu', 'listed'],
        ['deqing-moganshan-xiantan', 'delisted'],
        ['nanxun-hefu-digang', 'rectifying'],
      ]);
      const cadres = (await get('/cadres/counts')).body as Body;
      expect(cadres).toMatchObject({ adjustments: 1, concerns: 1, warnings: 1 });
      const guzhu = (await get('/org-units/changxing-shuikou-guzhu')).body as Body;
      expect(guzhu.unit.responsible.secretary).toMatchObject({ personId: 'person-changxing-shuikou-guzhu-secretary-2', name: '沈书记' });
      const summary = (await get('/indicators/summary?period=2026')).body as Body;
      expect(summary).toMatchObject({ period: '2026', periods: ['2025', '2026'] });
      expect(summary.total.reported).toBe(summary.total.villages);
      expect(summary.total.villages).toBeGreaterThan(0);
    } finally {
      await app.close();
    }

    const seeded = await events();
    const again = await createApiTestApp(db.database, { config });
    await again.close();
    expect(await events()).toBe(seeded);
  });
});
