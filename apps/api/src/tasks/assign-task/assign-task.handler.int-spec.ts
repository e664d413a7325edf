import { UserDirectory } from '@app/auth';
import { roundStreamId, taskStreamId } from '@app/supervision';
import { metadataOf, RoundUseCases, roundUseCases, walkSeeCompetePlan } from '../task-test-fixtures';
import { AssignTaskCommand, TaskAssignment } from './assign-task.command';

describe('assigning a task, without HTTP', () => {
  let rounds: RoundUseCases;
  let roundId: string;
  beforeAll(async () => {
    rounds = await roundUseCases();
    roundId = await rounds.activeRound(walkSeeCompetePlan({ scopeCountyIds: ['wuxing', 'anji', 'deqing'] }));
  });
  afterAll(async () => rounds?.close());

  const assign = (round: string, assignment: TaskAssignment, metadata = metadataOf('admin')) => rounds.commands.execute(new AssignTaskCommand(round, assignment, metadata));

  it('assigns the round × unit task under an id derived from both, with the round’s rubric and the inspectors’ home counties; a second assignment of the unit is UNIT_ALREADY_HAS_TASK naming it', async () => {
    const assigned = await assign(roundId, { targetUnitId: 'anji-tianhuangping', inspectorIds: ['inspector.wuxing'], dueWorkingDays: 5 });
    expect(assigned.result.state).toMatchObject({
      status: 'assigned',
      taskId: assigned.taskId,
      roundId,
      targetUnitId: 'anji-tianhuangping',
      targetCountyId: 'anji',
      inspectors: [{ inspectorId: 'inspector.wuxing', homeCountyId: 'wuxing' }],
      rubric: { version: 1, items: [{ code: 'org-building' }, { code: 'village-governance' }] },
    });
    expect(assigned.result.events.map((event) => [event.type, event.metadata['orgUnitId']])).toEqual([['TaskAssigned', 'anji-tianhuangping']]);
    const before = await rounds.eventCount();
    await expect(assign(roundId, { targetUnitId: 'anji-tianhuangping', inspectorIds: ['inspector.anji'], dueWorkingDays: 3 })).rejects.toMatchObject({
      code: 'UNIT_ALREADY_HAS_TASK',
      details: { taskId: assigned.taskId },
    });
    expect(await rounds.eventCount()).toBe(before);
  });

  it('enforces recusal with the home county the user directory gives: an inspector of 安吉县 is never assigned a township of it (INSPECTOR_RECUSED)', async () => {
    await expect(assign(roundId, { targetUnitId: 'anji-xilong', inspectorIds: ['inspector.wuxing', 'inspector.anji'], dueWorkingDays: 5 })).rejects.toMatchObject({
      code: 'INSPECTOR_RECUSED',
      details: { inspectorId: 'inspector.anji', countyId: 'anji' },
    });
  });

  it('refuses what it cannot look up — the round, the unit, an inspector, an account that is no inspector — and a target outside the round’s scope, appending nothing', async () => {
    expect(await rounds.module.get(UserDirectory).findById('official.nanxun')).toMatchObject({ roles: ['official'] }); // an account, but no inspector
    const before = await rounds.eventCount();
    const anji = { targetUnitId: 'anji', inspectorIds: ['inspector.wuxing'], dueWorkingDays: 5 };
    await expect(assign('no-such-round', anji)).rejects.toMatchObject({ code: 'ROUND_NOT_FOUND', details: { roundId: 'no-such-round' } });
    await expect(assign(roundId, { ...anji, targetUnitId: 'atlantis' })).rejects.toMatchObject({ code: 'ORG_UNIT_NOT_FOUND' });
    await expect(assign(roundId, { ...anji, inspectorIds: ['inspector.nobody'] })).rejects.toMatchObject({ code: 'INSPECTOR_NOT_FOUND', details: { inspectorId: 'inspector.nobody' } });
    await expect(assign(roundId, { ...anji, inspectorIds: ['official.nanxun'] })).rejects.toMatchObject({ code: 'INSPECTOR_NOT_FOUND' });
    await expect(assign(roundId, { ...anji, targetUnitId: 'nanxun' })).rejects.toMatchObject({ code: 'TARGET_OUTSIDE_ROUND_SCOPE' });
    expect(await rounds.eventCount()).toBe(before);
  });

  it('reads the round’s stream once and the task’s once (what it appended comes back from the append); a retry with the same command id appends nothing', async () => {
    const metadata = metadataOf('admin');
    let taskId = '';
    const streams = await rounds.streamsRead(async () => {
      taskId = (await assign(roundId, { targetUnitId: 'deqing', inspectorIds: ['inspector.anji'], dueWorkingDays: 5 }, metadata)).taskId;
    });
    expect(streams).toEqual([roundStreamId(roundId), taskStreamId(taskId)]);
    const before = await rounds.eventCount();
    expect(await assign(roundId, { targetUnitId: 'deqing', inspectorIds: ['inspector.anji'], dueWorkingDays: 5 }, metadata)).toMatchObject({ taskId, result: { duplicate: true } });
    expect(await rounds.eventCount()).toBe(before);
  });
});
