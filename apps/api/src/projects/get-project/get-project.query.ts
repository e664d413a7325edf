import { Query } from '@nestjs/cqrs';
import { ProjectPageView } from '@app/read-models';
import { Actor } from '@app/workflow';

/** One project with its milestones, progress, leaders and chain, and its version for the ETag, if `actor` may read it. */
export class GetProjectQuery extends Query<{ readonly version: number; readonly view: ProjectPageView }> {
  constructor(
    readonly projectId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
