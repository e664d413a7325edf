import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CadreNotFound, OrgUnitCommand, OrgUnitNotFound, OrgUnitState, orgUnitStreamId } from '@app/supervision';
import { WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';
import { newResourceId } from '../../http/command-metadata.decorator';
import { OrgDirectory } from '../../org-units/org-directory';
import { CadreCommands, CadreOutcome } from '../cadre-commands';
import { AdjustCadreCommand } from './adjust-cadre.command';

/**
 * Adjusts a cadre: the unit's stream says who holds the role now, which the decider requires to be
 * the person; the org tree gives the unit's kind, chain and county. The org unit's change (the
 * successor in, or the role vacant) follows from the adjustment's event (cadre-adjustment process).
 */
@CommandHandler(AdjustCadreCommand)
export class AdjustCadreHandler implements ICommandHandler<AdjustCadreCommand, CadreOutcome> {
  private readonly units: WorkflowHandle<OrgUnitState, OrgUnitCommand>;

  constructor(
    @Inject(CadreCommands) private readonly cadres: CadreCommands,
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
    return this.cadres.send(
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
  }
}
