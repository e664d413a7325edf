import { deciderSpecification } from '@app/testing';
import { Actor, RoleNotAllowedError, SYSTEM_ACTOR } from '../../workflow-definition';
import { InvalidHolidayData } from '../calendar.errors';
import type { HolidayYear } from '../holiday-year';
import { CHINA_HOLIDAY_YEARS, loadChinaCalendar } from '../load-china-calendar';
import {
  CalendarNoticeLoaded,
  calendarNoticesAsOf,
  calendarOfNotices,
  calendarWorkflow,
  noticesInForce,
} from './calendar-notices';

/** Test data only: a made-up notice for 2027, shaped like the State Council's, not its content. */
const TEST_NOTICE_2027: HolidayYear = {
  year: 2027,
  notice: {
    title: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）',
    documentNumber: '国办发明电〔2026〕99号',
    publishedOn: '2026-11-20',
    checkedAgainst: ['test fixture, not a published notice'],
  },
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-13' },
  ],
  makeUpWorkdays: [{ date: '2027-02-14', holiday: '春节' }],
};

const admin: Actor = { userId: 'admin', roles: ['admin'] };
const official: Actor = { userId: 'official.anji', roles: ['official'], orgUnitId: 'anji' };
const NOW = new Date('2026-12-06T02:00:00.000Z');
const settings = { builtInYears: CHINA_HOLIDAY_YEARS };

const spec = deciderSpecification(calendarWorkflow, { now: NOW, calendar: loadChinaCalendar(), settings });

function loaded(holidayYear: HolidayYear, replaced: CalendarNoticeLoaded['data']['replaced'], loadedBy = 'admin', loadedAt = NOW): CalendarNoticeLoaded {
  return {
    type: 'CalendarNoticeLoaded',
    data: {
      year: holidayYear.year,
      notice: { ...holidayYear.notice, checkedAgainst: [...holidayYear.notice.checkedAgainst] },
      holidays: holidayYear.holidays,
      makeUpWorkdays: holidayYear.makeUpWorkdays,
      replaced,
      loadedBy,
      loadedAt: loadedAt.toISOString(),
    },
  };
}

describe('the calendar as events', () => {
  describe('LoadCalendarNotice', () => {
    it('given no loads, when an admin loads a notice for a provisional year, then CalendarNoticeLoaded records it and who loaded it', () => {
      spec.given([]).when({ type: 'LoadCalendarNotice', notice: TEST_NOTICE_2027 }, { actor: admin }).then([loaded(TEST_NOTICE_2027, 'provisional')]);
    });

    it('given no loads, when the command line (system) loads it, then the event names the system actor', () => {
      spec.given([]).when({ type: 'LoadCalendarNotice', notice: TEST_NOTICE_2027 }, { actor: SYSTEM_ACTOR }).then([loaded(TEST_NOTICE_2027, 'provisional', 'system')]);
    });

    it('given the notice is in force already, when it is loaded again, then nothing is recorded', () => {
      spec.given([loaded(TEST_NOTICE_2027, 'provisional')]).when({ type: 'LoadCalendarNotice', notice: TEST_NOTICE_2027 }, { actor: admin }).then([]);
    });

    it('given a shipped year, when the same notice is loaded, then nothing is recorded; when a corrected one is, then it replaces the shipped one', () => {
      const shipped2026 = CHINA_HOLIDAY_YEARS.find((year) => year.year === 2026)!;
      spec.given([]).when({ type: 'LoadCalendarNotice', notice: shipped2026 }, { actor: admin }).then([]);
      const corrected = { ...shipped2026, notice: { ...shipped2026.notice, documentNumber: '国办发明电〔2025〕8号' } };
      spec.given([]).when({ type: 'LoadCalendarNotice', notice: corrected }, { actor: admin }).then([loaded(corrected, 'built-in')]);
    });

    it('given a notice that breaks the rules of the shipped years, when loaded, then INVALID_HOLIDAY_DATA lists every bad field', () => {
      const broken = {
        ...TEST_NOTICE_2027,
        notice: { ...TEST_NOTICE_2027.notice, documentNumber: '99号' },
        makeUpWorkdays: [{ date: '2027-02-12', holiday: '春节' }],
      };
      let error: unknown;
      try {
        spec.given([]).when({ type: 'LoadCalendarNotice', notice: broken }, { actor: admin }).events();
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(InvalidHolidayData);
      expect((error as InvalidHolidayData).fieldProblems.map((problem) => problem.field)).toEqual([
        'notice.documentNumber',
        'makeUpWorkdays.0.date',
        'makeUpWorkdays.0.date',
      ]);
    });

    it('given anything but an object, when loaded, then it is refused as invalid data', () => {
      spec.given([]).when({ type: 'LoadCalendarNotice', notice: 'not a notice' }, { actor: admin }).thenThrows(InvalidHolidayData, 'INVALID_HOLIDAY_DATA');
    });

    it('given an official, when they load a notice, then ROLE_NOT_ALLOWED', () => {
      spec.given([]).when({ type: 'LoadCalendarNotice', notice: TEST_NOTICE_2027 }, { actor: official }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('folding the loads into a calendar', () => {
    const history = [loaded(TEST_NOTICE_2027, 'provisional', 'admin', new Date('2026-12-10T00:00:00.000Z'))];
    const state = spec.given(history).state();

    it('given a 2027 load, when the calendar is built, then 2027 is official with the loaded days', () => {
      const calendar = calendarOfNotices(state, CHINA_HOLIDAY_YEARS);
      expect(calendar.loadedYears).toEqual([2024, 2025, 2026, 2027]);
      expect(calendar.basisOf(2027)).toBe('official');
      expect(calendar.classify('2027-02-12')).toEqual({ kind: 'public-holiday', isWorkingDay: false, holiday: '春节' });
      expect(calendar.classify('2027-02-14')).toEqual({ kind: 'make-up-workday', isWorkingDay: true, holiday: '春节' });
      expect(noticesInForce(state, CHINA_HOLIDAY_YEARS).get(2027)).toMatchObject({ source: 'loaded', loadedBy: 'admin', loadedAt: '2026-12-10T00:00:00.000Z' });
      expect(noticesInForce(state, CHINA_HOLIDAY_YEARS).get(2026)).toMatchObject({ source: 'built-in', loadedAt: null });
    });

    it('given a 2027 load, when read as of an instant before it, then 2027 is still provisional; as of the load, official', () => {
      expect(calendarOfNotices(calendarNoticesAsOf(state, new Date('2026-12-09T23:59:59.999Z')), CHINA_HOLIDAY_YEARS).basisOf(2027)).toBe('provisional');
      expect(calendarOfNotices(calendarNoticesAsOf(state, new Date('2026-12-10T00:00:00.000Z')), CHINA_HOLIDAY_YEARS).basisOf(2027)).toBe('official');
    });

    it('given two loads of one year, when folded, then the newer one is in force', () => {
      const second = { ...TEST_NOTICE_2027, makeUpWorkdays: [] };
      const twice = spec.given([...history, loaded(second, 'loaded')]).state();
      expect(calendarOfNotices(twice, CHINA_HOLIDAY_YEARS).classify('2027-02-14')).toEqual({ kind: 'weekend', isWorkingDay: false });
    });
  });
});
