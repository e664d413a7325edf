import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  CaseCommand,
  CaseSeverity,
  CaseSource,
  CaseState,
  caseStreamId,
  NotAssignedInspector,
  OrgTree,
  OrgUnitNotFound,
  TaskCommand,
  TaskNotFound,
  TaskState,
  taskStreamId,
} from '@app/supervision';
import { CommandMetadata, WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';
import { newResourceId } from '../../http/command-metadata.decorator';
import { OrgDirectory } from '../../org-units/org-directory';
import { CaseCommandOutcome, existingCase } from '../case-commands';
import { caseIdOfFinding } from '../case-of-finding';
import { CaseViews } from '../case-views';
import { CaseDetails, OpenCaseCommand } from './open-case.command';
import { FindingNotFound } from './open-case.errors';

interface Opening {
  readonly title: string;
  readonly description: string;
  readonly severity: CaseSeverity;
  readonly source: CaseSource;
  readonly responsibleUnitId: string;
  readonly findingUnitChain?: readonly string[];
}

/**
 * 立项. A case from a finding takes what the caller leaves out from the finding, as its task
 * recorded it, and may be sent only by the task's inspectors and admins; its id is fixed by the
 * finding, so a finding has one case (a second attempt is CASE_ALREADY_OPENED). A direct case
 * (admins) gets an id fixed by the command. The org tree gives the responsible unit's chain.
 */
@CommandHandler(OpenCaseCommand)
export class OpenCaseHandler implements ICommandHandler<OpenCaseCommand, CaseCommandOutcome> {
  private readonly cases: WorkflowHandle<CaseState, CaseCommand>;
  private readonly tasks: WorkflowHandle<TaskState, TaskCommand>;

  constructor(
    @Inject(WorkflowEngine) engine: WorkflowEngine,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
    @Inject(CaseViews) private readonly views: CaseViews,
  ) {
    this.cases = engine.workflow<CaseState, CaseCommand>('case');
    this.tasks = engine.workflow<TaskState, TaskCommand>('task');
  }

  async execute({ details, finding, metadata }: OpenCaseCommand): Promise<CaseCommandOutcome> {
    const tree = (await this.directory.fresh()).orgTree();
    const opening = finding === undefined ? direct(details) : await this.fromFinding(details, finding, metadata, tree);
    // A blank unit is left to the decider, which names it with every other missing detail.
    if (opening.responsibleUnitId !== '' && !tree.has(opening.responsibleUnitId)) throw new OrgUnitNotFound(opening.responsibleUnitId);
    const caseId = opening.source.kind === 'finding' ? caseIdOfFinding(opening.source.findingId) : newResourceId(metadata);
    const result = await this.cases.handle(
      caseStreamId(caseId),
      {
        type: 'OpenCase',
        caseId,
        ...opening,
        unitChain: opening.responsibleUnitId === '' ? [] : tree.chain(opening.responsibleUnitId).map((unit) => unit.id),
        dueWorkingDays: details.dueWorkingDays,
      },
      { ...metadata, orgUnitId: opening.responsibleUnitId },
    );
    return { caseId, result: { ...result, state: await this.views.of(existingCase(caseId, result.state)) } };
  }

  private async fromFinding(
    details: CaseDetails,
    { taskId, findingId }: { readonly taskId: string; readonly findingId: string },
    metadata: CommandMetadata,
    tree: OrgTree,
  ): Promise<Opening> {
    const task = (await this.tasks.load(taskStreamId(taskId))).state;
    if (task.status === 'unassigned') throw new TaskNotFound(taskId);
    const isAdmin = metadata.actor.roles.includes('admin');
    if (!isAdmin && !task.inspectors.some((inspector) => inspector.inspectorId === metadata.actor.userId)) {
      throw new NotAssignedInspector(taskId, metadata.actor.userId);
    }
    const recorded = task.findings.find((candidate) => candidate.findingId === findingId);
    if (recorded === undefined) throw new FindingNotFound(taskId, findingId);
    const responsibleUnitId = details.responsibleUnitId ?? recorded.unitId;
    if (!tree.has(responsibleUnitId)) throw new OrgUnitNotFound(responsibleUnitId);
    return {
      title: details.title ?? recorded.title,
      description: details.description ?? recorded.description,
      severity: details.severity ?? recorded.severity,
      source: { kind: 'finding', roundId: task.roundId, taskId, findingId },
      responsibleUnitId,
      ...(tree.has(recorded.unitId) ? { findingUnitChain: tree.chain(recorded.unitId).map((unit) => unit.id) } : {}),
    };
  }
}

/** Blank fields go to the decider, which names every missing one (CASE_DETAILS_REQUIRED). */
function direct(details: CaseDetails): Opening {
  return {
    title: details.title ?? '',
    description: details.description ?? '',
    severity: details.severity ?? ('' as CaseSeverity),
    source: { kind: 'direct' },
    responsibleUnitId: details.responsibleUnitId ?? '',
  };
}
