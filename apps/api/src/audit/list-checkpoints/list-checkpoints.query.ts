import { Query } from '@nestjs/cqrs';
import type { CheckpointView } from '../seal-views';

export interface CheckpointPage {
  readonly items: CheckpointView[];
  readonly nextCursor: string | null;
}

/** The latest checkpoint (`latest`), or the checkpoints issued, newest first. */
export class GetLatestCheckpointQuery extends Query<CheckpointView> {}

export class ListCheckpointsQuery extends Query<CheckpointPage> {
  constructor(
    readonly limit: number,
    readonly cursor: string | undefined,
  ) {
    super();
  }
}
