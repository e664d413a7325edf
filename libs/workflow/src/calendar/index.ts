export {
  type CalendarDate,
  endOfShanghaiDay,
  isCalendarDate,
  parseCalendarDate,
  shanghaiDateOf,
  startOfShanghaiDay,
} from './calendar-date';
export {
  CalendarYearNotLoaded,
  InvalidCalendarDate,
  InvalidHolidayData,
  InvalidWorkingDayCount,
} from './calendar.errors';
export { findHolidayYearProblems, validateHolidayYear } from './china-holidays.validator';
export type { HolidayNotice, HolidayYear, MakeUpWorkday, PublicHoliday } from './holiday-year';
export { CHINA_HOLIDAY_YEARS, loadChinaCalendar } from './load-china-calendar';
export { type DayClassification, WorkingDayCalendar } from './working-day-calendar';
