import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PostgresEventStore } from '@app/event-store';
import { ProjectionRuntime } from '@app/projections';
import { supervisionProjections } from '@app/read-models';
import { databaseTargets, TestDatabase } from '@app/testing';
import { migrateAll } from '../../apps/api/src/schema-migrations';

type Row = Record<string, unknown>;

/**
 * Upgrading a database that the code before the one migration runner migrated and filled (see the
 * fixture's header): nothing applied then runs again, the read models whose tables kept their
 * shape keep their rows, and the case and task boards, which now keep documents of their own, are
 * recreated and rebuilt from the log.
 */
describe.each(databaseTargets())('a database migrated before the one runner, upgraded on $name', (target) => {
  let db: TestDatabase;
  let applied: Record<string, number[]>;
  const before: Record<string, Row[]> = {};

  const rows = async (sql: string): Promise<Row[]> => (await db.database.pool.query(sql)).rows;
  const KEPT = {
    orgUnits: 'SELECT * FROM org_unit_directory ORDER BY unit_id',
    terms: 'SELECT * FROM responsibility_terms ORDER BY unit_id, role, from_at',
    rankingCases: 'SELECT * FROM ranking_cases ORDER BY case_id',
    rankingRedCards: 'SELECT * FROM ranking_red_cards ORDER BY case_id, event_version',
    rankingUnits: 'SELECT * FROM ranking_org_units ORDER BY unit_id',
    checkpoints: `SELECT projection, transaction_id::text, position, built FROM projection_checkpoints WHERE projection IN ('org-responsibility', 'county-ranking') ORDER BY 1`,
    caseSteps: 'SELECT * FROM case_steps ORDER BY case_id, version',
  };

  beforeAll(async () => {
    db = await target.create();
    const client = await db.database.pool.connect();
    try {
      await client.query(readFileSync(join(__dirname, 'fixtures', 'database-migrated-by-main.sql'), 'utf8'));
      await client.query('RESET ALL'); // the dump's session settings (an empty search_path among them)
    } finally {
      client.release();
    }
    for (const [name, sql] of Object.entries(KEPT)) before[name] = await rows(sql);
    before.cases = await rows('SELECT * FROM case_board ORDER BY case_id');
    before.tasks = await rows('SELECT * FROM task_board ORDER BY task_id');
    applied = await migrateAll(db.database);
  });

  afterAll(async () => {
    await db?.dispose();
  });

  it('holds what the earlier code made: the boards with the deciders’ state, the read models’ TypeORM ledger', async () => {
    expect(before.cases!.map((row) => [row.case_id, (row.state as Row).status])).toEqual([
      ['legacy-case-1', 'assigned'],
      ['legacy-case-2', 'assigned'],
      ['legacy-case-3', 'closed'],
    ]);
    expect(before.tasks!.map((row) => [row.task_id, (row.state as Row).status])).toEqual([
      ['legacy-task-1', 'opened'],
      ['legacy-task-2', 'opened'],
    ]);
    expect((await rows('SELECT projection, count(*)::int AS n FROM projection_migrations GROUP BY 1 ORDER BY 1')).map((row) => [row.projection, row.n])).toEqual([
      ['case-board', 1],
      ['county-ranking', 3],
      ['org-responsibility', 1],
      ['task-board', 1],
    ]);
  });

  it('runs of the store’s migrations only the new category index (6) and the horizon that also reads the sessions (7); of auth only the account columns (3), of the read models only those of the boards whose tables changed, and the new ones', async () => {
    expect(applied).toEqual({ 'event-store': [6, 7], auth: [3], workflow: [], audit: [], idempotency: [], notifications: [1], sealing: [1, 2, 3, 4], evidence: [1], 'read-models': [1, 2, 3, 4, 5, 6, 7] });
    const ledger = await rows(`SELECT component, version, name FROM schema_migrations WHERE component LIKE 'read-model:%' ORDER BY component, version`);
    expect(ledger).toEqual([
      { component: 'read-model:backward-villages', version: 1, name: 'the backward-village listings' },
      { component: 'read-model:cadre-records', version: 1, name: 'the cadres’ monitoring records and adjustments' },
      { component: 'read-model:case-board', version: 1, name: 'case board documents folded by the board itself' },
      { component: 'read-model:county-ranking', version: 1, name: 'the county ranking’s facts and publications' },
      { component: 'read-model:duty-reviews', version: 1, name: 'duty reports, ratings and published results (述职评议考核)' },
      { component: 'read-model:org-responsibility', version: 1, name: 'the org directory and the responsibility terms' },
      { component: 'read-model:project-board', version: 1, name: 'the 书记领办项目 board' },
      { component: 'read-model:task-board', version: 1, name: 'task board documents folded by the board itself' },
      { component: 'read-model:village-indicators', version: 1, name: 'village indicator reports, every revision' },
    ]);
  });

  it('leaves the read models whose tables kept their shape as they were: their rows and checkpoints', async () => {
    for (const [name, sql] of Object.entries(KEPT)) expect({ name, rows: await rows(sql) }).toEqual({ name, rows: before[name] });
    expect(before.rankingCases).toHaveLength(3);
  });

  it('rebuilds the case and task boards from the log in their new shape: each document holds what the old row’s state held', async () => {
    const cases = await rows('SELECT * FROM case_board ORDER BY case_id');
    expect(cases.map(({ document, ...columns }) => ({ ...columns, state: document }))).toEqual(before.cases);
    const tasks = await rows('SELECT * FROM task_board ORDER BY task_id');
    // Findings on the board now also say what was found (title, description); everything the old row held is there.
    expect(tasks.map(({ document, ...columns }) => ({ ...columns, state: document }))).toMatchObject(before.tasks);
    expect(await rows(`SELECT projection, built FROM projection_checkpoints WHERE projection IN ('case-board', 'task-board') ORDER BY 1`)).toEqual([
      { projection: 'case-board', built: true },
      { projection: 'task-board', built: true },
    ]);
  });

  it('every read model then equals a rebuild from zero, and migrating again applies nothing', async () => {
    const runtime = await ProjectionRuntime.create({ store: new PostgresEventStore(db.database.pool, { notifyOtherProcesses: false }), pool: db.database.pool, projections: supervisionProjections() });
    try {
      for (const name of runtime.projectionNames) {
        const differing = (await runtime.compareWithLive(name)).filter((table) => !table.equal);
        expect({ name, differing }).toEqual({ name, differing: [] });
      }
    } finally {
      await runtime.close();
    }
    expect(await migrateAll(db.database)).toEqual({ 'event-store': [], auth: [], workflow: [], audit: [], idempotency: [], notifications: [], sealing: [], evidence: [], 'read-models': [] });
  });
});
