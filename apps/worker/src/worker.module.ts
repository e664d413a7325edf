import { Inject, Logger, Module, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig, ConfigModule } from '@app/config';
import { Database, DATABASE, DatabaseModule } from '@app/database';
import { EventStoreModule } from '@app/event-store';
import { ProjectionsModule } from '@app/projections';
import { supervisionProjections } from '@app/read-models';
import { registerSupervisionProcessManagers, registerSupervisionWorkflows } from '@app/supervision';
import { ProcessManagerRunner, WorkflowEngine, WorkflowRuntimeModule } from '@app/workflow-runtime';

/**
 * Background work without HTTP: fires the durable timers (warnings, escalations), runs the
 * process managers and the async read-model projectors, beside any number of API processes and other workers on the same server.
 * Timer claims use SKIP LOCKED and every reaction has a fixed command id, so running several
 * never doubles an effect; a projector's checkpoint moves by compare-and-set, so two never apply an event twice.
 */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    EventStoreModule,
    WorkflowRuntimeModule,
    // Inline read models too: the worker appends (timer fires, process managers).
    ProjectionsModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ projections: supervisionProjections(), runAsyncProjectors: config.runProjectors, retryDelayMs: 5000 }),
    }),
  ],
})
export class WorkerModule implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(WorkerModule.name);

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(WorkflowEngine) private readonly engine: WorkflowEngine,
    @Inject(ProcessManagerRunner) private readonly processManagers: ProcessManagerRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    registerSupervisionWorkflows(this.engine, this.config.caseWarnings);
    registerSupervisionProcessManagers(this.processManagers);
  }

  onApplicationBootstrap(): void {
    this.logger.log({ message: 'worker up', database: { mode: this.database.mode }, timersAndProcessManagers: this.config.runTimers });
  }
}
