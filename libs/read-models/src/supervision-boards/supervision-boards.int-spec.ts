import { RecordedEvent, EventToAppend, migrateEventStore, PostgresEventStore } from '@app/event-store';
import { ProjectionRuntime } from '@app/projections';
import {
  CaseEvent,
  CaseState,
  caseStreamId,
  caseStreams,
  evolveCase,
  evolveTask,
  initialCaseState,
  initialTaskState,
  orgUnitStreamId,
  TaskEvent,
  TaskState,
  taskStreamId,
  taskStreams,
} from '@app/supervision';
import { databaseTargets, TestDatabase } from '@app/testing';
import { loadChinaCalendar } from '@app/workflow';
import {
  at,
  caseEscalated,
  caseEvent,
  caseOpened,
  caseSplit,
  personAssigned,
  personReplaced,
  randomBoardHistory,
  seededRandom,
  taskAssigned,
  taskEvent,
  unitRegistered,
  warningRaised,
} from './board-history.spec-fixtures';
import { caseBoardProjection } from './case-board/case-board.projection';
import { caseBoardQuery, caseViewQuery, caseViewsOf } from './case-board/case-board.query';
import { chainQuery } from './case-board/chain.query';
import { boardProjections } from './index';
import { taskBoardQuery, taskView, taskViewQuery } from './task-board/task-board.query';
import { unitListsQuery } from './unit-lists/unit-lists.query';

const calendar = loadChinaCalendar();
const clockAt = (days: number) => ({ now: new Date(at(days)), calendar });

describe.each(databaseTargets())('supervision board read models on $name', (target) => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let runtime: ProjectionRuntime;
  let run = 0;
  const prefix = (): string => `p${Date.now().toString(36)}${(run += 1)}`;

  beforeAll(async () => {
    db = await target.create();
    await migrateEventStore(db.database);
    store = new PostgresEventStore(db.database.pool, { notifyOtherProcesses: false });
    runtime = await ProjectionRuntime.create({ store, pool: db.database.pool, projections: boardProjections() });
  });

  afterAll(async () => {
    await runtime?.close();
    await db?.dispose();
  });

  const rows = async (sql: string, params: unknown[] = []): Promise<Record<string, any>[]> => (await db.database.pool.query(sql, params)).rows; // eslint-disable-line @typescript-eslint/no-explicit-any

  /** A city, a county, a township under it and a village under that. */
  async function smallTree(p: string): Promise<{ city: string; county: string; township: string; village: string }> {
    const ids = { city: `${p}-city`, county: `${p}-county`, township: `${p}-town`, village: `${p}-village` };
    // The township comes before its county: its path is completed when the county arrives.
    await store.append(orgUnitStreamId(ids.city), [unitRegistered(ids.city, 'city', null, '湖州市')]);
    await store.append(orgUnitStreamId(ids.township), [unitRegistered(ids.township, 'township', ids.county, '天荒坪镇')]);
    await store.append(orgUnitStreamId(ids.village), [unitRegistered(ids.village, 'village', ids.township, '余村')]);
    await store.append(orgUnitStreamId(ids.county), [unitRegistered(ids.county, 'county', ids.city, '安吉县')]);
    return ids;
  }

  describe('org-responsibility', () => {
    it('keeps every unit with its path from the city, whatever order the units came in, and every term with its start and end', async () => {
      const p = prefix();
      const { city, county, township, village } = await smallTree(p);
      await store.append(orgUnitStreamId(county), [
        personAssigned(county, 'secretary', 'li', '李书记', at(-100)),
        personReplaced(county, 'secretary', { personId: 'wang', name: '王书记', from: at(5) }, { personId: 'li', name: '李书记', from: at(-100) }),
        personAssigned(county, 'liaison', 'zhao', '赵联络员', at(-50)),
        { type: 'OrgUnitRenamed', data: { unitId: county, name: '安吉县（新）', previousName: '安吉县', renamedBy: 'admin', renamedAt: at(6) } },
      ]);
      expect(await rows('SELECT unit_id, kind, name, parent_id, unit_path FROM org_unit_directory WHERE unit_id LIKE $1 ORDER BY unit_path', [`${p}-%`])).toEqual([
        { unit_id: city, kind: 'city', name: '湖州市', parent_id: null, unit_path: [city] },
        { unit_id: county, kind: 'county', name: '安吉县（新）', parent_id: city, unit_path: [city, county] },
        { unit_id: township, kind: 'township', name: '天荒坪镇', parent_id: county, unit_path: [city, county, township] },
        { unit_id: village, kind: 'village', name: '余村', parent_id: township, unit_path: [city, county, township, village] },
      ]);
      const terms = await rows('SELECT role, person_id, name, from_at, until_at FROM responsibility_terms WHERE unit_id = $1 ORDER BY role, from_at', [county]);
      expect(terms.map((t) => [t.role, t.person_id, t.name, t.from_at.toISOString(), t.until_at?.toISOString() ?? null])).toEqual([
        ['liaison', 'zhao', '赵联络员', at(-50), null],
        ['secretary', 'li', '李书记', at(-100), at(5)],
        ['secretary', 'wang', '王书记', at(5), null],
      ]);
    });
  });

  describe('task-board', () => {
    it('holds each task’s folded state with its target’s unit path, inspectors and status, also for a task met before its unit', async () => {
      const p = prefix();
      const { city, county, township } = await smallTree(p);
      const late = `${p}-late-village`;
      await store.append(taskStreamId(`${p}-t1`), [taskAssigned(`${p}-t1`, `${p}-r`, township, ['insp-a', 'insp-b']), taskEvent(`${p}-t1`, 'TaskOpened', 1)]);
      await store.append(taskStreamId(`${p}-t2`), [taskAssigned(`${p}-t2`, `${p}-r`, late, ['insp-c'])]);
      await store.append(orgUnitStreamId(late), [unitRegistered(late, 'village', township)]);
      const board = await rows('SELECT task_id, version, status, round_id, target_unit_id, unit_path, inspector_ids, due_on::text AS due_on FROM task_board WHERE task_id LIKE $1 ORDER BY task_id', [`${p}-%`]);
      expect(board).toEqual([
        { task_id: `${p}-t1`, version: '2', status: 'opened', round_id: `${p}-r`, target_unit_id: township, unit_path: [city, county, township], inspector_ids: ['insp-a', 'insp-b'], due_on: at(7).slice(0, 10) },
        { task_id: `${p}-t2`, version: '1', status: 'assigned', round_id: `${p}-r`, target_unit_id: late, unit_path: [city, county, township, late], inspector_ids: ['insp-c'], due_on: at(7).slice(0, 10) },
      ]);
      const page = await taskBoardQuery(runtime.dataSource, { within: [county], inspectorId: 'insp-c', limit: 10 }, calendar);
      expect(page.items.map((task) => [task.taskId, task.status, task.targetUnitId])).toEqual([[`${p}-t2`, 'assigned', late]]);
      expect((await taskBoardQuery(runtime.dataSource, { within: [late], status: 'opened', limit: 10 }, calendar)).items).toEqual([]);
    });
  });

  describe('task-board, one task', () => {
    it('serves a task as its page shows it from the board: the view the decider’s state gives, with the version the board holds', async () => {
      const p = prefix();
      const { township } = await smallTree(p);
      const taskId = `${p}-page`;
      await store.append(`task-${taskId}`, [
        taskAssigned(taskId, `${p}-r`, township, ['insp-a', 'insp-b']), taskEvent(taskId, 'TaskOpened', 1), taskEvent(taskId, 'TaskScoresRecorded', 2),
        taskEvent(taskId, 'TaskFindingRecorded', 3), taskEvent(taskId, 'TaskSubmitted', 4), taskEvent(taskId, 'TaskReopened', 5),
      ]);
      const decided = (await store.readStream(`task-${taskId}`)).reduce<TaskState>((state, event) => evolveTask(state, event as unknown as TaskEvent), initialTaskState());
      if (decided.status === 'unassigned') throw new Error('the task was not assigned');
      expect(await taskViewQuery(runtime.dataSource, taskId, calendar)).toEqual({ view: taskView(decided, calendar), version: 6 });
      expect(await taskViewQuery(runtime.dataSource, `${p}-nothing`, calendar)).toBeUndefined();
    });
  });

  describe('case-board', () => {
    it('serves a case as its page shows it from the board: the view the decider’s state gives, with the version the board holds', async () => {
      const p = prefix();
      const { city, county, township, village } = await smallTree(p);
      const parent = `${p}-page`;
      const child = `${parent}-child`;
      const childChain = [village, township, county, city];
      await store.append(`case-${parent}`, [
        caseOpened(parent, [township, county, city], { severity: 'high' }), caseEvent(parent, 'CaseAssigned', 1),
        caseSplit(parent, [{ caseId: child, unitId: village, unitChain: childChain, title: '子件' }], 2),
      ]);
      // The child shares its parent's description.
      const childOpened = caseOpened(child, childChain, { parentCaseId: parent });
      await store.append(`case-${child}`, [
        { ...childOpened, data: { ...(childOpened.data as Record<string, unknown>), description: null } }, caseEvent(child, 'CaseAssigned', 2),
        warningRaised(child, 'red', 12, village), caseEscalated(child, village, township, 1, 12),
      ]);
      for (const [caseId, version] of [[parent, 3], [child, 4]] as const) {
        const decided = (await store.readStream(`case-${caseId}`)).reduce<CaseState>((state, event) => evolveCase(state, event as unknown as CaseEvent), initialCaseState());
        if (decided.status === 'unopened') throw new Error('the case was not opened');
        const [fromDecider] = await caseViewsOf(runtime.dataSource, [decided], clockAt(14));
        expect(await caseViewQuery(runtime.dataSource, caseId, clockAt(14))).toEqual({ view: fromDecider, version });
      }
      const { view } = (await caseViewQuery(runtime.dataSource, child, clockAt(14)))!;
      expect(view).toMatchObject({ description: 'd', descriptionFromCaseId: parent, accountableUnitIds: [village, township], status: 'assigned' });
      expect(view.overdueWorkingDays).toBeGreaterThan(0);
      expect(await caseViewQuery(runtime.dataSource, `${p}-nothing`, clockAt(14))).toBeUndefined();
    });

    it('holds each case’s folded state, its warnings, accountable unit and deadline, and one step per event with the unit accountable after it', async () => {
      const p = prefix();
      const { city, county, township } = await smallTree(p);
      const caseId = `${p}-case`;
      await store.append(caseStreamId(caseId), [caseOpened(caseId, [township, county, city], { severity: 'high' }), caseEvent(caseId, 'CaseAssigned', 1)]);
      await store.append(caseStreamId(caseId), [warningRaised(caseId, 'yellow', 9, township), warningRaised(caseId, 'red', 12, township), caseEscalated(caseId, township, county, 1, 12)]);
      const [row] = await rows(
        `SELECT version, status, severity, severity_rank, responsible_unit_id, unit_path, accountable_unit_id, escalation_level, warnings,
                warning_level, due_on::text AS due_on, parent_case_id, document AS state FROM case_board WHERE case_id = $1`,
        [caseId],
      );
      expect(row).toMatchObject({
        version: '5', status: 'assigned', severity: 'high', severity_rank: 3, responsible_unit_id: township, unit_path: [township, county, city],
        accountable_unit_id: county, escalation_level: 1, warnings: ['yellow', 'red'], warning_level: 3, due_on: at(8).slice(0, 10), parent_case_id: null,
      });
      expect(row!.state).toMatchObject({ caseId, status: 'assigned', activeWarnings: ['yellow', 'red'], escalationLevel: 1 });
      const steps = await rows('SELECT version, type, at, escalation_level, accountable_unit_id FROM case_steps WHERE case_id = $1 ORDER BY version', [caseId]);
      expect(steps.map((s) => [Number(s.version), s.type, s.at.toISOString(), s.escalation_level, s.accountable_unit_id])).toEqual([
        [1, 'CaseOpened', at(0), 0, township],
        [2, 'CaseAssigned', at(1), 0, township],
        [3, 'WarningRaised', at(9), 0, township],
        [4, 'WarningRaised', at(12), 0, township],
        [5, 'CaseEscalated', at(12), 1, county],
      ]);
      const overdue = await caseBoardQuery(runtime.dataSource, { within: [county], overdue: true, limit: 10 }, clockAt(13));
      expect(overdue.items.map((item) => [item.caseId, item.overdueWorkingDays])).toEqual([[caseId, calendar.workingDaysBetween(at(8).slice(0, 10) as never, at(13).slice(0, 10) as never)]]);
      expect((await caseBoardQuery(runtime.dataSource, { within: [county], overdue: false, limit: 10 }, clockAt(13))).items).toEqual([]);
      expect((await caseBoardQuery(runtime.dataSource, { within: [county], overdue: false, limit: 10 }, clockAt(2))).items).toHaveLength(1);
    });

    it('folds a case’s events in version order whatever order they arrive in: early ones wait, and nothing waits once all have come', async () => {
      const p = prefix();
      const chain = [`${p}-town`, `${p}-county`, `${p}-city`];
      const script: EventToAppend[] = [
        caseOpened('x', chain), caseEvent('x', 'CaseAssigned', 1), caseEvent('x', 'CaseSigned', 2), warningRaised('x', 'blue', 5),
        caseEvent('x', 'CaseProgressReported', 6), caseEvent('x', 'WarningCleared', 7, { colour: 'blue', reason: 'extension-approved' }),
        caseEvent('x', 'ExtensionApproved', 7), caseEvent('x', 'CaseSubmitted', 9), caseEvent('x', 'CaseClosed', 10),
      ];
      const recorded = (caseId: string, order: number[]): RecordedEvent[] =>
        order.map((index) => ({
          streamId: caseStreamId(caseId), category: 'case', version: index + 1, type: script[index]!.type,
          data: { ...(script[index]!.data as Record<string, unknown>), caseId },
        }) as unknown as RecordedEvent);
      const projection = caseBoardProjection();
      const apply = (events: RecordedEvent[]) => runtime.dataSource.transaction((manager) => projection.apply(events, { manager, mode: 'rebuild' }));
      const inOrder = `${p}-in-order`;
      await apply(recorded(inOrder, [0, 1, 2, 3, 4, 5, 6, 7, 8]));
      const scrambled = `${p}-scrambled`;
      await apply(recorded(scrambled, [6, 2]));
      await apply(recorded(scrambled, [8, 0, 7]));
      expect(await rows('SELECT version FROM case_board_early_events WHERE stream_id = $1 ORDER BY version', [caseStreamId(scrambled)])).toEqual([
        { version: '3' }, { version: '7' }, { version: '8' }, { version: '9' },
      ]);
      expect(await rows('SELECT version FROM case_board WHERE case_id = $1', [scrambled])).toEqual([{ version: '1' }]);
      await apply(recorded(scrambled, [3, 1, 5, 4]));
      expect(await rows('SELECT count(*)::int AS n FROM case_board_early_events WHERE stream_id = $1', [`case-${scrambled}`])).toEqual([{ n: 0 }]);
      const both = await rows('SELECT case_id, version, status, warnings, due_on::text AS due_on, document AS state FROM case_board WHERE case_id = ANY ($1) ORDER BY case_id', [[inOrder, scrambled]]);
      const withoutId = ({ case_id: _id, state, ...row }: Record<string, any>) => ({ ...row, state: { ...state, caseId: undefined } }); // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(both).toHaveLength(2);
      expect(withoutId(both[1]!)).toEqual(withoutId(both[0]!));
      expect(both[0]).toMatchObject({ version: '9', status: 'closed', warnings: [] });
      const stepsOf = async (caseId: string) => rows('SELECT version, type, at, escalation_level FROM case_steps WHERE case_id = $1 ORDER BY version', [caseId]);
      expect(await stepsOf(scrambled)).toEqual(await stepsOf(inOrder));
      // These rows come from no logged event: out of the live tables, or no rebuild would equal them.
      await rows('DELETE FROM case_board WHERE case_id = ANY ($1)', [[inOrder, scrambled]]);
      await rows('DELETE FROM case_steps WHERE case_id = ANY ($1)', [[inOrder, scrambled]]);
    });
  });

  describe('the responsibility chain', () => {
    it('names at each step the people in office then: a secretary replaced between opening and escalation shows at the steps after it', async () => {
      const p = prefix();
      const { city, county, township } = await smallTree(p);
      await store.append(orgUnitStreamId(township), [personAssigned(township, 'secretary', 'town-sec', '镇书记', at(-200))]);
      await store.append(orgUnitStreamId(county), [personAssigned(county, 'secretary', 'li', '李书记', at(-100))]);
      const caseId = `${p}-chain`;
      await store.append(caseStreamId(caseId), [caseOpened(caseId, [township, county, city]), caseEvent(caseId, 'CaseAssigned', 1)]);
      await store.append(orgUnitStreamId(county), [
        personReplaced(county, 'secretary', { personId: 'wang', name: '王书记', from: at(5) }, { personId: 'li', name: '李书记', from: at(-100) }),
      ]);
      await store.append(caseStreamId(caseId), [warningRaised(caseId, 'red', 12, township), caseEscalated(caseId, township, county, 1, 12)]);
      const child = `${caseId}-child`;
      await store.append(caseStreamId(caseId), [caseSplit(caseId, [{ caseId: child, unitId: township, unitChain: [township, county, city], title: '子件' }], 13)]);

      const found = await chainQuery(runtime.dataSource, caseId, clockAt(14));
      expect(found?.version).toBe(5);
      const chain = found!.chain;
      expect(chain).toMatchObject({ caseId, responsibleUnitId: township, currentHolderUnitId: county, escalationLevel: 1, activeWarnings: ['red'] });
      expect(chain.overdueWorkingDays).toBeGreaterThan(0);
      expect(chain.levels.map((level) => [level.unitId, level.name, level.accountable, level.responsible.secretary?.personId ?? null])).toEqual([
        [township, '天荒坪镇', true, 'town-sec'],
        [county, '安吉县', true, 'wang'],
        [city, '湖州市', false, null],
      ]);
      const countySecretaryAt = (type: string) => chain.steps.find((step) => step.type === type)!.levels[1]!.responsible.secretary?.name;
      expect(countySecretaryAt('CaseOpened')).toBe('李书记');
      expect(countySecretaryAt('CaseAssigned')).toBe('李书记');
      expect(countySecretaryAt('CaseEscalated')).toBe('王书记');
      expect(chain.steps.find((step) => step.type === 'CaseOpened')!.levels[1]!.responsible.secretary).toEqual({ personId: 'li', name: '李书记', from: at(-100), until: at(5) });
      expect(chain.accountableUnitIds).toEqual([township, county]);
      expect(chain.steps.map((step) => [step.type, step.accountableUnitId, step.accountableUnitIds])).toEqual([
        ['CaseOpened', township, [township]],
        ['CaseAssigned', township, [township]],
        ['WarningRaised', township, [township]],
        ['CaseEscalated', county, [township, county]],
        ['CaseSplit', county, [township, county]],
      ]);
      expect(chain.children).toEqual([{ caseId: child, unitId: township, title: '子件', status: 'unopened', activeWarnings: [] }]);
      await store.append(caseStreamId(child), [caseOpened(child, [township, county, city], { parentCaseId: caseId }), caseEvent(child, 'CaseAssigned', 13), warningRaised(child, 'blue', 14)]);
      expect((await chainQuery(runtime.dataSource, caseId, clockAt(14)))!.chain.children).toEqual([
        { caseId: child, unitId: township, title: '子件', status: 'assigned', activeWarnings: ['blue'] },
      ]);
      expect(await chainQuery(runtime.dataSource, `${p}-nothing`, clockAt(14))).toBeUndefined();
    });
  });

  describe('三张清单', () => {
    it('lists a unit’s subtree with its people, open problems by severity and warning and tasks by status, rolled up the tree', async () => {
      const p = prefix();
      const { city, county, township, village } = await smallTree(p);
      await store.append(orgUnitStreamId(township), [personAssigned(township, 'secretary', 'town-sec', '镇书记', at(-200))]);
      await store.append(caseStreamId(`${p}-a`), [caseOpened(`${p}-a`, [village, township, county, city], { severity: 'high' }), caseEvent(`${p}-a`, 'CaseAssigned', 1), warningRaised(`${p}-a`, 'red', 12)]);
      await store.append(caseStreamId(`${p}-b`), [caseOpened(`${p}-b`, [township, county, city], { severity: 'low' })]);
      await store.append(caseStreamId(`${p}-c`), [
        caseOpened(`${p}-c`, [county, city], { severity: 'critical' }), caseEvent(`${p}-c`, 'CaseAssigned', 1), caseEvent(`${p}-c`, 'CaseSigned', 1),
        caseEvent(`${p}-c`, 'CaseProgressReported', 1), caseEvent(`${p}-c`, 'CaseSubmitted', 2), caseEvent(`${p}-c`, 'CaseClosed', 3),
      ]);
      await store.append(taskStreamId(`${p}-t`), [taskAssigned(`${p}-t`, 'r', village, ['insp-a']), taskEvent(`${p}-t`, 'TaskOpened', 1)]);
      await store.append(taskStreamId(`${p}-u`), [taskAssigned(`${p}-u`, 'r', county, ['insp-a'])]);

      const lists = (await unitListsQuery(runtime.dataSource, county, clockAt(14)))!;
      expect(lists.unit).toEqual({ unitId: county, name: '安吉县', kind: 'county' });
      expect(lists.responsibilities.map((entry) => [entry.unitId, entry.depth, entry.responsible.secretary?.name ?? null, entry.openCases, entry.activeTasks])).toEqual([
        [county, 0, null, 0, 1],
        [township, 1, '镇书记', 1, 0],
        [village, 2, null, 1, 1],
      ]);
      expect(lists.problems.totals).toEqual({ open: 2, bySeverity: { low: 1, medium: 0, high: 1, critical: 0 }, byWarning: { none: 1, blue: 0, yellow: 0, red: 1 } });
      expect(lists.problems.byUnit.map((unit) => [unit.unitId, unit.open])).toEqual([[county, 2], [township, 2], [village, 1]]);
      expect(lists.problems.items.map((item) => [item.caseId, item.activeWarnings])).toEqual([[`${p}-a`, ['red']], [`${p}-b`, []]]);
      // Each item as the case's own page shows it (the lists read only some fields of the document).
      for (const item of lists.problems.items) {
        const { view } = (await caseViewQuery(runtime.dataSource, item.caseId, clockAt(14)))!;
        expect(item).toEqual({
          caseId: view.caseId,
          title: view.title,
          severity: view.severity,
          status: view.status,
          responsibleUnitId: view.responsibleUnitId,
          accountableUnitId: view.accountableUnitIds.at(-1),
          accountableUnitIds: view.accountableUnitIds,
          escalationLevel: view.escalationLevel,
          activeWarnings: view.activeWarnings,
          dueOn: view.deadline?.dueOn ?? null,
          overdueWorkingDays: view.overdueWorkingDays,
          deadlineProvisional: view.deadlineProvisional,
        });
      }
      expect(lists.problems.items.filter((item) => item.dueOn !== null && item.overdueWorkingDays > 0)).not.toHaveLength(0);
      expect(lists.tasks.totals).toEqual({ total: 2, byStatus: { assigned: 1, opened: 1, submitted: 0, closed: 0 } });
      expect(lists.tasks.byUnit.map((unit) => [unit.unitId, unit.total])).toEqual([[county, 2], [township, 1], [village, 1]]);

      const village_ = (await unitListsQuery(runtime.dataSource, village, clockAt(14)))!;
      expect(village_.responsibilities.map((entry) => entry.unitId)).toEqual([village]);
      expect(village_.problems.totals.open).toBe(1);
      expect(await unitListsQuery(runtime.dataSource, `${p}-nowhere`, clockAt(14))).toBeUndefined();
    });
  });

  describe('after a long random history', () => {
    it('every read model rebuilds equal to its live tables, nothing is left waiting, and each row equals its stream folded', async () => {
      const p = prefix();
      const server = db.database.mode === 'server';
      const history = randomBoardHistory(p, 17, server ? { tasks: 400, cases: 450 } : { tasks: 150, cases: 180 });
      const random = seededRandom(99);
      const pending = new Map([...history.streams].map(([streamId, events]) => [streamId, [...events]]));
      const take = (): { streamId: string; events: EventToAppend[] } | undefined => {
        const open = [...pending.keys()];
        if (open.length === 0) return undefined;
        const streamId = open[Math.floor(random() * open.length)]!;
        const events = pending.get(streamId)!.splice(0, 1 + Math.floor(random() * 3));
        if (pending.get(streamId)!.length === 0) pending.delete(streamId);
        return { streamId, events };
      };
      // On the server some appends run in a transaction that took its id before other appends to
      // the same stream committed: a rebuild then meets that stream's events out of version order.
      let held: { client: import('pg').PoolClient; after: number } | undefined;
      let appended = 0;
      for (let next = take(); next !== undefined; next = take()) {
        if (held !== undefined && held.after-- <= 0) {
          await store.append(next.streamId, next.events, { client: held.client });
          await held.client.query('COMMIT');
          held.client.release();
          held = undefined;
        } else {
          await store.append(next.streamId, next.events);
          if (server && held === undefined && random() < 0.05) {
            const client = await db.database.pool.connect();
            await client.query('BEGIN');
            await store.joinLog(client);
            await client.query('SELECT pg_current_xact_id()');
            held = { client, after: 2 + Math.floor(random() * 6) };
          }
        }
        appended += next.events.length;
      }
      if (held !== undefined) {
        await held.client.query('COMMIT');
        held.client.release();
      }
      expect(appended).toBeGreaterThan(server ? 5000 : 2000);
      if (server) {
        const [{ inversions }] = (await rows(
          `SELECT count(*)::int AS inversions FROM es_events a JOIN es_events b ON a.stream_id = b.stream_id AND a.stream_version < b.stream_version
            WHERE a.stream_id LIKE ANY ($1::text[]) AND a.transaction_id > b.transaction_id`,
          [[caseStreamId(`${p}-%`), taskStreamId(`${p}-%`)]],
        )) as [{ inversions: number }];
        expect(inversions).toBeGreaterThan(0);
      }

      for (const name of ['org-responsibility', 'task-board', 'case-board']) {
        const comparison = await runtime.compareWithLive(name);
        expect({ name, comparison: comparison.filter((table) => !table.equal) }).toEqual({ name, comparison: [] });
        expect(comparison.every((table) => table.table.endsWith('early_events') || table.liveRows > 0)).toBe(true);
      }
      expect(await rows('SELECT (SELECT count(*) FROM case_board_early_events)::int AS cases, (SELECT count(*) FROM task_board_early_events)::int AS tasks')).toEqual([{ cases: 0, tasks: 0 }]);

      const caseStreamIds = [...history.streams.keys()].filter(caseStreams.includes);
      const caseRows = new Map((await rows('SELECT case_id, document AS state FROM case_board WHERE case_id LIKE $1', [`${p}-%`])).map((row) => [row.case_id, row.state]));
      for (const streamId of caseStreamIds) {
        const truth = (await store.readStream(streamId)).reduce<CaseState>((state, event) => evolveCase(state, event as unknown as CaseEvent), initialCaseState());
        expect(caseRows.get(caseStreams.entityIdOf(streamId))).toEqual(JSON.parse(JSON.stringify(truth)));
      }
      const taskRows = new Map((await rows('SELECT task_id, document AS state FROM task_board WHERE task_id LIKE $1', [`${p}-%`])).map((row) => [row.task_id, row.state]));
      for (const streamId of [...history.streams.keys()].filter(taskStreams.includes)) {
        const truth = (await store.readStream(streamId)).reduce<TaskState>((state, event) => evolveTask(state, event as unknown as TaskEvent), initialTaskState());
        expect(taskRows.get(taskStreams.entityIdOf(streamId))).toEqual(JSON.parse(JSON.stringify(truth)));
      }
      const paths = await rows('SELECT unit_id, unit_path FROM org_unit_directory WHERE unit_id LIKE $1', [`${p}-%`]);
      expect(new Map(paths.map((row) => [row.unit_id, row.unit_path]))).toEqual(new Map(history.units.map((chain) => [chain[0], [...chain].reverse()])));
    });
  });
});
