import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { OrgUnitCommand, OrgUnitState, orgUnitStreamId } from '@app/supervision';
import { WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';
import { OrgDirectory } from '../org-directory';
import { OrgUnitCommandOutcome } from '../org-unit.views';
import { RegisterOrgUnitCommand } from './register-org-unit.command';

/**
 * The org tree gives the parent's kind, from which the decider checks where the unit may hang;
 * a parent the tree does not hold goes to the decider as none (PARENT_UNIT_NOT_FOUND).
 */
@CommandHandler(RegisterOrgUnitCommand)
export class RegisterOrgUnitHandler implements ICommandHandler<RegisterOrgUnitCommand, OrgUnitCommandOutcome> {
  private readonly orgUnits: WorkflowHandle<OrgUnitState, OrgUnitCommand>;

  constructor(
    @Inject(WorkflowEngine) engine: WorkflowEngine,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
  ) {
    this.orgUnits = engine.workflow<OrgUnitState, OrgUnitCommand>('org-unit');
  }

  async execute({ unit, metadata }: RegisterOrgUnitCommand): Promise<OrgUnitCommandOutcome> {
    const parent = unit.parentId === null ? undefined : (await this.directory.fresh()).unit(unit.parentId);
    const result = await this.orgUnits.handle(
      orgUnitStreamId(unit.unitId),
      {
        type: 'RegisterUnit',
        unitId: unit.unitId,
        kind: unit.kind,
        name: unit.name,
        parentId: unit.parentId,
        parentKind: parent?.kind ?? null,
        ...(unit.code === undefined ? {} : { code: unit.code }),
      },
      { ...metadata, orgUnitId: unit.unitId },
    );
    return { unitId: unit.unitId, result };
  }
}
