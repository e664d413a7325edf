import { Query } from '@nestjs/cqrs';
import type { ProjectionStatus } from '@app/projections';

export interface ProjectionList {
  readonly items: ProjectionStatus[];
}

/** Every read model: its kind, its projector's state, checkpoint and lag, its last error and rebuild. */
export class ListProjectionsQuery extends Query<ProjectionList> {}
