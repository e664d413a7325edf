import { assignedTask, demoActor, openedTask, RoundUseCases, roundUseCases, walkSeeCompetePlan } from '../task-test-fixtures';
import { ListTasksQuery, TaskBoardFilters } from './list-tasks.query';

describe('the task board, without HTTP', () => {
  let rounds: RoundUseCases;
  let roundId: string;
  let otherRoundId: string;
  beforeAll(async () => {
    rounds = await roundUseCases();
    roundId = await rounds.activeRound(walkSeeCompetePlan({ scopeCountyIds: ['anji', 'nanxun', 'wuxing'] }));
    otherRoundId = await rounds.activeRound();
    await openedTask(rounds, roundId, 'anji-xilong', ['inspector.wuxing']);
    await assignedTask(rounds, roundId, 'nanxun', ['inspector.anji']);
    await assignedTask(rounds, roundId, 'wuxing', ['inspector.anji']);
    await assignedTask(rounds, otherRoundId, 'anji', ['inspector.wuxing']);
  });
  afterAll(async () => rounds?.close());

  const targets = async (username: string, filters: Omit<TaskBoardFilters, 'limit'> = {}) =>
    (await rounds.queries.execute(new ListTasksQuery(demoActor(username), { ...filters, limit: 50 }))).items.map((task) => task.targetUnitId).sort();

  it('shows an official the tasks of their own subtree only, and everyone else every task', async () => {
    expect(await targets('official.anji')).toEqual(['anji', 'anji-xilong']);
    expect(await targets('official.nanxun')).toEqual(['nanxun']);
    expect(await targets('official.nanxun', { unit: 'anji' })).toEqual([]);
    expect(await targets('viewer')).toEqual(['anji', 'anji-xilong', 'nanxun', 'wuxing']);
  });

  it('filters by round, status, unit subtree and inspector, and pages with the cursor it hands out', async () => {
    expect(await targets('admin', { round: roundId })).toEqual(['anji-xilong', 'nanxun', 'wuxing']);
    expect(await targets('admin', { status: 'opened' })).toEqual(['anji-xilong']);
    expect(await targets('admin', { unit: 'anji' })).toEqual(['anji', 'anji-xilong']);
    expect(await targets('admin', { inspector: 'inspector.anji' })).toEqual(['nanxun', 'wuxing']);
    const first = await rounds.queries.execute(new ListTasksQuery(demoActor('admin'), { limit: 3 }));
    const rest = await rounds.queries.execute(new ListTasksQuery(demoActor('admin'), { cursor: first.nextCursor!, limit: 3 }));
    expect([...first.items, ...rest.items]).toHaveLength(4);
    expect(rest.nextCursor).toBeNull();
  });

  it('names every row’s inspectors (looked up once for the page), so a board needs no call per row', async () => {
    const page = await rounds.queries.execute(new ListTasksQuery(demoActor('admin'), { round: roundId, limit: 50 }));
    expect(Object.fromEntries(page.items.map((task) => [task.targetUnitId, task.people]))).toEqual({
      'anji-xilong': { 'inspector.wuxing': '督查员（吴兴区）' },
      nanxun: { 'inspector.anji': '督查员（安吉县）' },
      wuxing: { 'inspector.anji': '督查员（安吉县）' },
    });
  });
});
