import { Global, Inject, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Database, DATABASE, migrate } from '@app/database';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { calendarWorkflow, CHINA_HOLIDAY_YEARS, Clock, CLOCK, systemClock } from '@app/workflow';
import { CalendarFollower } from './calendar/calendar-follower';
import { CalendarTimers } from './calendar/calendar-timers';
import { FollowedWorkingDayCalendar } from './calendar/followed-calendar';
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
 *
 * The working-day calendar (`WORKING_DAY_CALENDAR`) follows the calendar stream in every process;
 * a process that runs timers also reconciles them whenever the calendar changes.
 */
@Global()
@Module({
  providers: [
    { provide: CLOCK, useValue: systemClock },
    { provide: WORKING_DAY_CALENDAR, useFactory: (): FollowedWorkingDayCalendar => new FollowedWorkingDayCalendar() },
    {
      provide: CalendarFollower,
      inject: [EVENT_STORE, WORKING_DAY_CALENDAR],
      useFactory: async (store: EventStore, calendar: FollowedWorkingDayCalendar) => {
        const follower = new CalendarFollower(store, calendar);
        await follower.start();
        return follower;
      },
    },
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
      useFactory: (store: EventStore, timers: TimerStore, clock: Clock, calendar: FollowedWorkingDayCalendar) => {
        const engine = new WorkflowEngine(store, timers, clock, calendar);
        engine.register({ definitions: [calendarWorkflow], settings: { builtInYears: CHINA_HOLIDAY_YEARS } });
        return engine;
      },
    },
    {
      provide: CalendarTimers,
      inject: [WorkflowEngine, TimerStore, WORKING_DAY_CALENDAR, CLOCK],
      useFactory: (engine: WorkflowEngine, timers: TimerStore, calendar: FollowedWorkingDayCalendar, clock: Clock) => {
        const logger = new Logger('CalendarTimers');
        return new CalendarTimers(engine, timers, calendar, clock, {
          onInstanceError: (error, instance) => logger.warn({ message: 'could not reconcile the timers of an instance', ...instance, error: String(error) }),
        });
      },
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
      useFactory: (store: EventStore, engine: WorkflowEngine, database: Database) => {
        const logger = new Logger('ProcessManagers');
        return new ProcessManagerRunner(store, engine, database.pool, {
          onError: (error, context) => logger.warn({ message: context.skipped ? 'reaction refused, passed over' : 'reaction failed', ...context, error: String(error) }),
        });
      },
    },
  ],
  exports: [CLOCK, WORKING_DAY_CALENDAR, CalendarFollower, CalendarTimers, TimerStore, WorkflowEngine, TimerService, ProcessManagerRunner],
})
export class WorkflowRuntimeModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CalendarTimers');

  constructor(
    @Inject(TimerService) private readonly timers: TimerService,
    @Inject(ProcessManagerRunner) private readonly processManagers: ProcessManagerRunner,
    @Inject(CalendarFollower) private readonly calendarFollower: CalendarFollower,
    @Inject(CalendarTimers) private readonly calendarTimers: CalendarTimers,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.runTimers) return;
    this.calendarFollower.onChange(() => this.reportSweep(this.calendarTimers.reconcileAll()));
    // In the background: a start-up does not wait for a sweep over every instance.
    this.reportSweep(this.calendarTimers.catchUp());
    this.timers.start();
    await this.processManagers.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.processManagers.stop();
    await this.timers.stop();
    await this.calendarTimers.stop();
    await this.calendarFollower.stop();
  }

  private reportSweep(sweep: Promise<unknown>): void {
    sweep.then(
      (report) => {
        if (report !== undefined) this.logger.log({ message: 'timers reconciled with the working-day calendar', ...report });
      },
      (error: unknown) => this.logger.warn({ message: 'reconciling timers with the working-day calendar failed; retried at the next change or start', error: String(error) }),
    );
  }
}
