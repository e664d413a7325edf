import { metadataOf, RoundUseCases } from '../rounds/round-test-fixtures';
import { AssignTaskCommand } from './assign-task/assign-task.command';
import { TakeTaskStep } from './take-task-step/take-task-step.command';

export { demoActor, metadataOf, roundUseCases, RoundUseCases, walkSeeCompetePlan } from '../rounds/round-test-fixtures';

/** Assigns the round's task for `targetUnitId` to the inspectors named (admin); returns its id. */
export async function assignedTask(rounds: RoundUseCases, roundId: string, targetUnitId: string, inspectorIds: readonly string[]): Promise<string> {
  const { taskId } = await rounds.commands.execute(new AssignTaskCommand(roundId, { targetUnitId, inspectorIds, dueWorkingDays: 5 }, metadataOf('admin')));
  return taskId;
}

/** Assigns the task and has its first inspector open it; returns its id. */
export async function openedTask(rounds: RoundUseCases, roundId: string, targetUnitId: string, inspectorIds: readonly string[]): Promise<string> {
  const taskId = await assignedTask(rounds, roundId, targetUnitId, inspectorIds);
  await rounds.commands.execute(new TakeTaskStep(taskId, { type: 'OpenTask' }, metadataOf(inspectorIds[0]!)));
  return taskId;
}

/** The inspector's scores on the two items of the 走看赛 plan (组织建设 of 10, 乡村治理 of 20). */
export async function scored(rounds: RoundUseCases, taskId: string, inspectorId: string, orgBuilding: number, villageGovernance: number): Promise<void> {
  const scores = [
    { itemCode: 'org-building', score: orgBuilding },
    { itemCode: 'village-governance', score: villageGovernance },
  ];
  await rounds.commands.execute(new TakeTaskStep(taskId, { type: 'RecordScores', scores }, metadataOf(inspectorId)));
}
