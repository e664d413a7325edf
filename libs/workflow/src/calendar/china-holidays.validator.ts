import { isWeekendEpochDay, tryEpochDay, yearOfEpochDay } from './calendar-date';
import { InvalidHolidayData } from './calendar.errors';
import { optionalText } from '../input-guards';
import type { HolidayYear } from './holiday-year';

const DOCUMENT_NUMBER = /^国办发[^〔]*〔\d{4}〕\d+号$/;

/** One broken rule, with the field it is about as a dotted path (`holidays.1.to`). */
export interface HolidayDataProblem {
  readonly field: string;
  readonly message: string;
}

const KNOWN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  '': ['year', 'notice', 'holidays', 'makeUpWorkdays'],
  notice: ['title', 'documentNumber', 'publishedOn', 'checkedAgainst'],
  holiday: ['name', 'from', 'to'],
  makeUp: ['date', 'holiday'],
};

/**
 * Every rule `holidayYear` breaks, in a sentence each; empty when the data is sound. Reads the
 * data defensively: a year typed as `HolidayYear` may still have been built from untrusted JSON.
 *
 * Every date must fall in the declared year. Some older notices start 元旦 on the previous
 * December 31 (e.g. the 2023 notice); such a range is entered from January 1, which loses nothing
 * because the December days were a weekend.
 */
export function findHolidayYearProblems(holidayYear: HolidayYear): string[] {
  return findHolidayYearFieldProblems(holidayYear).map((problem) => problem.message);
}

/** Every rule `holidayYear` breaks, each with the field it is about. */
export function findHolidayYearFieldProblems(holidayYear: HolidayYear): HolidayDataProblem[] {
  const found: HolidayDataProblem[] = [];
  const problems = { push: (message: string) => found.push({ field: currentField, message }) };
  let currentField = '';
  const at = (field: string): typeof problems => {
    currentField = field;
    return problems;
  };
  if (typeof holidayYear !== 'object' || holidayYear === null || Array.isArray(holidayYear)) {
    return [{ field: '', message: 'a year of holiday data must be a JSON object' }];
  }
  const { year, notice, holidays, makeUpWorkdays } = holidayYear;
  unknownFields(holidayYear, KNOWN_FIELDS['']!, '', found);
  if (typeof notice === 'object' && notice !== null) unknownFields(notice, KNOWN_FIELDS['notice']!, 'notice', found);
  if (notice?.checkedAgainst !== undefined && (!Array.isArray(notice.checkedAgainst) || notice.checkedAgainst.some((source) => typeof source !== 'string'))) {
    at('notice.checkedAgainst').push('notice checkedAgainst must be a list of texts (where the notice was read)');
  }

  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    at('year').push(`year must be a four-digit integer, got ${String(year)}`);
  }

  if (typeof notice?.title !== 'string' || notice.title.trim() === '') {
    at('notice.title').push('notice title is missing');
  } else if (Number.isInteger(year) && !notice.title.includes(`${year}年`)) {
    at('notice.title').push(`notice title "${notice.title}" does not name the year ${year}年`);
  }
  if (typeof notice?.documentNumber !== 'string' || !DOCUMENT_NUMBER.test(notice.documentNumber)) {
    at('notice.documentNumber').push(
      `notice document number must look like 国办发明电〔2025〕7号, got ${JSON.stringify(notice?.documentNumber)}`,
    );
  }
  if (tryEpochDay(notice?.publishedOn) === undefined) {
    at('notice.publishedOn').push(`notice publication date ${JSON.stringify(notice?.publishedOn)} is not a YYYY-MM-DD date`);
  }

  const dayInYear = (value: unknown, what: string, field: string): number | undefined => {
    const day = tryEpochDay(value);
    if (day === undefined) {
      at(field).push(`${what} ${JSON.stringify(value)} is not a YYYY-MM-DD date`);
      return undefined;
    }
    if (yearOfEpochDay(day) !== year) {
      at(field).push(`${what} ${String(value)} is not in ${String(year)}`);
      return undefined;
    }
    return day;
  };

  const holidayList = Array.isArray(holidays) ? holidays : [];
  if (holidayList.length === 0) at('holidays').push('no public holidays are listed');

  const names = new Set<string>();
  const ranges: { name: string; from: number; to: number }[] = [];
  let previous: { name: string; from: number; to: number } | undefined;
  for (const [index, holiday] of holidayList.entries()) {
    const field = `holidays.${index}`;
    if (typeof holiday === 'object' && holiday !== null) unknownFields(holiday, KNOWN_FIELDS['holiday']!, field, found);
    const name = optionalText(holiday?.name) ?? '';
    if (name === '') at(`${field}.name`).push(`a holiday starting ${String(holiday?.from)} has no name`);
    else names.add(name);
    const label = name === '' ? 'holiday' : name;
    const from = dayInYear(holiday?.from, `${label} start`, `${field}.from`);
    const to = dayInYear(holiday?.to, `${label} end`, `${field}.to`);
    if (from === undefined || to === undefined) continue;
    if (from > to) {
      at(`${field}.to`).push(`${label} ends (${holiday.to}) before it starts (${holiday.from})`);
      continue;
    }
    const range = { name: label, from, to };
    if (previous !== undefined) {
      if (from < previous.from) {
        at(`${field}.from`).push(`${label} (${holiday.from}) is listed after ${previous.name} but starts before it`);
      } else if (from <= previous.to) {
        at(`${field}.from`).push(`${label} (${holiday.from}–${holiday.to}) overlaps ${previous.name}`);
      }
    }
    ranges.push(range);
    previous = range;
  }

  const makeUpList = Array.isArray(makeUpWorkdays) ? makeUpWorkdays : [];
  const seenMakeUps = new Set<number>();
  for (const [index, makeUp] of makeUpList.entries()) {
    const field = `makeUpWorkdays.${index}`;
    if (typeof makeUp === 'object' && makeUp !== null) unknownFields(makeUp, KNOWN_FIELDS['makeUp']!, field, found);
    const day = dayInYear(makeUp?.date, 'make-up workday', `${field}.date`);
    if (typeof makeUp?.holiday !== 'string' || !names.has(makeUp.holiday)) {
      at(`${field}.holiday`).push(
        `make-up workday ${String(makeUp?.date)} makes up for ${JSON.stringify(makeUp?.holiday)}, ` +
          'which is not a listed holiday',
      );
    }
    if (day === undefined) continue;
    if (seenMakeUps.has(day)) at(`${field}.date`).push(`make-up workday ${makeUp.date} is listed twice`);
    seenMakeUps.add(day);
    if (!isWeekendEpochDay(day)) {
      at(`${field}.date`).push(`make-up workday ${makeUp.date} is not a Saturday or Sunday`);
    }
    const clash = ranges.find((range) => range.from <= day && day <= range.to);
    if (clash !== undefined) {
      at(`${field}.date`).push(`${makeUp.date} is both a make-up workday and a day of ${clash.name}`);
    }
  }

  return found;
}

function unknownFields(value: object, known: readonly string[], path: string, found: HolidayDataProblem[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) found.push({ field: path === '' ? key : `${path}.${key}`, message: `${path === '' ? key : `${path}.${key}`} is not a field of a notice (expected ${known.join(', ')})` });
  }
}

/** Throws `InvalidHolidayData` listing every problem, so one run shows all that needs fixing. */
export function validateHolidayYear(holidayYear: HolidayYear): void {
  const problems = findHolidayYearFieldProblems(holidayYear);
  if (problems.length > 0) throw new InvalidHolidayData(holidayYear?.year, problems);
}
