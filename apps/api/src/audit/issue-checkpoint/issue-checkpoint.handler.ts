import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, CLOCK } from '@app/workflow';
import { CHECKPOINT_LOG, CheckpointLog, InconsistentWithPublishedCheckpoint, LogSealer } from '@app/sealing';
import { NoCheckpoint, TreeInconsistent } from '../audit.errors';
import { checkpointView, CheckpointView } from '../seal-views';
import { IssueCheckpointCommand } from './issue-checkpoint.command';

@CommandHandler(IssueCheckpointCommand)
export class IssueCheckpointHandler implements ICommandHandler<IssueCheckpointCommand, CheckpointView> {
  constructor(
    @Inject(CHECKPOINT_LOG) private readonly checkpoints: CheckpointLog | null,
    @Inject(LogSealer) private readonly sealer: LogSealer,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(): Promise<CheckpointView> {
    if (this.checkpoints === null) throw new NoCheckpoint(false);
    await this.sealer.sealPending();
    try {
      return checkpointView(await this.checkpoints.issue(this.clock.now()), this.checkpoints.origin, this.checkpoints.verifierKey);
    } catch (error) {
      if (error instanceof InconsistentWithPublishedCheckpoint) throw new TreeInconsistent(error.published, error.treeSize);
      throw error;
    }
  }
}
