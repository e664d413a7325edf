import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { OrgUnitCommand, OrgUnitNotFound, OrgUnitState, orgUnitStreamId } from '@app/supervision';
import { WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';
import { ORG_UNIT_ID } from '../org-unit.requests';
import { OrgUnitCommandOutcome } from '../org-unit.views';
import { AssignResponsiblePersonCommand } from './assign-responsible-person.command';

/**
 * The unit is loaded once, by the engine, and the command refused unless it is registered
 * (ORG_UNIT_NOT_FOUND, naming it); the terms' order and the rest are the decider's.
 */
@CommandHandler(AssignResponsiblePersonCommand)
export class AssignResponsiblePersonHandler implements ICommandHandler<AssignResponsiblePersonCommand, OrgUnitCommandOutcome> {
  private readonly orgUnits: WorkflowHandle<OrgUnitState, OrgUnitCommand>;

  constructor(@Inject(WorkflowEngine) engine: WorkflowEngine) {
    this.orgUnits = engine.workflow<OrgUnitState, OrgUnitCommand>('org-unit');
  }

  async execute({ unitId, person, metadata }: AssignResponsiblePersonCommand): Promise<OrgUnitCommandOutcome> {
    // An id no unit can have names none, and is no stream id to read.
    if (!ORG_UNIT_ID.test(unitId)) throw new OrgUnitNotFound(unitId);
    const result = await this.orgUnits.handle(
      orgUnitStreamId(unitId),
      { type: 'AssignResponsiblePerson', role: person.role, personId: person.personId, name: person.name, from: person.from },
      { ...metadata, orgUnitId: unitId },
      {
        authorize: (state) => {
          if (state.status !== 'registered') throw new OrgUnitNotFound(unitId);
        },
      },
    );
    return { unitId, result };
  }
}
