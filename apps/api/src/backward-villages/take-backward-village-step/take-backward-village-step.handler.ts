import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EvidenceFiles } from '@app/evidence';
import { BackwardVillageCommand } from '@app/supervision';
import { BackwardVillageCommands, BackwardVillageOutcome } from '../backward-village-commands';
import { BackwardVillageStep, TakeBackwardVillageStep } from './take-backward-village-step.command';

/** Takes a step on a listing: measures are numbered in the order given (m-1, m-2, …); attachments are resolved against what was put in. */
@CommandHandler(TakeBackwardVillageStep)
export class TakeBackwardVillageStepHandler implements ICommandHandler<TakeBackwardVillageStep, BackwardVillageOutcome> {
  constructor(
    @Inject(BackwardVillageCommands) private readonly listings: BackwardVillageCommands,
    @Inject(EvidenceFiles) private readonly evidence: EvidenceFiles,
  ) {}

  async execute({ listingId, step, metadata }: TakeBackwardVillageStep): Promise<BackwardVillageOutcome> {
    return this.listings.send(listingId, await this.commandOf(step), metadata);
  }

  private async commandOf(step: BackwardVillageStep): Promise<BackwardVillageCommand> {
    switch (step.type) {
      case 'PlanRectification':
        return { ...step, measures: step.measures.map((measure, index) => ({ ...measure, measureId: `m-${index + 1}` })) };
      case 'ReportRectificationProgress':
        return { ...step, attachments: await this.evidence.resolve(step.attachments ?? []) };
      default:
        return step;
    }
  }
}
