export {
  type CalendarDate,
  endOfShanghaiDay,
  isCalendarDate,
  parseCalendarDate,
  shanghaiDateOf,
  startOfShanghaiDay,
} from './calendar-date';
export { CalendarYearOutOfRange, InvalidCalendarDate, InvalidHolidayData, InvalidWorkingDayCount } from './calendar.errors';
export { findHolidayYearFieldProblems, findHolidayYearProblems, type HolidayDataProblem, validateHolidayYear } from './china-holidays.validator';
export type { HolidayNotice, HolidayYear, MakeUpWorkday, PublicHoliday } from './holiday-year';
export { CHINA_HOLIDAY_YEARS, loadChinaCalendar } from './load-china-calendar';
export { type ProvisionalDayOff, type ProvisionalYear, provisionalYear } from './provisional-year';
export { LAST_PROVISIONAL_YEAR, STATUTE_REVISIONS, type StatuteRevision, type StatutoryHoliday, statutoryHolidays } from './statutory-holidays';
export { type CalendarBasis, type DayClassification, WorkingDayCalendar } from './working-day-calendar';
export {
  CALENDAR_CATEGORY,
  CALENDAR_STREAM_ID,
  CALENDAR_WORKFLOW,
  type CalendarCommand,
  type CalendarEvent,
  type CalendarNoticeLoaded,
  calendarNoticesAsOf,
  type CalendarNoticesState,
  calendarOfNotices,
  type CalendarSettings,
  calendarWorkflow,
  evolveCalendarNotices,
  initialCalendarNotices,
  type LoadCalendarNotice,
  type NoticeInForce,
  noticesInForce,
  UnknownCalendarCommand,
} from './notices/calendar-notices';
