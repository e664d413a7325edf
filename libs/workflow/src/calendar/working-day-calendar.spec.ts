import fc from 'fast-check';
import type { CalendarDate } from './calendar-date';
import {
  InvalidCalendarDate,
  InvalidHolidayData,
  InvalidWorkingDayCount,
} from './calendar.errors';
import { CN_2025 } from './data/cn-2025';
import { CN_2026 } from './data/cn-2026';
import { loadChinaCalendar } from './load-china-calendar';
import { WorkingDayCalendar } from './working-day-calendar';

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to throw');
}

describe('WorkingDayCalendar', () => {
  const calendar = loadChinaCalendar();

  describe('given a make-up workday (调休上班)', () => {
    it.each<[CalendarDate, string]>([
      ['2026-02-14', '春节'],
      ['2025-02-08', '春节'],
      ['2026-01-04', '元旦'],
      ['2025-09-28', '国庆节、中秋节'],
    ])('when %s is asked about, then it is a working day that makes up for %s', (date, holiday) => {
      expect(calendar.isWorkingDay(date)).toBe(true);
      expect(calendar.classify(date)).toEqual({ kind: 'make-up-workday', isWorkingDay: true, holiday });
    });

    it('when a deadline is counted from the Friday before it, then the make-up Saturday is the first working day', () => {
      expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
      expect(calendar.addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    });
  });

  describe('given an ordinary weekend', () => {
    it('when Saturday and Sunday are asked about, then neither is a working day', () => {
      expect(calendar.classify('2026-03-07')).toEqual({ kind: 'weekend', isWorkingDay: false });
      expect(calendar.isWorkingDay('2026-03-08')).toBe(false);
      expect(calendar.classify('2026-03-09')).toEqual({ kind: 'workday', isWorkingDay: true });
    });

    it('when 1 working day is added to a Friday, then the deadline is the Monday', () => {
      expect(calendar.addWorkingDays('2026-03-06', 1)).toBe('2026-03-09');
      expect(calendar.addWorkingDays('2026-03-06', 5)).toBe('2026-03-13');
    });

    it('when 1 working day is added to a Saturday, then the deadline is the Monday', () => {
      expect(calendar.addWorkingDays('2026-03-07', 1)).toBe('2026-03-09');
    });
  });

  describe('given a holiday week', () => {
    it('when the days of 2025 国庆节、中秋节 are asked about, then none is a working day', () => {
      for (let day = 1; day <= 8; day++) {
        const date = `2025-10-0${day}` as CalendarDate;
        expect(calendar.classify(date)).toEqual({ kind: 'public-holiday', isWorkingDay: false, holiday: '国庆节、中秋节' });
      }
    });

    it('when working days are added across 2025 国庆节, then the whole holiday is skipped', () => {
      expect(calendar.addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
      expect(calendar.addWorkingDays('2025-09-30', 3)).toBe('2025-10-11');
      expect(calendar.addWorkingDays('2025-09-30', 4)).toBe('2025-10-13');
    });

    it('when working days are added across 2026 春节, then the nine days off are skipped and both make-up Saturdays count', () => {
      expect(calendar.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
      // Feb 13, 14 (make-up), 24, 25, 26, 27, 28 (make-up), Mar 2, 3, 4
      expect(calendar.addWorkingDays('2026-02-12', 10)).toBe('2026-03-04');
    });
  });

  describe('given a count of zero', () => {
    it('when the day is a working day, then the deadline is that day', () => {
      expect(calendar.addWorkingDays('2026-03-09', 0)).toBe('2026-03-09');
      expect(calendar.addWorkingDays('2026-02-14', 0)).toBe('2026-02-14');
    });

    it('when the day is off, then the deadline moves to the next working day', () => {
      expect(calendar.addWorkingDays('2026-03-07', 0)).toBe('2026-03-09');
      expect(calendar.addWorkingDays('2026-02-16', 0)).toBe('2026-02-24');
    });
  });

  describe('given a deadline to count back from', () => {
    it('when 1 working day is subtracted after 春节, then the make-up Saturday before it is found', () => {
      expect(calendar.subtractWorkingDays('2026-02-24', 1)).toBe('2026-02-14');
      expect(calendar.previousWorkingDay('2026-02-24')).toBe('2026-02-14');
    });

    it('when 3 working days are subtracted from a Wednesday, then the previous Friday is found', () => {
      expect(calendar.subtractWorkingDays('2026-03-11', 3)).toBe('2026-03-06');
    });

    it('when 0 working days are subtracted from a day off, then the last working day before it is found', () => {
      expect(calendar.subtractWorkingDays('2026-02-16', 0)).toBe('2026-02-14');
      expect(calendar.subtractWorkingDays('2026-03-10', 0)).toBe('2026-03-10');
    });

    it('when adding and subtracting the same count, then they undo each other from a working day', () => {
      for (const count of [1, 2, 5, 20, 60]) {
        expect(calendar.subtractWorkingDays(calendar.addWorkingDays('2025-09-26', count), count)).toBe('2025-09-26');
      }
    });
  });

  describe('nextWorkingDay', () => {
    it('given a working day or a day off, when asked, then it is the first working day strictly after', () => {
      expect(calendar.nextWorkingDay('2026-03-09')).toBe('2026-03-10');
      expect(calendar.nextWorkingDay('2026-05-01')).toBe('2026-05-06');
      expect(calendar.nextWorkingDay('2026-05-08')).toBe('2026-05-09');
    });
  });

  describe('workingDaysBetween', () => {
    it('given the same day twice, when counted, then it is zero', () => {
      expect(calendar.workingDaysBetween('2026-02-16', '2026-02-16')).toBe(0);
    });

    it('given a later day, when counted, then the start is excluded and the end included', () => {
      expect(calendar.workingDaysBetween('2026-03-09', '2026-03-13')).toBe(4);
      expect(calendar.workingDaysBetween('2026-03-06', '2026-03-09')).toBe(1);
      expect(calendar.workingDaysBetween('2026-02-13', '2026-02-24')).toBe(2);
    });

    it('given an earlier day, when counted, then the count is negative and mirrors the forward count', () => {
      expect(calendar.workingDaysBetween('2026-02-24', '2026-02-13')).toBe(-2);
      expect(calendar.workingDaysBetween('2026-03-13', '2026-03-09')).toBe(-4);
    });

    it('given dates on both sides of New Year, when counted, then both years are used', () => {
      expect(calendar.workingDaysBetween('2025-12-31', '2026-01-05')).toBe(2);
      expect(calendar.workingDaysBetween('2026-01-05', '2025-12-31')).toBe(-2);
      expect(calendar.workingDaysBetween('2024-12-31', '2025-01-02')).toBe(1);
      expect(calendar.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04');
    });

    it('given any start, when counting up to addWorkingDays(start, n), then the count is n', () => {
      const starts: CalendarDate[] = ['2025-01-24', '2025-09-27', '2026-02-14', '2026-02-15', '2026-09-19'];
      for (const start of starts) {
        for (const count of [1, 3, 7, 15]) {
          expect(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, count))).toBe(count);
        }
      }
    });

    it('given any two days of 2015–2032 (official and provisional years), when counted, then the count is that of the days after the first through the second, asked one by one', () => {
      const dayOf = (epochDay: number) => new Date(epochDay * 86_400_000).toISOString().slice(0, 10) as CalendarDate;
      const firstDay = Date.UTC(2015, 0, 1) / 86_400_000;
      const lastDay = Date.UTC(2032, 11, 31) / 86_400_000;
      const oneByOne = (from: number, to: number) => {
        let count = 0;
        for (let day = Math.min(from, to) + 1; day <= Math.max(from, to); day++) if (calendar.isWorkingDay(dayOf(day))) count++;
        return to < from ? -count : count;
      };
      const day = fc.integer({ min: firstDay, max: lastDay });
      fc.assert(
        fc.property(day, fc.integer({ min: -800, max: 800 }), (from, span) => {
          const to = Math.min(lastDay, Math.max(firstDay, from + span));
          expect(calendar.workingDaysBetween(dayOf(from), dayOf(to))).toBe(oneByOne(from, to));
        }),
        { numRuns: 300 },
      );
      for (const [from, to] of [['2025-12-31', '2026-01-01'], ['2025-12-31', '2025-12-31'], ['2024-01-01', '2026-12-31'], ['2026-12-31', '2027-12-31'], ['2016-02-28', '2016-03-01']] as const) {
        expect(calendar.workingDaysBetween(from, to)).toBe(oneByOne(Date.parse(from) / 86_400_000, Date.parse(to) / 86_400_000));
      }
    });
  });

  describe('given a date in a year with no loaded notice', () => {
    it('when it is asked about, then the provisional calendar answers: statutory days off, no make-up workdays', () => {
      expect(calendar.basisOf(2027)).toBe('provisional');
      expect(calendar.basisOf(2026)).toBe('official');
      expect(calendar.classify('2027-01-01')).toEqual({ kind: 'public-holiday', isWorkingDay: false, holiday: '元旦' });
      expect(calendar.classify('2027-01-04')).toEqual({ kind: 'workday', isWorkingDay: true });
      // 2027 国庆节: 1 October is a Friday, 2 and 3 a weekend: Monday 4 and Tuesday 5 are days in lieu.
      expect(calendar.classify('2027-10-03')).toEqual({ kind: 'public-holiday', isWorkingDay: false, holiday: '国庆节' });
      expect(calendar.classify('2027-10-05')).toEqual({ kind: 'day-in-lieu', isWorkingDay: false, holiday: '国庆节' });
      expect(calendar.isWorkingDay('2027-10-06')).toBe(true);
    });

    it('when a deadline runs past the last loaded year, then it is counted on, provisionally', () => {
      // Thu 31 Dec, (Fri 1 Jan 元旦), Mon 4, Tue 5, Wed 6, Thu 7.
      expect(calendar.addWorkingDays('2026-12-30', 5)).toBe('2027-01-07');
      expect(calendar.hasProvisionalDaysIn('2026-12-30', '2027-01-07')).toBe(true);
      expect(calendar.hasProvisionalDaysIn('2026-12-01', '2026-12-31')).toBe(false);
      // 2023 has no notice either: 元旦 2024 is a Monday, the 2023 days before are counted by statute.
      expect(calendar.workingDaysBetween('2023-12-28', '2024-01-03')).toBe(3); // Fri 29, Tue 2, Wed 3
    });

    it('when the start day lies in a provisional year, then only the days counted over decide the basis', () => {
      expect(calendar.addWorkingDays('2023-12-31', 1)).toBe('2024-01-02');
      expect(calendar.hasProvisionalDaysIn('2023-12-31', '2024-01-02')).toBe(false);
      expect(calendar.hasProvisionalDaysIn('2023-12-29', '2024-01-02')).toBe(true);
    });

    it('when its notice is asked for, then there is none, and the official years keep theirs', () => {
      expect(calendar.noticeFor(2027)).toBeUndefined();
      expect(calendar.noticeFor(2026)?.documentNumber).toBe('国办发明电〔2025〕7号');
    });

    it('when a calendar holds only 2026, then the 2025 days it needs are provisional and add up as the notice does', () => {
      const only2026 = new WorkingDayCalendar([CN_2026]);
      expect(only2026.loadedYears).toEqual([2026]);
      expect(only2026.workingDaysBetween('2025-12-31', '2026-01-05')).toBe(2);
      expect(only2026.workingDaysBetween('2024-12-31', '2025-12-31')).toBe(calendar.workingDaysBetween('2024-12-31', '2025-12-31'));
      expect(only2026.subtractWorkingDays('2026-01-05', 2)).toBe('2025-12-31');
    });

    it('when the year lies before the statute revisions the calendar knows, then CALENDAR_YEAR_OUT_OF_RANGE names the range', () => {
      expect(thrownBy(() => calendar.isWorkingDay('2007-06-01'))).toMatchObject({
        code: 'CALENDAR_YEAR_OUT_OF_RANGE',
        year: 2007,
        firstYear: 2008,
      });
    });
  });

  describe('the last official day', () => {
    it('given today in an official year, when asked, then it is the end of the run of official years from today', () => {
      expect(calendar.lastOfficialDayFrom('2026-12-06')).toBe('2026-12-31');
      expect(calendar.lastOfficialDayFrom('2024-03-01')).toBe('2026-12-31');
    });

    it('given today in a provisional year, when asked, then it is the last official day before it, or none', () => {
      expect(calendar.lastOfficialDayFrom('2027-01-04')).toBe('2026-12-31');
      expect(calendar.lastOfficialDayFrom('2023-06-01')).toBeUndefined();
    });
  });

  describe('fingerprint', () => {
    it('given the same years, when built twice, then the fingerprints match; another year changes it', () => {
      expect(new WorkingDayCalendar([CN_2025, CN_2026]).fingerprint).toBe(new WorkingDayCalendar([CN_2026, CN_2025]).fingerprint);
      expect(new WorkingDayCalendar([CN_2026]).fingerprint).not.toBe(new WorkingDayCalendar([CN_2025, CN_2026]).fingerprint);
    });
  });

  describe('given bad input', () => {
    it('when a date does not exist, then INVALID_CALENDAR_DATE is thrown', () => {
      expect(() => calendar.isWorkingDay('2026-02-29')).toThrow(InvalidCalendarDate);
      expect(() => calendar.workingDaysBetween('2026-02-01', '2026-2-3' as CalendarDate)).toThrow(InvalidCalendarDate);
    });

    it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
      'when %p working days are added or subtracted, then INVALID_WORKING_DAY_COUNT is thrown',
      (count) => {
        expect(thrownBy(() => calendar.addWorkingDays('2026-03-09', count))).toBeInstanceOf(InvalidWorkingDayCount);
        expect(thrownBy(() => calendar.subtractWorkingDays('2026-03-09', count))).toMatchObject({
          code: 'INVALID_WORKING_DAY_COUNT',
        });
      },
    );

    it('when the same year is supplied twice, then construction fails', () => {
      expect(thrownBy(() => new WorkingDayCalendar([CN_2025, CN_2025]))).toMatchObject({
        code: 'INVALID_HOLIDAY_DATA',
        problems: ['the year 2025 is supplied more than once'],
      });
    });

    it('when a year breaks a data rule, then construction fails with the problems', () => {
      const broken = { ...CN_2026, makeUpWorkdays: [{ date: '2026-02-16' as CalendarDate, holiday: '春节' }] };
      const error = thrownBy(() => new WorkingDayCalendar([broken]));
      expect(error).toBeInstanceOf(InvalidHolidayData);
      expect((error as InvalidHolidayData).problems).toContain('make-up workday 2026-02-16 is not a Saturday or Sunday');
    });
  });
});
