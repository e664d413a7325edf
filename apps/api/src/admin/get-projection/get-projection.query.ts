import { Query } from '@nestjs/cqrs';
import type { ProjectionStatus } from '@app/projections';

/** One read model's status, by its name. */
export class GetProjectionQuery extends Query<ProjectionStatus> {
  constructor(readonly name: string) {
    super();
  }
}
