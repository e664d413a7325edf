import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { NotificationMetrics, NotificationsModule, NotificationStore } from '@app/notifications';
import { ProjectionRuntime, registerProjectionMetrics } from '@app/projections';
import { Clock, CLOCK, WorkingDayCalendar } from '@app/workflow';
import { ProcessManagerRunner, registerProcessManagerMetrics, WORKING_DAY_CALENDAR } from '@app/workflow-runtime';
import { registerCalendarMetrics } from '../calendar/calendar-metrics';
import { MetricsController } from './metrics.controller';
import { PrometheusMetrics } from './prometheus-metrics';

@Module({
  imports: [NotificationsModule],
  controllers: [MetricsController],
  providers: [PrometheusMetrics],
  exports: [PrometheusMetrics],
})
export class MetricsModule implements OnModuleInit {
  constructor(
    @Inject(PrometheusMetrics) private readonly metrics: PrometheusMetrics,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
    @Inject(ProcessManagerRunner) private readonly processManagers: ProcessManagerRunner,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NotificationMetrics) private readonly notificationMetrics: NotificationMetrics,
    @Inject(NotificationStore) private readonly notifications: NotificationStore,
  ) {}

  /**
   * Each read model's checkpoint, lag, state and last error, each process manager's checkpoint and
   * lag, the calendar's reach and the notification outbox's backlog, read at every scrape; the
   * notifications sent, as they are.
   */
  onModuleInit(): void {
    registerProjectionMetrics(this.metrics.registry, this.projections);
    registerProcessManagerMetrics(this.metrics.registry, this.processManagers);
    registerCalendarMetrics(this.metrics.registry, this.calendar, this.clock);
    this.notificationMetrics.register(this.metrics.registry, this.notifications);
  }
}
