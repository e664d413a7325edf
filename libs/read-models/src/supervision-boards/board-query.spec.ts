import { CalendarDate, loadChinaCalendar } from '@app/workflow';
import { decodeListCursor, encodeListCursor, InvalidCursor, overdueBefore, SqlConditions, workingDaysOverdue } from './board-query';
import { holdersAt, UnitTerm } from './org-responsibility/responsibility.query';

const calendar = loadChinaCalendar();

describe('overdue on a board', () => {
  it('filtering due_on before the last working day up to today agrees with counting working days overdue, day by day across a holiday', () => {
    // Around 劳动节 2026 (1–5 May off, make-up workday on Saturday 9 May) and a plain weekend.
    const days = Array.from({ length: 30 }, (_, i) => new Date(Date.UTC(2026, 3, 20 + i)).toISOString().slice(0, 10) as CalendarDate);
    for (const dueOn of days) {
      const deadlineAt = new Date(Date.parse(`${dueOn}T23:59:59.999+08:00`)).toISOString();
      for (const today of days) {
        const clock = { now: new Date(`${today}T10:00:00+08:00`), calendar };
        expect([dueOn, today, dueOn < overdueBefore(clock)]).toEqual([dueOn, today, workingDaysOverdue({ dueOn, deadlineAt }, clock) > 0]);
      }
    }
  });
});

describe('responsibility terms', () => {
  const terms: UnitTerm[] = [
    { unitId: 'anji', role: 'secretary', personId: 'li', name: '李书记', from: '2025-01-01T00:00:00.000Z', until: '2026-03-05T00:00:00.000Z' },
    { unitId: 'anji', role: 'secretary', personId: 'wang', name: '王书记', from: '2026-03-05T00:00:00.000Z', until: null },
    { unitId: 'anji', role: 'liaison', personId: 'zhao', name: '赵联络员', from: '2025-06-01T00:00:00.000Z', until: '2025-12-31T00:00:00.000Z' },
    { unitId: 'xilong', role: 'secretary', personId: 'chen', name: '陈书记', from: '2025-01-01T00:00:00.000Z', until: null },
  ];

  it('a term covers its start and not its end, so at the handover instant the new holder is in office', () => {
    expect(holdersAt(terms, 'anji', '2026-03-04T23:59:59.999Z').secretary?.personId).toBe('li');
    expect(holdersAt(terms, 'anji', '2026-03-05T00:00:00.000Z').secretary?.personId).toBe('wang');
    expect(holdersAt(terms, 'anji', '2024-12-31T00:00:00.000Z')).toEqual({});
  });

  it('today’s holders are the terms still running; a role left vacant is absent', () => {
    expect(Object.keys(holdersAt(terms, 'anji', null))).toEqual(['secretary']);
    expect(holdersAt(terms, 'anji', '2025-07-01T00:00:00.000Z')).toMatchObject({ secretary: { personId: 'li' }, liaison: { personId: 'zhao' } });
  });
});

describe('SqlConditions', () => {
  it('numbers its parameters in the order they are added, in and outside the WHERE clause', () => {
    const where = new SqlConditions().add(`status <> 'closed'`).add('unit_path @> ?::text[]', ['anji']).add('status = ?', 'signed');
    expect(`${where.where} LIMIT ${where.parameter(51)}`).toBe(`WHERE status <> 'closed' AND unit_path @> $1::text[] AND status = $2 LIMIT $3`);
    expect(where.parameters).toEqual([['anji'], 'signed', 51]);
  });
});

describe('list cursors', () => {
  it('give back the key they were made from, for the list that made them', () => {
    for (const key of ['case-0196f2c4-7f3a-7c1e-9a44-5b0d2e1f3a10', 'round-余村', 'a:b:c']) {
      expect(decodeListCursor('cases', encodeListCursor('cases', key))).toBe(key);
    }
  });

  it('refuse text they did not hand out: garbage, padding, another list’s cursor, an empty key, control characters, bad UTF-8', () => {
    const tasks = encodeListCursor('tasks', 'task-1');
    const refused = [
      'not-a-cursor',
      '',
      `${tasks}=`,
      `${tasks}!`,
      tasks,
      encodeListCursor('cases', ''),
      encodeListCursor('cases', 'case\u0000-1'),
      Buffer.concat([Buffer.from('cases:'), Buffer.from([0xff, 0xfe])]).toString('base64url'),
      encodeListCursor('cases', 'x'.repeat(501)),
    ];
    for (const text of refused) expect(() => decodeListCursor('cases', text)).toThrow(InvalidCursor);
  });
});
