import { Gauge, Registry } from 'prom-client';
import { Clock, endOfShanghaiDay, WorkingDayCalendar } from '@app/workflow';
import { calendarCoverage } from './calendar-coverage';

/**
 * How far the official calendar reaches, read at every scrape: alert on
 * `calendar_official_days_remaining < 60` (the State Council publishes next year's notice in
 * November; load it with PUT /admin/calendar/years/:year or `main.js calendar load`).
 */
export function registerCalendarMetrics(registry: Registry, calendar: WorkingDayCalendar, clock: Clock): void {
  new Gauge({
    name: 'calendar_official_days_remaining',
    help: 'Days from today (Asia/Shanghai) to the last day of the loaded State Council holiday notices; negative once passed',
    registers: [registry],
    collect() {
      const { daysLeft } = calendarCoverage(calendar, clock.now());
      if (daysLeft !== null) this.set(daysLeft);
    },
  });
  new Gauge({
    name: 'calendar_last_official_day_timestamp_seconds',
    help: 'End (Unix time) of the last day of the loaded State Council holiday notices, from today on',
    registers: [registry],
    collect() {
      const { lastOfficialDay } = calendarCoverage(calendar, clock.now());
      if (lastOfficialDay !== null) this.set(Math.floor((endOfShanghaiDay(lastOfficialDay).getTime() + 1) / 1000));
    },
  });
}
