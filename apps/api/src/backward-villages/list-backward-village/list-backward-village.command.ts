import { Command } from '@nestjs/cqrs';
import { ListingReason } from '@app/supervision';
import { CommandMetadata } from '@app/workflow-runtime';
import type { BackwardVillageOutcome } from '../backward-village-commands';

/** Lists a village's party organisation as backward (列入后进), for a reason from the list. */
export class ListBackwardVillageCommand extends Command<BackwardVillageOutcome> {
  constructor(
    readonly listing: { readonly unitId: string; readonly reason: ListingReason; readonly note: string },
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
