import { Inject, Logger } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CadreNotFound, OrgUnitCommand, OrgUnitNotFound, OrgUnitState, orgUnitStreamId } from '@app/supervision';
import { WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';
import { newResourceId } from '../../http/command-metadata.decorator';
import { OrgDirectory } from '../../org-units/org-directory';
import { HandOverUnitProjects } from '../../projects/hand-over-project/hand-over-unit-projects.command';
import { CadreCommands, CadreOutcome } from '../cadre-commands';
import { AdjustCadreCommand } from './adjust-cadre.command';

/**
 * Adjusts a cadre: the unit's stream says who holds the role now, which the decider requires to be
 * the person; the org tree gives the unit's kind, chain and county. The org unit's change (the
 * successor in, or the role vacant) follows from the adjustment's event (cadre-adjustment process);
 * a new secretary then takes the unit's 书记领办项目 over, as after any change of secretary.
 */
@CommandHandler(AdjustCadreCommand)
export class AdjustCadreHandler implements ICommandHandler<AdjustCadreCommand, CadreOutcome> {
  private readonly logger = new Logger(AdjustCadreHandler.name);
  private readonly units: WorkflowHandle<OrgUnitState, OrgUnitCommand>;

  constructor(
    @Inject(CadreCommands) private readonly cadres: CadreCommands,
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
    @Inject(WorkflowEngine) engine: WorkflowEngine,
  ) {
    this.units = engine.workflow<OrgUnitState, OrgUnitCommand>('org-unit');
  }

  async execute({ personId, adjustment, metadata }: AdjustCadreCommand): Promise<CadreOutcome> {
    const history = await this.cadres.history(personId);
    if (history.terms.length === 0) throw new CadreNotFound(personId);
    const tree = (await this.directory.fresh()).orgTree();
    const unit = tree.find(adjustment.unitId);
    if (unit === undefined) throw new OrgUnitNotFound(adjustment.unitId);
    const { state } = await this.units.load(orgUnitStreamId(unit.id));
    const currentHolder = state.status === 'registered' ? (state.responsible[adjustment.role] ?? null) : null;
    const outcome = await this.cadres.send(
      personId,
      {
        type: 'AdjustCadre',
        person: { personId, name: history.name },
        adjustmentId: newResourceId(metadata),
        role: adjustment.role,
        currentHolder,
        reason: adjustment.reason,
        ...(adjustment.successor === undefined ? {} : { successor: adjustment.successor }),
        unitId: unit.id,
        unitKind: unit.kind,
        unitChain: tree.chain(unit.id).map((each) => each.id),
        countyId: tree.countyOf(unit.id)?.id ?? null,
      },
      metadata,
      unit.id,
    );
    if (adjustment.role === 'secretary' && adjustment.successor !== undefined && outcome.result.events.length > 0) {
      try {
        await this.commands.execute(new HandOverUnitProjects(unit.id, metadata));
      } catch (error) {
        this.logger.warn({ message: 'projects of a unit whose secretary was adjusted were not all handed over', unitId: unit.id, error: String(error) });
      }
    }
    return outcome;
  }
}
