import { Inject, Logger } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { OrgUnitCommand, OrgUnitNotFound, OrgUnitState, orgUnitStreamId } from '@app/supervision';
import { WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';
import { HandOverUnitProjects } from '../../projects/hand-over-project/hand-over-unit-projects.command';
import { ORG_UNIT_ID } from '../org-unit.requests';
import { OrgUnitCommandOutcome } from '../org-unit.views';
import { AssignResponsiblePersonCommand } from './assign-responsible-person.command';

/**
 * The unit is loaded once, by the engine, and the command refused unless it is registered
 * (ORG_UNIT_NOT_FOUND, naming it); the terms' order and the rest are the decider's. A new
 * secretary takes over the unit's 书记领办项目 at once (交接); should that fail, the change stands
 * and the hand-over is left to POST /projects/{id}/hand-over.
 */
@CommandHandler(AssignResponsiblePersonCommand)
export class AssignResponsiblePersonHandler implements ICommandHandler<AssignResponsiblePersonCommand, OrgUnitCommandOutcome> {
  private readonly logger = new Logger(AssignResponsiblePersonHandler.name);
  private readonly orgUnits: WorkflowHandle<OrgUnitState, OrgUnitCommand>;

  constructor(
    @Inject(WorkflowEngine) engine: WorkflowEngine,
    @Inject(CommandBus) private readonly commands: CommandBus,
  ) {
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
    if (person.role === 'secretary' && result.events.length > 0) {
      try {
        await this.commands.execute(new HandOverUnitProjects(unitId, metadata));
      } catch (error) {
        this.logger.warn({ message: 'projects of a unit whose secretary changed were not all handed over', unitId, error: String(error) });
      }
    }
    return { unitId, result };
  }
}
