import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CadreNotFound, OrgUnitNotFound } from '@app/supervision';
import { newResourceId } from '../../http/command-metadata.decorator';
import { OrgDirectory } from '../../org-units/org-directory';
import { CadreCommands, CadreOutcome } from '../cadre-commands';
import { RecordCadreMonitoringCommand } from './record-cadre-monitoring.command';

/**
 * Records on a person known by their terms (the org units' responsible-person events give the name
 * and the units served: CADRE_NOT_FOUND for someone who never held a role); the org tree gives the
 * unit's chain and county. The record's id is fixed by the command, so a retry names it again.
 */
@CommandHandler(RecordCadreMonitoringCommand)
export class RecordCadreMonitoringHandler implements ICommandHandler<RecordCadreMonitoringCommand, CadreOutcome> {
  constructor(
    @Inject(CadreCommands) private readonly cadres: CadreCommands,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
  ) {}

  async execute({ personId, record, metadata }: RecordCadreMonitoringCommand): Promise<CadreOutcome> {
    const history = await this.cadres.history(personId);
    if (history.terms.length === 0) throw new CadreNotFound(personId);
    const tree = (await this.directory.fresh()).orgTree();
    const unit = tree.find(record.unitId);
    if (unit === undefined) throw new OrgUnitNotFound(record.unitId);
    return this.cadres.send(
      personId,
      {
        type: 'RecordCadreMonitoring',
        person: { personId, name: history.name },
        recordId: newResourceId(metadata),
        kind: record.kind,
        note: record.note,
        unitId: unit.id,
        unitKind: unit.kind,
        unitChain: tree.chain(unit.id).map((each) => each.id),
        countyId: tree.countyOf(unit.id)?.id ?? null,
        unitsServed: [...new Set(history.terms.map((term) => term.unitId))],
      },
      metadata,
      unit.id,
    );
  }
}
