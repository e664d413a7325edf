import { Module } from '@nestjs/common';
import { EvidenceModule } from '@app/evidence';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { AssignTaskHandler } from './assign-task/assign-task.handler';
import { GetTaskHandler } from './get-task/get-task.handler';
import { ListTasksHandler } from './list-tasks/list-tasks.handler';
import { RecordFindingHandler } from './record-finding/record-finding.handler';
import { TakeTaskStepHandler } from './take-task-step/take-task-step.handler';
import { TaskCommands } from './task-commands';
import { TasksController } from './tasks.controller';

/** Inspection tasks (督查任务): their routes and use cases. */
@Module({
  imports: [OrgUnitsModule, EvidenceModule],
  controllers: [TasksController],
  providers: [TaskCommands, AssignTaskHandler, TakeTaskStepHandler, RecordFindingHandler, ListTasksHandler, GetTaskHandler],
})
export class TasksModule {}
