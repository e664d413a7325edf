import { Inject, Module, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { registerSupervisionProcessManagers, registerSupervisionWorkflows } from '@app/supervision';
import { ProcessManagerRunner, WorkflowEngine } from '@app/workflow-runtime';
import { RankingModule } from './ranking/ranking.module';
import { CasesModule } from './cases/cases.module';
import { DemoActivity } from './demo/demo-activity';
import { DemoSeeder } from './demo/demo-seeder';
import { OrgUnitsModule } from './org-units/org-units.module';
import { RoundsModule } from './rounds/rounds.module';
import { TasksModule } from './tasks/tasks.module';

@Module({
  imports: [RankingModule, OrgUnitsModule, CasesModule, RoundsModule, TasksModule],
  providers: [DemoSeeder, DemoActivity],
  exports: [OrgUnitsModule],
})
export class SupervisionModule implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @Inject(WorkflowEngine) private readonly engine: WorkflowEngine,
    @Inject(ProcessManagerRunner) private readonly processManagers: ProcessManagerRunner,
    @Inject(DemoSeeder) private readonly seeder: DemoSeeder,
    @Inject(DemoActivity) private readonly activity: DemoActivity,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    registerSupervisionWorkflows(this.engine, this.config.caseWarnings);
    registerSupervisionProcessManagers(this.processManagers);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.demo) await this.seeder.seed();
    if (this.config.demoActivity) await this.activity.seed();
  }
}
