import { Inject } from '@nestjs/common';
import { UserDirectory } from '@app/auth';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { taskView } from '@app/read-models';
import { assertWithinOrgScope, TaskCommand, TaskState, taskStreamId } from '@app/supervision';
import { WorkingDayCalendar } from '@app/workflow';
import { WORKING_DAY_CALENDAR, WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';
import { OrgDirectory } from '../../org-units/org-directory';
import { existingTask } from '../task-commands';
import { TaskWithPeople, withPeople } from '../task-people';
import { GetTaskQuery } from './get-task.query';

/** The task from its stream (the freshest there is), with the names of the people it names; an official reads it only when its target lies in their subtree (OUT_OF_SCOPE). */
@QueryHandler(GetTaskQuery)
export class GetTaskHandler implements IQueryHandler<GetTaskQuery, { version: number; view: TaskWithPeople }> {
  private readonly tasks: WorkflowHandle<TaskState, TaskCommand>;

  constructor(
    @Inject(WorkflowEngine) engine: WorkflowEngine,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    @Inject(UserDirectory) private readonly users: UserDirectory,
  ) {
    this.tasks = engine.workflow<TaskState, TaskCommand>('task');
  }

  async execute({ taskId, actor }: GetTaskQuery): Promise<{ version: number; view: TaskWithPeople }> {
    const loaded = await this.tasks.load(taskStreamId(taskId));
    const task = existingTask(taskId, loaded.state);
    const tree = (await this.directory.fresh()).orgTree();
    assertWithinOrgScope(actor, tree.chain(task.targetUnitId).map((unit) => unit.id));
    const [view] = await withPeople([taskView(task, this.calendar)], this.users);
    return { version: loaded.version, view: view! };
  }
}
