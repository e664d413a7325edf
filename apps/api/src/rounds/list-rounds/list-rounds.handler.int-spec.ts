import { assignedTask, openedTask } from '../../tasks/task-test-fixtures';
import { RoundUseCases, roundUseCases } from '../round-test-fixtures';
import { ListRoundsQuery } from './list-rounds.query';

describe('listing rounds with their progress, without HTTP', () => {
  let rounds: RoundUseCases;
  let roundIds: string[];
  beforeAll(async () => {
    rounds = await roundUseCases();
    roundIds = [await rounds.activeRound(), await rounds.plan(), await rounds.plan()];
    await assignedTask(rounds, roundIds[0]!, 'anji', ['inspector.wuxing']);
    await openedTask(rounds, roundIds[0]!, 'wuxing', ['inspector.anji']);
  });
  afterAll(async () => rounds?.close());

  it('pages through every round in stream order, each with its state and its tasks by status from the task board', async () => {
    const first = await rounds.queries.execute(new ListRoundsQuery({ limit: 2 }));
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await rounds.queries.execute(new ListRoundsQuery({ cursor: first.nextCursor!, limit: 2 }));
    expect(second).toMatchObject({ nextCursor: null });
    const listed = [...first.items, ...second.items];
    expect(listed.map((round) => round.roundId).sort()).toEqual([...roundIds].sort());
    const active = listed.find((round) => round.roundId === roundIds[0]);
    expect(active).toMatchObject({ status: 'active', kind: 'walk-see-compete', progress: { tasks: 2, assigned: 1, opened: 1, submitted: 0, closed: 0 } });
    expect(listed.find((round) => round.roundId === roundIds[1])).toMatchObject({ status: 'planned', progress: { tasks: 0 } });
  });

  it('refuses a cursor it did not hand out (INVALID_CURSOR)', async () => {
    await expect(rounds.queries.execute(new ListRoundsQuery({ cursor: 'round-made-up', limit: 2 }))).rejects.toMatchObject({ code: 'INVALID_CURSOR' });
  });
});
