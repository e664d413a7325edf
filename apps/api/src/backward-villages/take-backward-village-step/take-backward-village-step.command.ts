import { Command } from '@nestjs/cqrs';
import { CheckRectificationAcceptance, DelistBackwardVillage, PlannedMeasure, ReportRectificationProgress } from '@app/supervision';
import { CommandMetadata } from '@app/workflow-runtime';
import type { BackwardVillageOutcome } from '../backward-village-commands';

/**
 * A step on a listing: the plan (its measures get their ids here), a progress report (its
 * attachments named by hash), the county's acceptance check, the delisting.
 */
export type BackwardVillageStep =
  | { readonly type: 'PlanRectification'; readonly summary: string; readonly measures: ReadonlyArray<Omit<PlannedMeasure, 'measureId'>> }
  | (Omit<ReportRectificationProgress, 'attachments'> & { readonly attachments?: ReadonlyArray<{ readonly sha256: string; readonly name: string }> })
  | CheckRectificationAcceptance
  | DelistBackwardVillage;

export class TakeBackwardVillageStep extends Command<BackwardVillageOutcome> {
  constructor(
    readonly listingId: string,
    readonly step: BackwardVillageStep,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
