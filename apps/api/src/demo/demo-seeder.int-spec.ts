import { EVENT_STORE, PostgresEventStore } from '@app/event-store';
import { HUZHOU_CITY_ID, huzhouResponsiblePeople, huzhouUnits, orgUnitStreamId } from '@app/supervision';
import { databaseTargets, TestDatabase } from '@app/testing';
import type { TestingModule } from '@nestjs/testing';
import { OrgDirectory } from '../org-units/org-directory';
import { startUseCases, testConfig } from '../testing/app-test-module';

const CITY = testConfig({ DEMO: 'true', DEMO_SCALE: 'city', DEMO_ACTIVITY: 'false' });

describe.each(databaseTargets())('the demo seeder at city scale on $name', (target) => {
  let db: TestDatabase;
  let first: TestingModule;
  let store: PostgresEventStore;
  const units = huzhouUnits('city');
  const people = huzhouResponsiblePeople('city');

  beforeAll(async () => {
    db = await target.create();
    first = await startUseCases(db.database, { config: CITY });
    store = first.get<PostgresEventStore>(EVENT_STORE);
  }, 300_000);
  afterAll(async () => {
    await first?.close();
    await db?.dispose();
  });

  const count = async (sql: string, params: unknown[] = []): Promise<number> => Number((await db.database.pool.query(sql, params)).rows[0].n);

  it('registers every unit with its people, one stream per unit, through the org-unit decider', async () => {
    expect(await store.categoryEventCount('orgunit')).toBe(units.length + people.length);
    const yucun = await store.readStream(orgUnitStreamId('anji-tianhuangping-yucun'));
    expect(yucun.map((event) => [event.type, event.metadata.commandId, event.metadata.actorId])).toEqual([
      ['OrgUnitRegistered', 'demo-seed:anji-tianhuangping-yucun:0', 'system'],
      ['ResponsiblePersonAssigned', 'demo-seed:anji-tianhuangping-yucun:1', 'system'],
      ['ResponsiblePersonAssigned', 'demo-seed:anji-tianhuangping-yucun:2', 'system'],
    ]);
  });

  it('leaves the inline read models as event by event would: every path from the city to the unit, every term', async () => {
    expect(await count('SELECT count(*) AS n FROM org_unit_directory')).toBe(units.length);
    expect(await count(`SELECT count(*) AS n FROM org_unit_directory WHERE unit_path[1] <> $1 OR unit_path[cardinality(unit_path)] <> unit_id`, [HUZHOU_CITY_ID])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM org_unit_directory WHERE kind = 'grid' AND cardinality(unit_path) <> 5`)).toBe(0);
    expect(await count('SELECT count(*) AS n FROM responsibility_terms')).toBe(people.length);
    expect(await count('SELECT count(*) AS n FROM task_board_units WHERE cardinality(unit_path) > 1 OR unit_id = $1', [HUZHOU_CITY_ID])).toBe(units.length);
  });

  it('the org directory holds the whole tree, and the sealed log verifies', async () => {
    const tree = (await first.get(OrgDirectory).fresh()).orgTree();
    expect(tree.units).toHaveLength(units.length);
    expect(tree.chain('anji-tianhuangping-yucun-grid-1').map((unit) => unit.id)).toEqual(['anji-tianhuangping-yucun-grid-1', 'anji-tianhuangping-yucun', 'anji-tianhuangping', 'anji', 'huzhou']);
    expect((await store.verify()).ok).toBe(true);
  });

  it('starting again appends nothing', async () => {
    const head = await store.headPosition();
    const again = await startUseCases(db.database, { config: CITY });
    await again.close();
    expect(await store.headPosition()).toBe(head);
  }, 120_000);
});
