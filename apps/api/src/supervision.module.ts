import { Inject, Module, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { EvidenceModule } from '@app/evidence';
import { registerSupervisionProcessManagers, registerSupervisionWorkflows } from '@app/supervision';
import { ProcessManagerRunner, WorkflowEngine } from '@app/workflow-runtime';
import { RankingModule } from './ranking/ranking.module';
import { CasesModule } from './cases/cases.module';
import { DemoActivity } from './demo/demo-activity';
import { DutyReviewsModule } from './duty-reviews/duty-reviews.module';
import { DemoSeeder } from './demo/demo-seeder';
import { OrgUnitsModule } from './org-units/org-units.module';
import { ProjectsModule } from './projects/projects.module';
import { RoundsModule } from './rounds/rounds.module';
import { TasksModule } from './tasks/tasks.module';
import { AccountBootstrap } from './users/account-bootstrap';
import { UsersModule } from './users/users.module';
import { VillageIndicatorsModule } from './village-indicators/village-indicators.module';

@Module({
  imports: [RankingModule, OrgUnitsModule, CasesModule, RoundsModule, TasksModule, ProjectsModule, UsersModule, EvidenceModule, VillageIndicatorsModule, DutyReviewsModule],
  providers: [DemoSeeder, DemoActivity],
  exports: [OrgUnitsModule],
})
export class SupervisionModule implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @Inject(WorkflowEngine) private readonly engine: WorkflowEngine,
    @Inject(ProcessManagerRunner) private readonly processManagers: ProcessManagerRunner,
    @Inject(DemoSeeder) private readonly seeder: DemoSeeder,
    @Inject(DemoActivity) private readonly activity: DemoActivity,
    @Inject(AccountBootstrap) private readonly accounts: AccountBootstrap,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    registerSupervisionWorkflows(this.engine, this.config.caseWarnings);
    registerSupervisionProcessManagers(this.processManagers);
  }

  /** In order: accounts kept without history get it, the demo's tree and accounts, the first admin, the demo's activity. */
  async onApplicationBootstrap(): Promise<void> {
    await this.accounts.adoptAccountsWithoutHistory();
    if (this.config.demo) await this.seeder.seed();
    await this.accounts.openFirstAdmin();
    if (this.config.demoActivity) await this.activity.seed();
  }
}
