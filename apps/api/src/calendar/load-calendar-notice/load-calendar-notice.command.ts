import { Command } from '@nestjs/cqrs';
import { CommandMetadata, CommandResult } from '@app/workflow-runtime';
import type { CalendarYearView } from '../calendar-year.view';

/** What a load answers: the year, and the command's result with the year as the calendar now has it. */
export interface CalendarLoadOutcome {
  readonly year: number;
  readonly result: CommandResult<CalendarYearView>;
}

/**
 * Loads the State Council's notice for a year (国务院办公厅关于N年部分节假日安排的通知): from then on
 * the year is official. `notice` is the body as received, with the year; the calendar's decider
 * validates it exactly like the years shipped with the code (INVALID_HOLIDAY_DATA).
 */
export class LoadCalendarNoticeCommand extends Command<CalendarLoadOutcome> {
  constructor(
    readonly year: number,
    readonly notice: unknown,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
