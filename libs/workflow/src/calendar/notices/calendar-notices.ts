import { DomainError } from '../../domain-error';
import { DecisionContext, WorkflowDefinition } from '../../workflow-definition';
import type { CalendarDate } from '../calendar-date';
import { InvalidHolidayData } from '../calendar.errors';
import { findHolidayYearFieldProblems } from '../china-holidays.validator';
import type { HolidayYear, MakeUpWorkday, PublicHoliday } from '../holiday-year';
import { WorkingDayCalendar } from '../working-day-calendar';

/**
 * The working-day calendar as events: one stream, `calendar-cn`, in which every official notice
 * loaded at runtime is an event. The years shipped with the code are the starting point; a year
 * loaded here replaces the shipped one (a corrected or supplementary notice) and a year loaded
 * again replaces the earlier load. Every process folds the stream into its calendar.
 */
export const CALENDAR_WORKFLOW = 'calendar';
export const CALENDAR_STREAM_ID = 'calendar-cn';
export const CALENDAR_CATEGORY = 'calendar';

/** A State Council notice for `year` loaded by `loadedBy` at `loadedAt`: from then on the year is official. */
export interface CalendarNoticeLoaded {
  readonly type: 'CalendarNoticeLoaded';
  readonly data: {
    readonly year: number;
    readonly notice: { readonly title: string; readonly documentNumber: string; readonly publishedOn: CalendarDate; readonly checkedAgainst: readonly string[] };
    readonly holidays: readonly PublicHoliday[];
    readonly makeUpWorkdays: readonly MakeUpWorkday[];
    /** What the year was before: provisional, the notice shipped with the code, or an earlier load. */
    readonly replaced: 'provisional' | 'built-in' | 'loaded';
    readonly loadedBy: string;
    readonly loadedAt: string;
  };
}

export type CalendarEvent = CalendarNoticeLoaded;

/** Load a year's notice; the body is untrusted (HTTP, a file) and validated like the shipped years. */
export interface LoadCalendarNotice {
  readonly type: 'LoadCalendarNotice';
  readonly notice: unknown;
}

export type CalendarCommand = LoadCalendarNotice;

/** A notice as the calendar holds it, with where it came from. */
export interface NoticeInForce {
  readonly holidayYear: HolidayYear;
  readonly source: 'built-in' | 'loaded';
  readonly loadedBy: string | null;
  readonly loadedAt: string | null;
}

/** Every notice loaded so far, in log order. */
export interface CalendarNoticesState {
  readonly status: 'keeping';
  readonly loads: readonly CalendarNoticeLoaded['data'][];
}

export interface CalendarSettings {
  /** The years shipped with the code (CHINA_HOLIDAY_YEARS). */
  readonly builtInYears: readonly HolidayYear[];
}

export class UnknownCalendarCommand extends DomainError {
  readonly code = 'UNKNOWN_CALENDAR_COMMAND';
  constructor(type: string) {
    super(`The calendar takes no command ${type}`, { command: type });
  }
}

export function initialCalendarNotices(): CalendarNoticesState {
  return { status: 'keeping', loads: [] };
}

export function evolveCalendarNotices(state: CalendarNoticesState, event: CalendarEvent): CalendarNoticesState {
  return event.type === 'CalendarNoticeLoaded' ? { ...state, loads: [...state.loads, event.data] } : state;
}

/** The state as it stood at `instant`: only the notices loaded by then (for as-of reads). */
export function calendarNoticesAsOf(state: CalendarNoticesState, instant: Date): CalendarNoticesState {
  return { ...state, loads: state.loads.filter((load) => Date.parse(load.loadedAt) <= instant.getTime()) };
}

/** The notice in force for each official year: the newest load, else the shipped one. */
export function noticesInForce(state: CalendarNoticesState, builtInYears: readonly HolidayYear[]): Map<number, NoticeInForce> {
  const inForce = new Map<number, NoticeInForce>();
  for (const holidayYear of builtInYears) inForce.set(holidayYear.year, { holidayYear, source: 'built-in', loadedBy: null, loadedAt: null });
  for (const load of state.loads) {
    inForce.set(load.year, { holidayYear: holidayYearOf(load), source: 'loaded', loadedBy: load.loadedBy, loadedAt: load.loadedAt });
  }
  return new Map([...inForce.entries()].sort(([a], [b]) => a - b));
}

/** The working-day calendar the notices make: every year in force official, the others provisional. */
export function calendarOfNotices(state: CalendarNoticesState, builtInYears: readonly HolidayYear[]): WorkingDayCalendar {
  return new WorkingDayCalendar([...noticesInForce(state, builtInYears).values()].map((notice) => notice.holidayYear));
}

function holidayYearOf(load: CalendarNoticeLoaded['data']): HolidayYear {
  return { year: load.year, notice: load.notice, holidays: load.holidays, makeUpWorkdays: load.makeUpWorkdays };
}

/** Only the fields a notice has, in a fixed order, so that equal notices compare equal. */
function normalised(holidayYear: HolidayYear): HolidayYear {
  const { year, notice, holidays, makeUpWorkdays } = holidayYear;
  return {
    year,
    notice: { title: notice.title, documentNumber: notice.documentNumber, publishedOn: notice.publishedOn, checkedAgainst: [...(notice.checkedAgainst ?? [])] },
    holidays: holidays.map(({ name, from, to }) => ({ name, from, to })),
    makeUpWorkdays: makeUpWorkdays.map(({ date, holiday }) => ({ date, holiday })),
  };
}

function sameDays(a: HolidayYear, b: HolidayYear): boolean {
  const days = (year: HolidayYear) => JSON.stringify([year.notice.title, year.notice.documentNumber, year.notice.publishedOn, year.holidays, year.makeUpWorkdays]);
  return days(normalised(a)) === days(normalised(b));
}

/**
 * Loads a notice: refused with every problem listed (INVALID_HOLIDAY_DATA) when it breaks a rule
 * of the shipped years; nothing when the same notice is in force already (a repeated load changes
 * nothing, so it records nothing); otherwise one CalendarNoticeLoaded.
 */
function loadNotice(state: CalendarNoticesState, command: LoadCalendarNotice, { actor, now, settings }: DecisionContext<CalendarSettings>): CalendarEvent[] {
  const candidate = command.notice as HolidayYear;
  const problems = findHolidayYearFieldProblems(candidate);
  if (problems.length > 0) throw new InvalidHolidayData((candidate as { year?: unknown } | null)?.year, problems);
  const notice = normalised(candidate);
  const current = noticesInForce(state, settings.builtInYears).get(notice.year);
  if (current !== undefined && sameDays(current.holidayYear, notice)) return [];
  return [
    {
      type: 'CalendarNoticeLoaded',
      data: {
        year: notice.year,
        notice: { ...notice.notice, checkedAgainst: notice.notice.checkedAgainst },
        holidays: notice.holidays,
        makeUpWorkdays: notice.makeUpWorkdays,
        replaced: current?.source ?? 'provisional',
        loadedBy: actor.userId,
        loadedAt: now.toISOString(),
      },
    },
  ];
}

/** Admins load notices over the API; `system` is the command line (`main.js calendar load`). */
export const calendarWorkflow: WorkflowDefinition<CalendarNoticesState, CalendarCommand, CalendarEvent, CalendarSettings> = {
  name: CALENDAR_WORKFLOW,
  version: 1,
  initialState: initialCalendarNotices,
  evolve: evolveCalendarNotices,
  statusOf: (state) => state.status,
  states: {
    keeping: { on: { LoadCalendarNotice: { roles: ['admin', 'system'], decide: loadNotice } } },
  },
  refuse: (_state, command) => new UnknownCalendarCommand(command.type),
};
