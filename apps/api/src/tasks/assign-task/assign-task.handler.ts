import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UserDirectory } from '@app/auth';
import { ProjectionRuntime } from '@app/projections';
import { roundUnitTaskIdsQuery } from '@app/read-models';
import { assertCountyInRoundScope, OrgUnitNotFound, RoundCommand, RoundState, roundStreamId, TaskCommand, TaskState, taskStreamId } from '@app/supervision';
import { deterministicUuid, WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';
import { OrgDirectory } from '../../org-units/org-directory';
import { existingRound } from '../../rounds/round-commands';
import { TaskCommandOutcome } from '../task-commands';
import { AssignTaskCommand } from './assign-task.command';
import { InspectorNotFound } from './assign-task.errors';

/**
 * Assigns a task. What lives elsewhere is looked up here: the round (its kind, status and
 * rubric, read from its stream), the target's county (org tree), each inspector's home county
 * (user directory), which the decider's recusal rule checks against the target's, and the tasks
 * the round already has for the unit (task board). The task's id is derived from the round and
 * the unit, so of two assignments of one unit, even concurrent ones, the store lets one in and the
 * decider refuses the other (UNIT_ALREADY_HAS_TASK, naming the task).
 */
@CommandHandler(AssignTaskCommand)
export class AssignTaskHandler implements ICommandHandler<AssignTaskCommand, TaskCommandOutcome> {
  private readonly tasks: WorkflowHandle<TaskState, TaskCommand>;
  private readonly rounds: WorkflowHandle<RoundState, RoundCommand>;

  constructor(
    @Inject(WorkflowEngine) engine: WorkflowEngine,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
    @Inject(UserDirectory) private readonly users: UserDirectory,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
  ) {
    this.tasks = engine.workflow<TaskState, TaskCommand>('task');
    this.rounds = engine.workflow<RoundState, RoundCommand>('round');
  }

  async execute({ roundId, assignment, metadata }: AssignTaskCommand): Promise<TaskCommandOutcome> {
    const round = existingRound(roundId, (await this.rounds.load(roundStreamId(roundId))).state);
    const tree = (await this.directory.fresh()).orgTree();
    if (!tree.has(assignment.targetUnitId)) throw new OrgUnitNotFound(assignment.targetUnitId);
    const targetCountyId = tree.countyOf(assignment.targetUnitId)?.id ?? null;
    assertCountyInRoundScope(round, targetCountyId);
    const inspectors = await Promise.all(assignment.inspectorIds.map((inspectorId) => this.inspector(inspectorId)));
    const taskId = deterministicUuid(`task-of-round-unit\u0000${roundId}\u0000${assignment.targetUnitId}`);
    const existingTaskIdsOfUnit = await roundUnitTaskIdsQuery(this.projections.dataSource, roundId, assignment.targetUnitId);
    const result = await this.tasks.handle(
      taskStreamId(taskId),
      {
        type: 'AssignTask',
        taskId,
        roundId,
        roundKind: round.kind,
        roundStatus: round.status,
        targetUnitId: assignment.targetUnitId,
        targetCountyId,
        inspectors,
        rubric: round.rubric,
        dueWorkingDays: assignment.dueWorkingDays,
        existingTaskIdsOfUnit,
      },
      { ...metadata, orgUnitId: assignment.targetUnitId },
    );
    return { taskId, result };
  }

  /** The inspector with their home county, for recusal; INSPECTOR_NOT_FOUND for an id that names no inspector. */
  private async inspector(inspectorId: string): Promise<{ inspectorId: string; homeCountyId: string | null }> {
    const account = await this.users.findById(inspectorId);
    if (account === undefined || !account.roles.includes('inspector')) throw new InspectorNotFound(inspectorId);
    return { inspectorId, homeCountyId: account.homeCountyId };
  }
}
