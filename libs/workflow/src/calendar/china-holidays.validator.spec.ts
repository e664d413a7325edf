import { InvalidHolidayData } from './calendar.errors';
import { findHolidayYearFieldProblems, findHolidayYearProblems, validateHolidayYear } from './china-holidays.validator';
import type { HolidayYear } from './holiday-year';
import { CHINA_HOLIDAY_YEARS } from './load-china-calendar';

const soundYear: HolidayYear = {
  year: 2026,
  notice: {
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    documentNumber: '国办发明电〔2025〕7号',
    publishedOn: '2025-11-04',
    checkedAgainst: [],
  },
  holidays: [
    { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
    { name: '春节', from: '2026-02-15', to: '2026-02-23' },
  ],
  makeUpWorkdays: [
    { date: '2026-01-04', holiday: '元旦' },
    { date: '2026-02-14', holiday: '春节' },
  ],
};

function problemsOf(change: Partial<HolidayYear>): string[] {
  return findHolidayYearProblems({ ...soundYear, ...change });
}

describe('validateHolidayYear', () => {
  it.each(CHINA_HOLIDAY_YEARS.map((year) => [year.year, year] as const))(
    'given the shipped data for %i, when validated, then it has no problems',
    (_, year) => {
      expect(findHolidayYearProblems(year)).toEqual([]);
      expect(() => validateHolidayYear(year)).not.toThrow();
    },
  );

  describe('given data that breaks a rule', () => {
    it('when a date does not exist, then it is named', () => {
      const problems = problemsOf({
        holidays: [soundYear.holidays[0], { name: '春节', from: '2026-02-15', to: '2026-02-30' }],
      });
      expect(problems).toEqual(['春节 end "2026-02-30" is not a YYYY-MM-DD date']);
    });

    it('when a date is not written YYYY-MM-DD, then it is named', () => {
      const problems = problemsOf({
        makeUpWorkdays: [{ date: '2026-2-14' as HolidayYear['makeUpWorkdays'][number]['date'], holiday: '春节' }],
      });
      expect(problems).toEqual(['make-up workday "2026-2-14" is not a YYYY-MM-DD date']);
    });

    it('when a date is outside the declared year, then it is named', () => {
      const problems = problemsOf({
        holidays: [{ name: '元旦', from: '2025-12-31', to: '2026-01-02' }, soundYear.holidays[1]],
        makeUpWorkdays: [{ date: '2027-02-13', holiday: '春节' }],
      });
      expect(problems).toEqual(['元旦 start 2025-12-31 is not in 2026', 'make-up workday 2027-02-13 is not in 2026']);
    });

    it('when a day is both a holiday and a make-up workday, then the clash is named', () => {
      const problems = problemsOf({ makeUpWorkdays: [{ date: '2026-02-21', holiday: '春节' }] });
      expect(problems).toEqual(['2026-02-21 is both a make-up workday and a day of 春节']);
    });

    it('when a make-up workday is a weekday, then it is named', () => {
      const problems = problemsOf({ makeUpWorkdays: [{ date: '2026-02-13', holiday: '春节' }] });
      expect(problems).toEqual(['make-up workday 2026-02-13 is not a Saturday or Sunday']);
    });

    it('when a make-up workday is listed twice, then it is named', () => {
      const problems = problemsOf({
        makeUpWorkdays: [
          { date: '2026-02-14', holiday: '春节' },
          { date: '2026-02-14', holiday: '春节' },
        ],
      });
      expect(problems).toEqual(['make-up workday 2026-02-14 is listed twice']);
    });

    it('when a make-up workday makes up for a holiday that is not listed, then it is named', () => {
      const problems = problemsOf({ makeUpWorkdays: [{ date: '2026-05-09', holiday: '劳动节' }] });
      expect(problems).toEqual(['make-up workday 2026-05-09 makes up for "劳动节", which is not a listed holiday']);
    });

    it('when holidays are listed out of order, then it is named', () => {
      const problems = problemsOf({ holidays: [soundYear.holidays[1], soundYear.holidays[0]] });
      expect(problems).toEqual(['元旦 (2026-01-01) is listed after 春节 but starts before it']);
    });

    it('when two holidays overlap, then it is named', () => {
      const problems = problemsOf({
        holidays: [soundYear.holidays[0], { name: '春节', from: '2026-01-03', to: '2026-01-05' }],
        makeUpWorkdays: [],
      });
      expect(problems).toEqual(['春节 (2026-01-03–2026-01-05) overlaps 元旦']);
    });

    it('when a holiday ends before it starts, then it is named', () => {
      const problems = problemsOf({
        holidays: [soundYear.holidays[0], { name: '春节', from: '2026-02-23', to: '2026-02-15' }],
      });
      expect(problems).toEqual(['春节 ends (2026-02-15) before it starts (2026-02-23)']);
    });

    it('when a holiday has no name, then it is named', () => {
      const problems = problemsOf({ holidays: [soundYear.holidays[0], { name: ' ', from: '2026-02-15', to: '2026-02-23' }] });
      expect(problems).toContain('a holiday starting 2026-02-15 has no name');
    });

    it('when no holidays are listed, then it is named', () => {
      expect(problemsOf({ holidays: [], makeUpWorkdays: [] })).toEqual(['no public holidays are listed']);
    });

    it('when the notice reference is missing, then each missing part is named', () => {
      const problems = problemsOf({
        notice: { title: '', documentNumber: '', publishedOn: '2025-11-31', checkedAgainst: [] },
      });
      expect(problems).toEqual([
        'notice title is missing',
        'notice document number must look like 国办发明电〔2025〕7号, got ""',
        'notice publication date "2025-11-31" is not a YYYY-MM-DD date',
      ]);
    });

    it('when the notice is for another year, then it is named', () => {
      const problems = problemsOf({ notice: { ...soundYear.notice, title: '国务院办公厅关于2025年部分节假日安排的通知' } });
      expect(problems).toEqual(['notice title "国务院办公厅关于2025年部分节假日安排的通知" does not name the year 2026年']);
    });

    it('when the year is not a four-digit integer, then it is named', () => {
      expect(problemsOf({ year: 2026.5 })).toContain('year must be a four-digit integer, got 2026.5');
    });

    it('when the data arrives without a notice at all, then it is rejected rather than crashing', () => {
      const untrusted = { ...soundYear, notice: undefined } as unknown as HolidayYear;
      expect(findHolidayYearProblems(untrusted)).toHaveLength(3);
    });
  });

  it('given several broken rules, when validated, then one INVALID_HOLIDAY_DATA error lists them all', () => {
    const broken: HolidayYear = {
      ...soundYear,
      notice: { ...soundYear.notice, documentNumber: '7号' },
      makeUpWorkdays: [
        { date: '2026-02-13', holiday: '春节' },
        { date: '2026-02-21', holiday: '春节' },
      ],
    };
    let error: unknown;
    try {
      validateHolidayYear(broken);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidHolidayData);
    const invalid = error as InvalidHolidayData;
    expect(invalid.code).toBe('INVALID_HOLIDAY_DATA');
    expect(invalid.year).toBe(2026);
    expect(invalid.problems).toHaveLength(3);
    expect(invalid.message).toContain('Holiday data for 2026 is invalid');
    expect(invalid.message).toContain('- make-up workday 2026-02-13 is not a Saturday or Sunday');
  });
});

describe('findHolidayYearFieldProblems', () => {
  it('given a notice with broken fields, when validated, then each problem names its field as a dotted path', () => {
    const problems = findHolidayYearFieldProblems({
      ...soundYear,
      notice: { ...soundYear.notice, documentNumber: '7号' },
      holidays: [soundYear.holidays[0]!, { name: '春节', from: '2026-02-15', to: '2026-02-30' as HolidayYear['holidays'][number]['to'] }],
      makeUpWorkdays: [{ date: '2026-02-13', holiday: '春节' }],
    });
    expect(problems).toEqual([
      { field: 'notice.documentNumber', message: 'notice document number must look like 国办发明电〔2025〕7号, got "7号"' },
      { field: 'holidays.1.to', message: '春节 end "2026-02-30" is not a YYYY-MM-DD date' },
      { field: 'makeUpWorkdays.0.date', message: 'make-up workday 2026-02-13 is not a Saturday or Sunday' },
    ]);
  });

  it('given fields a notice does not have, when validated, then each one is named', () => {
    const withExtras = { ...soundYear, source: 'web', holidays: [{ ...soundYear.holidays[0]!, days: 3 }, soundYear.holidays[1]!] } as unknown as HolidayYear;
    expect(findHolidayYearFieldProblems(withExtras).map((problem) => problem.field)).toEqual(['source', 'holidays.0.days']);
  });

  it('given something that is not an object, when validated, then it is refused without crashing', () => {
    expect(findHolidayYearFieldProblems(null as unknown as HolidayYear)).toEqual([{ field: '', message: 'a year of holiday data must be a JSON object' }]);
  });
});
