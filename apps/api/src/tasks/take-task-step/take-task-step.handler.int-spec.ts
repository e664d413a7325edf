import { roundStreamId, taskStreamId } from '@app/supervision';
import { CommandMetadata } from '@app/workflow-runtime';
import { TakeRoundStep } from '../../rounds/take-round-step/take-round-step.command';
import { assignedTask, metadataOf, openedTask, RoundUseCases, roundUseCases, scored } from '../task-test-fixtures';
import { TakeTaskStep, TaskStep } from './take-task-step.command';

describe('taking a step of a task, without HTTP', () => {
  let rounds: RoundUseCases;
  beforeAll(async () => {
    rounds = await roundUseCases();
  });
  afterAll(async () => rounds?.close());

  const step = (taskId: string, taken: TaskStep, metadata: CommandMetadata) => rounds.commands.execute(new TakeTaskStep(taskId, taken, metadata));
  const scores = [
    { itemCode: 'org-building', score: 9 },
    { itemCode: 'village-governance', score: 18 },
  ];

  it('open, scores, submit, close and reopen each append their event, naming the acting user and the task’s target unit', async () => {
    const taskId = await assignedTask(rounds, await rounds.activeRound(), 'anji-xilong', ['inspector.wuxing']);
    const taken: Array<[TaskStep, string]> = [
      [{ type: 'OpenTask' }, 'inspector.wuxing'],
      [{ type: 'RecordScores', scores }, 'inspector.wuxing'],
      [{ type: 'SubmitTask' }, 'inspector.wuxing'],
      [{ type: 'CloseTask' }, 'admin'],
      [{ type: 'ReopenTask', reason: '评分有误，需复核' }, 'admin'],
    ];
    const events: unknown[][] = [];
    for (const [taking, username] of taken) {
      const { result } = await step(taskId, taking, metadataOf(username));
      events.push(...result.events.map((event) => [event.type, event.metadata['actorId'], event.metadata['orgUnitId']]));
    }
    expect(events).toEqual([
      ['TaskOpened', 'inspector.wuxing', 'anji-xilong'],
      ['TaskScoresRecorded', 'inspector.wuxing', 'anji-xilong'],
      ['TaskSubmitted', 'inspector.wuxing', 'anji-xilong'],
      ['TaskClosed', 'admin', 'anji-xilong'],
      ['TaskReopened', 'admin', 'anji-xilong'],
    ]);
    expect((await rounds.engine.load('task', taskStreamId(taskId))).state).toMatchObject({ status: 'opened', reopenCount: 1 });
  });

  it('loads the task once: a step under the round’s rules reads the round’s stream and the task’s, once each, and not what it appended (the append hands it back); submitting reads no round', async () => {
    const roundId = await rounds.activeRound();
    const taskId = await openedTask(rounds, roundId, 'anji', ['inspector.wuxing']);
    const task = taskStreamId(taskId);
    expect(await rounds.streamsRead(() => step(taskId, { type: 'RecordScores', scores }, metadataOf('inspector.wuxing')))).toEqual([roundStreamId(roundId), task]);
    expect(await rounds.streamsRead(() => step(taskId, { type: 'SubmitTask' }, metadataOf('inspector.wuxing')))).toEqual([task]);
  });

  it('carries the round’s status to the decider: once scoring closed, opening, scoring and reopening are ROUND_NOT_ACTIVE, submitting and closing go through', async () => {
    const roundId = await rounds.activeRound();
    const inspected = await openedTask(rounds, roundId, 'anji', ['inspector.wuxing']);
    await scored(rounds, inspected, 'inspector.wuxing', 9, 18);
    const waiting = await assignedTask(rounds, roundId, 'wuxing', ['inspector.anji']);
    await rounds.commands.execute(new TakeRoundStep(roundId, { type: 'CloseScoring' }, metadataOf('admin')));
    const before = await rounds.eventCount();
    await expect(step(inspected, { type: 'RecordScores', scores }, metadataOf('inspector.wuxing'))).rejects.toMatchObject({ code: 'ROUND_NOT_ACTIVE', details: { roundId } });
    await expect(step(waiting, { type: 'OpenTask' }, metadataOf('inspector.anji'))).rejects.toMatchObject({ code: 'ROUND_NOT_ACTIVE' });
    expect(await rounds.eventCount()).toBe(before);
    await step(inspected, { type: 'SubmitTask' }, metadataOf('inspector.wuxing'));
    await step(inspected, { type: 'CloseTask' }, metadataOf('admin'));
    await expect(step(inspected, { type: 'ReopenTask', reason: '补充材料' }, metadataOf('admin'))).rejects.toMatchObject({ code: 'ROUND_NOT_ACTIVE' });
  });

  it('answers a retry from the log even after the round closed scoring: its first answer, not a refusal, nothing appended', async () => {
    const roundId = await rounds.activeRound();
    const taskId = await openedTask(rounds, roundId, 'anji', ['inspector.wuxing']);
    const metadata = metadataOf('inspector.wuxing');
    const first = await step(taskId, { type: 'RecordScores', scores }, metadata);
    await rounds.commands.execute(new TakeRoundStep(roundId, { type: 'CloseScoring' }, metadataOf('admin')));
    const before = await rounds.eventCount();
    expect((await step(taskId, { type: 'RecordScores', scores }, metadata)).result).toMatchObject({ duplicate: true, events: first.result.events });
    expect(await rounds.eventCount()).toBe(before);
  });

  it('refuses an unknown task (TASK_NOT_FOUND naming it; under the round’s rules before any stream is read) and an inspector it is not assigned to, appending nothing', async () => {
    const taskId = await openedTask(rounds, await rounds.activeRound(), 'anji', ['inspector.wuxing']);
    const before = await rounds.eventCount();
    const unknown = { code: 'TASK_NOT_FOUND', details: { taskId: 'no-such-task' } };
    expect(await rounds.streamsRead(() => expect(step('no-such-task', { type: 'OpenTask' }, metadataOf('admin'))).rejects.toMatchObject(unknown))).toEqual([]);
    await expect(step('no-such-task', { type: 'CloseTask' }, metadataOf('admin'))).rejects.toMatchObject(unknown);
    await expect(step(taskId, { type: 'RecordScores', scores }, metadataOf('inspector.anji'))).rejects.toMatchObject({ code: 'NOT_ASSIGNED_INSPECTOR' });
    expect(await rounds.eventCount()).toBe(before);
  });
});
