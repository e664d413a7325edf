import { Global, Inject, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Database, DATABASE, migrate } from '@app/database';
import { EVENT_STORE, PostgresEventStore } from '@app/event-store';
import { Clock, CLOCK, loadChinaCalendar, systemClock, WorkingDayCalendar } from '@app/workflow';
import { ProcessManagerRunner } from './process-manager';
import { TimerService } from './timer-service';
import { TimerStore } from './timer-store';
import { WorkflowEngine } from './workflow-engine';
import { WORKFLOW_MIGRATIONS } from './workflow.schema';

export const WORKING_DAY_CALENDAR = Symbol('WORKING_DAY_CALENDAR');

/**
 * The workflow engine, its durable timers and the timer service, and the process managers. The
 * timer service and the process managers run in this process when `config.runTimers` says so: always on the embedded database (one process), and on a server
 * in every process that is asked to (claims use SKIP LOCKED, so several may run).
 */
@Global()
@Module({
  providers: [
    { provide: CLOCK, useValue: systemClock },
    { provide: WORKING_DAY_CALENDAR, useFactory: (): WorkingDayCalendar => loadChinaCalendar() },
    {
      provide: TimerStore,
      inject: [DATABASE],
      useFactory: async (database: Database) => {
        await migrate(database.pool, 'workflow', WORKFLOW_MIGRATIONS);
        return new TimerStore(database.pool);
      },
    },
    {
      provide: WorkflowEngine,
      inject: [EVENT_STORE, TimerStore, CLOCK, WORKING_DAY_CALENDAR],
      useFactory: (store: PostgresEventStore, timers: TimerStore, clock: Clock, calendar: WorkingDayCalendar) =>
        new WorkflowEngine(store, timers, clock, calendar),
    },
    {
      provide: TimerService,
      inject: [TimerStore, WorkflowEngine, CLOCK],
      useFactory: (timers: TimerStore, engine: WorkflowEngine, clock: Clock) => {
        const logger = new Logger('TimerService');
        return new TimerService(timers, engine, clock, {
          onError: (error, timerId) => logger.warn({ message: 'timer failed', timerId, error: String(error) }),
        });
      },
    },
    {
      provide: ProcessManagerRunner,
      inject: [EVENT_STORE, WorkflowEngine, DATABASE, TimerStore],
      // TimerStore is injected only so that the workflow migrations (its checkpoints table too) have run.
      useFactory: (store: PostgresEventStore, engine: WorkflowEngine, database: Database) => {
        const logger = new Logger('ProcessManagers');
        return new ProcessManagerRunner(store, engine, database.pool, {
          onError: (error, context) => logger.warn({ message: context.skipped ? 'reaction refused, passed over' : 'reaction failed', ...context, error: String(error) }),
        });
      },
    },
  ],
  exports: [CLOCK, WORKING_DAY_CALENDAR, TimerStore, WorkflowEngine, TimerService, ProcessManagerRunner],
})
export class WorkflowRuntimeModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(TimerService) private readonly timers: TimerService,
    @Inject(ProcessManagerRunner) private readonly processManagers: ProcessManagerRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.runTimers) return;
    this.timers.start();
    await this.processManagers.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.processManagers.stop();
    await this.timers.stop();
  }
}
