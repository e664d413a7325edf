import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProjectionRuntime } from '@app/projections';
import { projectPageQuery, ProjectPageView } from '@app/read-models';
import { assertWithinOrgScope, ProjectNotFound } from '@app/supervision';
import { GetProjectQuery } from './get-project.query';

/** The project from its board (kept inline, so as fresh as the log); an official reads it only when its unit lies in their subtree (OUT_OF_SCOPE). */
@QueryHandler(GetProjectQuery)
export class GetProjectHandler implements IQueryHandler<GetProjectQuery, { version: number; view: ProjectPageView }> {
  constructor(@Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime) {}

  async execute({ projectId, actor }: GetProjectQuery): Promise<{ version: number; view: ProjectPageView }> {
    const found = await projectPageQuery(this.projections.dataSource, projectId);
    if (found === undefined) throw new ProjectNotFound(projectId);
    assertWithinOrgScope(actor, found.view.unitChain);
    return found;
  }
}
