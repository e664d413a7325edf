import { roundStreamId } from '@app/supervision';
import { assignedTask } from '../../tasks/task-test-fixtures';
import { RoundUseCases, roundUseCases } from '../round-test-fixtures';
import { GetRoundQuery } from './get-round.query';

describe('reading one round, without HTTP', () => {
  let rounds: RoundUseCases;
  beforeAll(async () => {
    rounds = await roundUseCases();
  });
  afterAll(async () => rounds?.close());

  it('answers the round from its stream, with its version for the ETag and its progress from the task board, reading the stream once', async () => {
    const roundId = await rounds.activeRound();
    await assignedTask(rounds, roundId, 'anji', ['inspector.wuxing']);
    const streams = await rounds.streamsRead(async () => {
      const found = await rounds.queries.execute(new GetRoundQuery(roundId));
      expect(found).toMatchObject({ version: 2, view: { roundId, status: 'active', rubric: { version: 1 }, progress: { tasks: 1, assigned: 1 } } });
    });
    expect(streams).toEqual([roundStreamId(roundId)]);
  });

  it('refuses an id under which no round was planned: ROUND_NOT_FOUND naming it', async () => {
    await expect(rounds.queries.execute(new GetRoundQuery('no-such-round'))).rejects.toMatchObject({ code: 'ROUND_NOT_FOUND', details: { roundId: 'no-such-round' } });
  });
});
