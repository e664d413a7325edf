import { Query } from '@nestjs/cqrs';
import { TaskView } from '@app/read-models';
import { Actor } from '@app/workflow';

/** One task with its scores and findings, and its version for the ETag, if `actor` may read it. */
export class GetTaskQuery extends Query<{ readonly version: number; readonly view: TaskView }> {
  constructor(
    readonly taskId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
