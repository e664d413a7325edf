import { Command } from '@nestjs/cqrs';
import type { RebuildProgress } from '@app/projections';

/**
 * Rebuilds a read model from the log beside the live one, then swaps it in. Answers as soon as the
 * rebuild has started; its progress shows in the read model's status.
 */
export class RebuildProjectionCommand extends Command<RebuildProgress> {
  constructor(readonly name: string) {
    super();
  }
}
