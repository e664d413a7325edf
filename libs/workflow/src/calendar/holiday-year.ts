import type { CalendarDate } from './calendar-date';

/**
 * The State Council General Office (国务院办公厅) notice "关于YYYY年部分节假日安排的通知" that fixes
 * one year's public holidays and make-up workdays. Published each autumn for the following year.
 */
export interface HolidayNotice {
  /** e.g. 国务院办公厅关于2026年部分节假日安排的通知 */
  readonly title: string;
  /** e.g. 国办发明电〔2025〕7号 */
  readonly documentNumber: string;
  readonly publishedOn: CalendarDate;
  /** Where the published text was read when the dates were checked. */
  readonly checkedAgainst: readonly string[];
}

/** A run of days off (放假) under one holiday name, `from` and `to` both included. */
export interface PublicHoliday {
  /** As the notice names it, e.g. 春节, 国庆节、中秋节 */
  readonly name: string;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/** 调休上班日: a Saturday or Sunday declared a working day to make up for a holiday. */
export interface MakeUpWorkday {
  readonly date: CalendarDate;
  /** The holiday it makes up for; one of the year's `PublicHoliday` names. */
  readonly holiday: string;
}

/** One year of the working-day calendar, exactly as one notice sets it out. */
export interface HolidayYear {
  readonly year: number;
  readonly notice: HolidayNotice;
  readonly holidays: readonly PublicHoliday[];
  readonly makeUpWorkdays: readonly MakeUpWorkday[];
}
