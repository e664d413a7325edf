import {
  type CalendarDate,
  endOfShanghaiDay,
  isCalendarDate,
  parseCalendarDate,
  shanghaiDateOf,
  startOfShanghaiDay,
} from './calendar-date';
import { InvalidCalendarDate } from './calendar.errors';

describe('Shanghai calendar dates', () => {
  describe('given an instant', () => {
    it.each([
      ['2026-03-01T17:00:00.000Z', '2026-03-02'],
      ['2026-03-01T15:59:59.999Z', '2026-03-01'],
      ['2026-03-01T16:00:00.000Z', '2026-03-02'],
      ['2026-03-01T00:00:00.000Z', '2026-03-01'],
      ['2025-12-31T16:00:00.000Z', '2026-01-01'],
      ['2024-02-28T16:30:00.000Z', '2024-02-29'],
    ])('when %s is read in China, then it is %s', (instant, expected) => {
      expect(shanghaiDateOf(new Date(instant))).toBe(expected);
    });

    it('when the Date is not a valid time, then it is rejected', () => {
      expect(() => shanghaiDateOf(new Date(Number.NaN))).toThrow(InvalidCalendarDate);
    });
  });

  describe('given a calendar date', () => {
    it('when a deadline falls on it, then it is met until 23:59:59.999 Beijing time', () => {
      expect(endOfShanghaiDay('2026-03-02').toISOString()).toBe('2026-03-02T15:59:59.999Z');
    });

    it('when the day starts in China, then it is 16:00 UTC on the day before', () => {
      expect(startOfShanghaiDay('2026-03-02').toISOString()).toBe('2026-03-01T16:00:00.000Z');
      expect(startOfShanghaiDay('2026-01-01').toISOString()).toBe('2025-12-31T16:00:00.000Z');
    });

    it('when its start and end instants are read back, then both fall on it and the next millisecond does not', () => {
      const date: CalendarDate = '2026-02-28';
      expect(shanghaiDateOf(startOfShanghaiDay(date))).toBe(date);
      expect(shanghaiDateOf(endOfShanghaiDay(date))).toBe(date);
      expect(shanghaiDateOf(new Date(endOfShanghaiDay(date).getTime() + 1))).toBe('2026-03-01');
      expect(shanghaiDateOf(new Date(startOfShanghaiDay(date).getTime() - 1))).toBe('2026-02-27');
    });
  });

  describe('given untrusted text', () => {
    it.each(['2026-02-14', '2024-02-29', '2000-02-29'])('when it is %s, then it is accepted', (value) => {
      expect(isCalendarDate(value)).toBe(true);
      expect(parseCalendarDate(value)).toBe(value);
    });

    it.each(['2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-2-1', '2026-02-28T00:00', '', ' 2026-02-14'])(
      'when it is %j, then it is rejected with INVALID_CALENDAR_DATE',
      (value) => {
        expect(isCalendarDate(value)).toBe(false);
        expect(() => parseCalendarDate(value)).toThrow(expect.objectContaining({ code: 'INVALID_CALENDAR_DATE' }));
      },
    );
  });
});
