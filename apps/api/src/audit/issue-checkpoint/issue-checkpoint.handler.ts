import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, CLOCK } from '@app/workflow';
import { CHECKPOINT_LOG, CheckpointLog, InconsistentWithPublishedCheckpoint, LogSealer, PublishedCheckpoints } from '@app/sealing';
import { NoCheckpoint, TreeInconsistent } from '../audit.errors';
import type { CheckpointView } from '../seal-views';
import { servedCheckpoint } from '../served-checkpoint';
import { IssueCheckpointCommand } from './issue-checkpoint.command';

@CommandHandler(IssueCheckpointCommand)
export class IssueCheckpointHandler implements ICommandHandler<IssueCheckpointCommand, CheckpointView> {
  constructor(
    @Inject(CHECKPOINT_LOG) private readonly checkpoints: CheckpointLog | null,
    @Inject(LogSealer) private readonly sealer: LogSealer,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PublishedCheckpoints) private readonly published: PublishedCheckpoints | null,
  ) {}

  async execute(): Promise<CheckpointView> {
    if (this.checkpoints === null) throw new NoCheckpoint(false);
    await this.sealer.sealPending();
    let issued;
    try {
      issued = await this.checkpoints.issue(this.clock.now());
    } catch (error) {
      if (error instanceof InconsistentWithPublishedCheckpoint) throw new TreeInconsistent(error.published, error.treeSize);
      throw error;
    }
    // Signed over the tree as stored, which may contradict what was published outside (a witness).
    return servedCheckpoint(issued, this.checkpoints, this.published);
  }
}
