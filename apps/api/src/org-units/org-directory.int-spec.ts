import { setTimeout as delay } from 'node:timers/promises';
import { EVENT_STORE, PostgresEventStore, Subscription } from '@app/event-store';
import { orgUnitStreamId } from '@app/supervision';
import { serverTarget } from '@app/testing';
import { CaseUseCases, caseUseCases, metadataOf } from '../cases/case-test-fixtures';
import { OrgDirectory } from './org-directory';
import { RegisterOrgUnitCommand } from './register-org-unit/register-org-unit.command';

/** Longer than the five seconds the directory used to wait before answering with what it held. */
const HOLD_MS = 6000;

describe('the org directory answers with every org event committed before it is asked', () => {
  let demo: CaseUseCases;
  let directory: OrgDirectory;
  let store: PostgresEventStore;
  beforeAll(async () => {
    demo = await caseUseCases();
    directory = demo.module.get(OrgDirectory);
    store = demo.module.get<PostgresEventStore>(EVENT_STORE);
  });
  afterAll(async () => demo?.close());

  const register = (unitId: string, name: string) =>
    demo.commands.execute(new RegisterOrgUnitCommand({ unitId, kind: 'village', name, parentId: 'huzhou-test-township' }, metadataOf('admin')));

  beforeAll(async () => {
    await demo.commands.execute(new RegisterOrgUnitCommand({ unitId: 'huzhou-test-township', kind: 'township', name: '测试镇', parentId: 'wuxing' }, metadataOf('admin')));
  });

  it('when it holds every org event already, it answers from memory without asking its subscription to catch up', async () => {
    await directory.fresh();
    const catchUps = jest.spyOn(Subscription.prototype, 'caughtUp');
    try {
      const fresh = await directory.fresh();
      expect(fresh.unit('huzhou-test-township')).toMatchObject({ name: '测试镇' });
      expect(catchUps).not.toHaveBeenCalled();
    } finally {
      catchUps.mockRestore();
    }
  });

  it('a unit registered through another store of the same database (another process) is in the tree as soon as the call returns', async () => {
    const other = new PostgresEventStore(demo.db.database.pool);
    await other.append(orgUnitStreamId('huzhou-test-other'), [
      { type: 'OrgUnitRegistered', data: { unitId: 'huzhou-test-other', kind: 'village', name: '他处村', parentId: 'huzhou-test-township', code: null, registeredBy: 'admin', registeredAt: new Date().toISOString() } },
    ]);
    expect((await directory.fresh()).orgTree().chain('huzhou-test-other').map((unit) => unit.id)).toEqual(['huzhou-test-other', 'huzhou-test-township', 'wuxing', 'huzhou']);
  });

  (serverTarget() === undefined ? it.skip : it)(
    'an org event committed behind a transaction still appending is folded in before fresh() resolves, however long that takes',
    async () => {
      const held = await demo.db.database.pool.connect();
      try {
        await held.query('BEGIN');
        // Joined to the log with a transaction id of its own, it holds the log's horizon: nothing
        // committed after it is delivered until it ends.
        await store.joinLog(held);
        await held.query('SELECT pg_current_xact_id()');
        await register('huzhou-test-late', '迟到村');
        let settled = false;
        const answered = directory.fresh().then((fresh) => {
          settled = true;
          return fresh.unit('huzhou-test-late');
        });
        await delay(HOLD_MS);
        expect(settled).toBe(false);
        await held.query('COMMIT');
        expect(await answered).toMatchObject({ name: '迟到村', parentId: 'huzhou-test-township' });
      } finally {
        await held.query('ROLLBACK').catch(() => undefined);
        held.release();
      }
    },
    HOLD_MS + 15_000,
  );
});
