import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CALENDAR_STREAM_ID, CALENDAR_WORKFLOW, CalendarCommand, CalendarNoticesState } from '@app/workflow';
import { WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';
import { CalendarReader } from '../calendar-reader';
import { CalendarLoadOutcome, LoadCalendarNoticeCommand } from './load-calendar-notice.command';

/**
 * The load is an event on the calendar's one stream (calendar-cn). This process's calendar is
 * brought up to it before answering, so the answer shows the year as every later request sees it.
 */
@CommandHandler(LoadCalendarNoticeCommand)
export class LoadCalendarNoticeHandler implements ICommandHandler<LoadCalendarNoticeCommand, CalendarLoadOutcome> {
  private readonly notices: WorkflowHandle<CalendarNoticesState, CalendarCommand>;

  constructor(
    @Inject(WorkflowEngine) engine: WorkflowEngine,
    @Inject(CalendarReader) private readonly reader: CalendarReader,
  ) {
    this.notices = engine.workflow<CalendarNoticesState, CalendarCommand>(CALENDAR_WORKFLOW);
  }

  async execute({ year, notice, metadata }: LoadCalendarNoticeCommand): Promise<CalendarLoadOutcome> {
    const result = await this.notices.handle(CALENDAR_STREAM_ID, { type: 'LoadCalendarNotice', notice }, metadata);
    const calendar = await this.reader.at(undefined);
    return { year, result: { ...result, state: this.reader.yearView(calendar, year) } };
  }
}
