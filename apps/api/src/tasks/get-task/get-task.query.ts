import { Query } from '@nestjs/cqrs';
import { Actor } from '@app/workflow';
import { TaskWithPeople } from '../task-people';

/** One task with its scores, findings and the names of its people, and its version for the ETag, if `actor` may read it. */
export class GetTaskQuery extends Query<{ readonly version: number; readonly view: TaskWithPeople }> {
  constructor(
    readonly taskId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
