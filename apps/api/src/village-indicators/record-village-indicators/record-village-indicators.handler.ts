import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { VillageIndicatorCommand, VillageIndicatorState, villageIndicatorStreamId } from '@app/supervision';
import { WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';
import { IndicatorUnits } from '../indicator-units';
import { RecordVillageIndicatorsCommand, VillageIndicatorOutcome } from './record-village-indicators.command';

/**
 * Sends a report or a correction to the village's indicator stream, with the unit's kind and
 * chain from the org tree (the decider refuses a unit that is not a village, and checks who may
 * report it by the chain).
 */
@CommandHandler(RecordVillageIndicatorsCommand)
export class RecordVillageIndicatorsHandler implements ICommandHandler<RecordVillageIndicatorsCommand, VillageIndicatorOutcome> {
  private readonly villages: WorkflowHandle<VillageIndicatorState, VillageIndicatorCommand>;

  constructor(
    @Inject(WorkflowEngine) engine: WorkflowEngine,
    @Inject(IndicatorUnits) private readonly units: IndicatorUnits,
  ) {
    this.villages = engine.workflow<VillageIndicatorState, VillageIndicatorCommand>('village-indicators');
  }

  async execute({ unitId, submission, metadata }: RecordVillageIndicatorsCommand): Promise<VillageIndicatorOutcome> {
    const { village } = await this.units.village(unitId);
    const { period, report, reason } = submission;
    const command: VillageIndicatorCommand =
      reason === undefined ? { type: 'ReportVillageIndicators', village, period, report } : { type: 'CorrectVillageIndicators', village, period, report, reason };
    const result = await this.villages.handle(villageIndicatorStreamId(unitId), command, { ...metadata, orgUnitId: unitId });
    return { unitId, result };
  }
}
