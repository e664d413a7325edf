import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { PrometheusMetrics } from '@app/operations';
import { Clock, CLOCK, WorkingDayCalendar } from '@app/workflow';
import { WORKING_DAY_CALENDAR } from '@app/workflow-runtime';
import { registerCalendarMetrics } from '../calendar/calendar-metrics';
import { MetricsController } from './metrics.controller';

/**
 * `/metrics`: what the operations module registers (read models, process managers, the domain's
 * counters and gauges, the pool), HTTP requests, and the calendar's reach, which only the API reports.
 */
@Module({
  controllers: [MetricsController],
})
export class MetricsModule implements OnModuleInit {
  constructor(
    @Inject(PrometheusMetrics) private readonly metrics: PrometheusMetrics,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    registerCalendarMetrics(this.metrics.registry, this.calendar, this.clock);
  }
}
