import { isWeekendEpochDay, tryEpochDay, yearOfEpochDay } from './calendar-date';
import { InvalidHolidayData } from './calendar.errors';
import type { HolidayYear } from './holiday-year';

const DOCUMENT_NUMBER = /^国办发[^〔]*〔\d{4}〕\d+号$/;

/**
 * Every rule `holidayYear` breaks, in a sentence each; empty when the data is sound. Reads the
 * data defensively: a year typed as `HolidayYear` may still have been built from untrusted JSON.
 *
 * Every date must fall in the declared year. Some older notices start 元旦 on the previous
 * December 31 (e.g. the 2023 notice); such a range is entered from January 1, which loses nothing
 * because the December days were a weekend.
 */
export function findHolidayYearProblems(holidayYear: HolidayYear): string[] {
  const problems: string[] = [];
  const { year, notice, holidays, makeUpWorkdays } = holidayYear;

  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    problems.push(`year must be a four-digit integer, got ${String(year)}`);
  }

  if (typeof notice?.title !== 'string' || notice.title.trim() === '') {
    problems.push('notice title is missing');
  } else if (Number.isInteger(year) && !notice.title.includes(`${year}年`)) {
    problems.push(`notice title "${notice.title}" does not name the year ${year}年`);
  }
  if (typeof notice?.documentNumber !== 'string' || !DOCUMENT_NUMBER.test(notice.documentNumber)) {
    problems.push(
      `notice document number must look like 国办发明电〔2025〕7号, got ${JSON.stringify(notice?.documentNumber)}`,
    );
  }
  if (tryEpochDay(notice?.publishedOn) === undefined) {
    problems.push(`notice publication date ${JSON.stringify(notice?.publishedOn)} is not a YYYY-MM-DD date`);
  }

  const dayInYear = (value: unknown, what: string): number | undefined => {
    const day = tryEpochDay(value);
    if (day === undefined) {
      problems.push(`${what} ${JSON.stringify(value)} is not a YYYY-MM-DD date`);
      return undefined;
    }
    if (yearOfEpochDay(day) !== year) {
      problems.push(`${what} ${String(value)} is not in ${String(year)}`);
      return undefined;
    }
    return day;
  };

  const holidayList = Array.isArray(holidays) ? holidays : [];
  if (holidayList.length === 0) problems.push('no public holidays are listed');

  const names = new Set<string>();
  const ranges: { name: string; from: number; to: number }[] = [];
  let previous: { name: string; from: number; to: number } | undefined;
  for (const holiday of holidayList) {
    const name = typeof holiday?.name === 'string' ? holiday.name.trim() : '';
    if (name === '') problems.push(`a holiday starting ${String(holiday?.from)} has no name`);
    else names.add(name);
    const label = name === '' ? 'holiday' : name;
    const from = dayInYear(holiday?.from, `${label} start`);
    const to = dayInYear(holiday?.to, `${label} end`);
    if (from === undefined || to === undefined) continue;
    if (from > to) {
      problems.push(`${label} ends (${holiday.to}) before it starts (${holiday.from})`);
      continue;
    }
    const range = { name: label, from, to };
    if (previous !== undefined) {
      if (from < previous.from) {
        problems.push(`${label} (${holiday.from}) is listed after ${previous.name} but starts before it`);
      } else if (from <= previous.to) {
        problems.push(`${label} (${holiday.from}–${holiday.to}) overlaps ${previous.name}`);
      }
    }
    ranges.push(range);
    previous = range;
  }

  const makeUpList = Array.isArray(makeUpWorkdays) ? makeUpWorkdays : [];
  const seenMakeUps = new Set<number>();
  for (const makeUp of makeUpList) {
    const day = dayInYear(makeUp?.date, 'make-up workday');
    if (typeof makeUp?.holiday !== 'string' || !names.has(makeUp.holiday)) {
      problems.push(
        `make-up workday ${String(makeUp?.date)} makes up for ${JSON.stringify(makeUp?.holiday)}, ` +
          'which is not a listed holiday',
      );
    }
    if (day === undefined) continue;
    if (seenMakeUps.has(day)) problems.push(`make-up workday ${makeUp.date} is listed twice`);
    seenMakeUps.add(day);
    if (!isWeekendEpochDay(day)) {
      problems.push(`make-up workday ${makeUp.date} is not a Saturday or Sunday`);
    }
    const clash = ranges.find((range) => range.from <= day && day <= range.to);
    if (clash !== undefined) {
      problems.push(`${makeUp.date} is both a make-up workday and a day of ${clash.name}`);
    }
  }

  return problems;
}

/** Throws `InvalidHolidayData` listing every problem, so one run shows all that needs fixing. */
export function validateHolidayYear(holidayYear: HolidayYear): void {
  const problems = findHolidayYearProblems(holidayYear);
  if (problems.length > 0) throw new InvalidHolidayData(holidayYear?.year, problems);
}
