import { taskStreamId } from '@app/supervision';
import { demoActor, openedTask, RoundUseCases, roundUseCases } from '../task-test-fixtures';
import { GetTaskQuery } from './get-task.query';

describe('reading one task, without HTTP', () => {
  let rounds: RoundUseCases;
  let taskId: string;
  beforeAll(async () => {
    rounds = await roundUseCases();
    taskId = await openedTask(rounds, await rounds.activeRound(), 'anji-xilong', ['inspector.wuxing']);
  });
  afterAll(async () => rounds?.close());

  it('answers the task from its stream with its version for the ETag and its inspectors’ names, to an official of a unit above its target, reading the stream once', async () => {
    const streams = await rounds.streamsRead(async () => {
      const found = await rounds.queries.execute(new GetTaskQuery(taskId, demoActor('official.anji')));
      expect(found).toMatchObject({ version: 2, view: { taskId, status: 'opened', targetUnitId: 'anji-xilong', deadlineProvisional: expect.any(Boolean) } });
      expect(found.view.people).toEqual({ 'inspector.wuxing': '督查员（吴兴区）' });
    });
    expect(streams).toEqual([taskStreamId(taskId)]);
  });

  it('refuses an official of another county (OUT_OF_SCOPE, naming nothing) and an unknown task (TASK_NOT_FOUND)', async () => {
    await expect(rounds.queries.execute(new GetTaskQuery(taskId, demoActor('official.nanxun')))).rejects.toMatchObject({ code: 'OUT_OF_SCOPE', details: {} });
    await expect(rounds.queries.execute(new GetTaskQuery('no-such-task', demoActor('admin')))).rejects.toMatchObject({ code: 'TASK_NOT_FOUND', details: { taskId: 'no-such-task' } });
  });
});
