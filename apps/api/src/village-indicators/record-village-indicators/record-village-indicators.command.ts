import { Command } from '@nestjs/cqrs';
import type { VillageIndicatorReport, VillageIndicatorState } from '@app/supervision';
import { CommandMetadata, CommandResult } from '@app/workflow-runtime';

/** What an indicator command answers: the village and the command's result. */
export interface VillageIndicatorOutcome {
  readonly unitId: string;
  readonly result: CommandResult<VillageIndicatorState>;
}

/** A period's report of a village, or (with a reason) its correction. */
export interface IndicatorSubmission {
  readonly period: string;
  readonly report: VillageIndicatorReport;
  /** Present on a correction. */
  readonly reason?: string;
}

/** Reports (or corrects) a village's indicators for a period: an admin, or an official of a unit above the village. */
export class RecordVillageIndicatorsCommand extends Command<VillageIndicatorOutcome> {
  constructor(
    readonly unitId: string,
    readonly submission: IndicatorSubmission,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
