import { DomainError, RoleNotAllowedError } from '@app/workflow';
import { WarningColour } from './case';
import { CaseEvent } from './case.events';
import { caseSettings, DEFAULT_CASE_SETTINGS } from './case.settings';
import {
  admin,
  after,
  assigned,
  calendar,
  COMMANDS,
  HISTORY,
  openCase,
  opened,
  signed,
  spec,
  stateOf,
  Step,
  system,
  timersAfter,
  township,
  YUCUN_CHAIN,
} from './case.spec-fixtures';
import { blueWarningAt, redWarningAt, warningInstants, yellowWarningAt } from './case-warnings';

const at = (iso: string) => new Date(iso);

/** The fixture case is due Monday 9 March 2026. */
const BLUE_AT = at('2026-03-04T16:00:00.000Z'); // Thursday 5 March, 00:00 in China
const YELLOW_AT = at('2026-03-09T16:00:00.000Z'); // Tuesday 10 March, 00:00
const RED_AT = at('2026-03-12T16:00:00.000Z'); // Friday 13 March, 00:00

const raiseWarning = (colour: WarningColour, dueAt: Date) => ({ type: 'RaiseWarning' as const, colour, dueAt: dueAt.toISOString() });

/** The events after `history` when the `colour` timer due at `dueAt` fires on time. */
function fire(history: readonly CaseEvent[], colour: WarningColour, dueAt: Date, settings = DEFAULT_CASE_SETTINGS): CaseEvent[] {
  return after(history, raiseWarning(colour, dueAt), { actor: system, now: dueAt, settings });
}

function extend(history: readonly CaseEvent[], newDueWorkingDays: number, now: Date, settings = DEFAULT_CASE_SETTINGS): CaseEvent[] {
  const requested = after(history, { type: 'RequestExtension', newDueWorkingDays, reason: '需要更多时间' }, { actor: township, now, settings });
  return after(requested, { type: 'ApproveExtension' }, { actor: admin, now, settings });
}

function typesOf(events: readonly CaseEvent[]): string[] {
  return events.map((event) => (event.type === 'WarningRaised' || event.type === 'WarningCleared' ? `${event.type}:${event.data.colour}` : event.type));
}

describe('case warnings (红黄牌)', () => {
  describe('when each warning falls due', () => {
    it('due on a Monday: blue the Thursday before (skipping the weekend), yellow on Tuesday, red on Friday', () => {
      expect(warningInstants('2026-03-09', calendar, DEFAULT_CASE_SETTINGS)).toEqual({ blue: BLUE_AT, yellow: YELLOW_AT, red: RED_AT });
    });

    it('blue two working days before a Tuesday is the Friday before', () => {
      expect(blueWarningAt('2026-03-10', calendar, DEFAULT_CASE_SETTINGS)).toEqual(at('2026-03-05T16:00:00.000Z'));
    });

    it('yellow for a case due on a Friday goes up at 00:00 on Saturday: overdue is overdue', () => {
      expect(yellowWarningAt('2026-03-13')).toEqual(at('2026-03-13T16:00:00.000Z'));
    });

    it('red counts overdue working days across a weekend: due Wednesday, overdue Thu, Fri, Mon, red on Tuesday', () => {
      expect(redWarningAt('2026-03-11', calendar, DEFAULT_CASE_SETTINGS)).toEqual(at('2026-03-16T16:00:00.000Z'));
    });

    describe('across the 2026 Spring Festival (15–23 February off; Saturdays 14 and 28 February worked)', () => {
      it('blue for a case due Wednesday 25 February falls on the make-up Saturday 14 February', () => {
        // Working days before the 25th: Tue 24 (1), then 23…15 off, Sat 14 (2).
        expect(blueWarningAt('2026-02-25', calendar, DEFAULT_CASE_SETTINGS)).toEqual(at('2026-02-13T16:00:00.000Z'));
      });

      it('blue for a case due Tuesday 24 February falls on Friday 13 February, before the holiday week', () => {
        expect(blueWarningAt('2026-02-24', calendar, DEFAULT_CASE_SETTINGS)).toEqual(at('2026-02-12T16:00:00.000Z'));
      });

      it('a case due Friday 13 February: yellow on the make-up Saturday, red only after the holiday week', () => {
        // Overdue working days: Sat 14 (1), Tue 24 (2), Wed 25 (3): red at 00:00 on Thursday 26.
        expect(warningInstants('2026-02-13', calendar, DEFAULT_CASE_SETTINGS)).toMatchObject({
          yellow: at('2026-02-13T16:00:00.000Z'),
          red: at('2026-02-25T16:00:00.000Z'),
        });
      });

      it('the make-up Saturday 28 February counts as an overdue working day', () => {
        const settings = caseSettings({ redWorkingDaysOverdue: 1 });
        expect(redWarningAt('2026-02-27', calendar, settings)).toEqual(at('2026-02-28T16:00:00.000Z'));
      });
    });

    it('follows the configured thresholds', () => {
      const settings = caseSettings({ blueWorkingDaysBeforeDeadline: 0, redWorkingDaysOverdue: 5 });
      expect(warningInstants('2026-03-09', calendar, settings)).toEqual({
        blue: at('2026-03-08T16:00:00.000Z'), // 00:00 on the due day itself
        yellow: YELLOW_AT,
        red: at('2026-03-16T16:00:00.000Z'), // Tue 10 … Mon 16 overdue: red on Tuesday 17
      });
    });

    it('counts into a year without a holiday notice on the provisional calendar (元旦 2027 only)', () => {
      // Due Wednesday 30 December 2026: overdue Thu 31, Mon 4 January, Tue 5 (Friday 1 January is 元旦): red on Wednesday 6.
      expect(redWarningAt('2026-12-30', calendar, DEFAULT_CASE_SETTINGS)).toEqual(at('2027-01-05T16:00:00.000Z'));
    });
  });

  describe('the timers a case wants', () => {
    const wanted = (colour: WarningColour, dueAt: Date) => ({ name: `case-warning-${colour}`, dueAt, command: raiseWarning(colour, dueAt) });

    it.each<Step>(['assigned', 'signed', 'in-progress'])('a case that is %s wants one timer per colour', (step) => {
      expect(timersAfter(HISTORY[step])).toEqual([wanted('blue', BLUE_AT), wanted('yellow', YELLOW_AT), wanted('red', RED_AT)]);
    });

    it.each<Step>(['registered', 'submitted', 'closed'])('a case that is %s wants none (no deadline, or not with its unit)', (step) => {
      expect(timersAfter(HISTORY[step])).toEqual([]);
    });

    it('a colour that is up is not asked for again', () => {
      const history = fire(HISTORY['in-progress'], 'blue', BLUE_AT);
      expect(timersAfter(history)).toEqual([wanted('yellow', YELLOW_AT), wanted('red', RED_AT)]);
      expect(timersAfter(fire(history, 'yellow', YELLOW_AT))).toEqual([wanted('red', RED_AT)]);
    });

    it('once yellow is up blue is moot, even if it never went up', () => {
      expect(timersAfter(fire(HISTORY['in-progress'], 'yellow', YELLOW_AT))).toEqual([wanted('red', RED_AT)]);
    });

    it('a rejection puts the case back with its unit: the timers come back against the same deadline', () => {
      const submitted = after(HISTORY['in-progress'], COMMANDS.SubmitCase[0], { actor: township });
      expect(timersAfter(submitted)).toEqual([]);
      const rejected = after(submitted, { type: 'RejectCase', reason: '材料不全' }, { actor: admin });
      expect(timersAfter(rejected)).toEqual([wanted('blue', BLUE_AT), wanted('yellow', YELLOW_AT), wanted('red', RED_AT)]);
    });

    it('an approved extension moves every timer to the new deadline', () => {
      // Approved on Friday 6 March with 5 working days: due Friday 13 March.
      const extended = extend(HISTORY['in-progress'], 5, at('2026-03-06T02:00:00.000Z'));
      expect(stateOf(extended)).toMatchObject({ deadline: { dueOn: '2026-03-13' } });
      expect(timersAfter(extended)).toEqual([
        wanted('blue', at('2026-03-10T16:00:00.000Z')), // Wednesday 11 March
        wanted('yellow', at('2026-03-13T16:00:00.000Z')), // Saturday 14 March
        wanted('red', at('2026-03-18T16:00:00.000Z')), // overdue Mon 16, Tue 17, Wed 18: Thursday 19 March
      ]);
    });

    it('schedules a red whose day lies in a year with no holiday notice yet, on the provisional calendar', () => {
      // Assigned Monday 21 December with 7 working days: due Wednesday 30 December; red falls in 2027.
      const history = [{ ...opened, data: { ...opened.data, dueWorkingDays: 7 } }];
      const late = after(history, { type: 'AssignCase' }, { actor: admin, now: at('2026-12-21T02:00:00.000Z') });
      expect(stateOf(late)).toMatchObject({ deadline: { dueOn: '2026-12-30' } });
      expect(timersAfter(late).map((timer) => [timer.name, timer.dueAt.toISOString()])).toEqual([
        ['case-warning-blue', '2026-12-27T16:00:00.000Z'],
        ['case-warning-yellow', '2026-12-30T16:00:00.000Z'],
        ['case-warning-red', '2027-01-05T16:00:00.000Z'],
      ]);
    });
  });

  describe('RaiseWarning, sent by a timer', () => {
    it('blue goes up at its instant', () => {
      spec.given(HISTORY['in-progress'])
        .when(raiseWarning('blue', BLUE_AT), { actor: system, now: BLUE_AT })
        .then([
          {
            type: 'WarningRaised',
            data: {
              caseId: 'c-1',
              colour: 'blue',
              level: 1,
              reason: 'deadline-near',
              dueOn: '2026-03-09',
              deadlineAt: '2026-03-09T15:59:59.999Z',
              timerDueAt: BLUE_AT.toISOString(),
              accountableUnitId: 'anji-tianhuangping',
              raisedBy: 'system',
              raisedAt: BLUE_AT.toISOString(),
            },
          },
        ]);
    });

    it('yellow goes up when the case is overdue, on a case only assigned too; it escalates nothing', () => {
      const events = spec.given(HISTORY.assigned).when(raiseWarning('yellow', YELLOW_AT), { actor: system, now: YELLOW_AT }).events();
      expect(events).toEqual([expect.objectContaining({ type: 'WarningRaised', data: expect.objectContaining({ colour: 'yellow', level: 2, reason: 'overdue' }) })]);
    });

    it('red goes up and escalates the case one level up its chain: the county becomes accountable', () => {
      const late = at('2026-03-13T01:00:00.000Z');
      spec.given(HISTORY['in-progress'])
        .when(raiseWarning('red', RED_AT), { actor: system, now: late })
        .then([
          {
            type: 'WarningRaised',
            data: {
              caseId: 'c-1',
              colour: 'red',
              level: 3,
              reason: 'long-overdue',
              dueOn: '2026-03-09',
              deadlineAt: '2026-03-09T15:59:59.999Z',
              timerDueAt: RED_AT.toISOString(),
              accountableUnitId: 'anji-tianhuangping',
              raisedBy: 'system',
              raisedAt: late.toISOString(),
            },
          },
          { type: 'CaseEscalated', data: { caseId: 'c-1', fromUnitId: 'anji-tianhuangping', toUnitId: 'anji', escalationLevel: 1, escalatedAt: late.toISOString() } },
        ]);
    });

    it('a second fire of a colour already up decides nothing', () => {
      const history = fire(HISTORY['in-progress'], 'yellow', YELLOW_AT);
      spec.given(history).when(raiseWarning('yellow', YELLOW_AT), { actor: system, now: at('2026-03-10T05:00:00.000Z') }).then([]);
    });

    it('a fire whose instant is not the one the case wants decides nothing', () => {
      spec.given(HISTORY['in-progress']).when(raiseWarning('yellow', at('2026-03-08T16:00:00.000Z')), { actor: system, now: RED_AT }).then([]);
    });

    it('a fire before its instant (a clock running early) decides nothing', () => {
      spec.given(HISTORY['in-progress']).when(raiseWarning('yellow', YELLOW_AT), { actor: system, now: at('2026-03-09T15:59:59.999Z') }).then([]);
    });

    it('blue on a case already overdue decides nothing (a rejection after the deadline restarted the clock)', () => {
      let history = after(HISTORY['in-progress'], COMMANDS.SubmitCase[0], { actor: township });
      history = after(history, { type: 'RejectCase', reason: '材料不全' }, { actor: admin, now: at('2026-03-11T02:00:00.000Z') });
      spec.given(history).when(raiseWarning('blue', BLUE_AT), { actor: system, now: at('2026-03-11T02:00:01.000Z') }).then([]);
      // Yellow, whose instant has passed too, goes up at once.
      expect(typesOf(spec.given(history).when(raiseWarning('yellow', YELLOW_AT), { actor: system, now: at('2026-03-11T02:00:01.000Z') }).events())).toEqual(['WarningRaised:yellow']);
    });

    it.each<Step>(['registered', 'submitted', 'closed'])('a late fire on a case that is %s decides nothing', (step) => {
      spec.given(HISTORY[step]).when(raiseWarning('yellow', YELLOW_AT), { actor: system, now: RED_AT }).then([]);
    });

    it('after an extension the old timers are stale: they decide nothing', () => {
      const extended = extend(HISTORY['in-progress'], 5, at('2026-03-06T02:00:00.000Z'));
      for (const [colour, dueAt] of [['yellow', YELLOW_AT], ['red', RED_AT]] as const) {
        spec.given(extended).when(raiseWarning(colour, dueAt), { actor: system, now: RED_AT }).then([]);
      }
    });

    it('refuses a colour that is not blue, yellow or red with UNKNOWN_WARNING_COLOUR', () => {
      spec.given(HISTORY['in-progress'])
        .when({ type: 'RaiseWarning', colour: 'green' as WarningColour, dueAt: RED_AT.toISOString() }, { actor: system, now: RED_AT })
        .thenThrows(DomainError, 'UNKNOWN_WARNING_COLOUR');
    });

    it.each([admin, township])('only timers raise warnings: $userId gets ROLE_NOT_ALLOWED', (actor) => {
      spec.given(HISTORY['in-progress']).when(raiseWarning('red', RED_AT), { actor, now: RED_AT }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('extensions and warnings', () => {
    it('an approved extension takes every warning down (摘牌): the case is no longer overdue, and blue and red were about the old deadline', () => {
      let history = fire(HISTORY['in-progress'], 'blue', BLUE_AT);
      history = fire(history, 'yellow', YELLOW_AT);
      history = fire(history, 'red', RED_AT);
      const approvedOn = at('2026-03-13T02:00:00.000Z');
      const events = extend(history, 5, approvedOn).slice(history.length);
      expect(typesOf(events)).toEqual(['ExtensionRequested', 'ExtensionApproved', 'WarningCleared:blue', 'WarningCleared:yellow', 'WarningCleared:red']);
      expect(events[2]).toEqual({
        type: 'WarningCleared',
        data: { caseId: 'c-1', colour: 'blue', reason: 'extension-approved', clearedBy: 'admin', clearedAt: approvedOn.toISOString() },
      });
      // The escalation stands: the county stays accountable.
      expect(stateOf([...history, ...events])).toMatchObject({ activeWarnings: [], escalationLevel: 1, deadline: { dueOn: '2026-03-20' } });
    });

    it('the second approved extension is itself a red warning, and escalates', () => {
      const first = extend(HISTORY['in-progress'], 5, at('2026-03-06T02:00:00.000Z'));
      const secondOn = at('2026-03-10T02:00:00.000Z');
      const events = extend(first, 5, secondOn).slice(first.length);
      expect(typesOf(events)).toEqual(['ExtensionRequested', 'ExtensionApproved', 'WarningRaised:red', 'CaseEscalated']);
      expect(events[2]).toEqual({
        type: 'WarningRaised',
        data: {
          caseId: 'c-1',
          colour: 'red',
          level: 3,
          reason: 'repeated-extension',
          dueOn: '2026-03-17',
          deadlineAt: '2026-03-17T15:59:59.999Z',
          timerDueAt: null,
          accountableUnitId: 'anji-tianhuangping',
          raisedBy: 'admin',
          raisedAt: secondOn.toISOString(),
        },
      });
      expect(events[3]).toMatchObject({ data: { fromUnitId: 'anji-tianhuangping', toUnitId: 'anji', escalationLevel: 1 } });
      // Red is up for this deadline: no red timer; blue and yellow still to come.
      expect(timersAfter([...first, ...events]).map((timer) => timer.name)).toEqual(['case-warning-blue', 'case-warning-yellow']);
    });

    it('the extension that raises red is configuration', () => {
      const settings = caseSettings({ redOnApprovedExtension: 3 });
      const twice = extend(extend(HISTORY['in-progress'], 5, at('2026-03-06T02:00:00.000Z'), settings), 5, at('2026-03-10T02:00:00.000Z'), settings);
      expect(twice.some((event) => event.type === 'WarningRaised')).toBe(false);
      const thrice = extend(twice, 5, at('2026-03-12T02:00:00.000Z'), settings);
      expect(typesOf(thrice.slice(twice.length))).toEqual(['ExtensionRequested', 'ExtensionApproved', 'WarningRaised:red', 'CaseEscalated']);
    });
  });

  describe('escalation, level by level', () => {
    it('after a red escalation the township’s own official still answers the case: reports, asks for an extension, submits', () => {
      let history = fire(HISTORY['in-progress'], 'red', RED_AT);
      expect(stateOf(history)).toMatchObject({ escalationLevel: 1 });
      const now = at('2026-03-13T03:00:00.000Z');
      history = after(history, { type: 'ReportProgress', report: '已落实第三方运维' }, { actor: township, now });
      history = after(history, { type: 'RequestExtension', newDueWorkingDays: 5, reason: '设备到货延迟' }, { actor: township, now });
      history = after(history, { type: 'SubmitCase', report: '停运设施全部恢复运行' }, { actor: township, now });
      expect(typesOf(history.slice(-3))).toEqual(['CaseProgressReported', 'ExtensionRequested', 'CaseSubmitted']);
      expect(history.slice(-3).map((event) => (event.data as { reportedBy?: string; requestedBy?: string; submittedBy?: string })))
        .toEqual([
          expect.objectContaining({ reportedBy: 'official.tianhuangping' }),
          expect.objectContaining({ requestedBy: 'official.tianhuangping' }),
          expect.objectContaining({ submittedBy: 'official.tianhuangping' }),
        ]);
    });

    it('township → county on the first red, county → city on the next, and at the city it stays', () => {
      // Red for the first deadline (due 9 March): 天荒坪镇 → 安吉县.
      let history = fire(HISTORY['in-progress'], 'red', RED_AT);
      expect(history.at(-1)).toMatchObject({ type: 'CaseEscalated', data: { fromUnitId: 'anji-tianhuangping', toUnitId: 'anji', escalationLevel: 1 } });

      // Extended on Friday 13 March to Friday 20 March; red again for that deadline: 安吉县 → 湖州市.
      history = extend(history, 5, at('2026-03-13T02:00:00.000Z'));
      const secondRed = at('2026-03-25T16:00:00.000Z');
      expect(timersAfter(history).find((timer) => timer.name === 'case-warning-red')?.dueAt).toEqual(secondRed);
      const beforeSecondRed = history.length;
      history = fire(history, 'red', secondRed);
      expect(history.slice(beforeSecondRed)).toEqual([
        expect.objectContaining({ type: 'WarningRaised', data: expect.objectContaining({ colour: 'red', accountableUnitId: 'anji' }) }),
        { type: 'CaseEscalated', data: { caseId: 'c-1', fromUnitId: 'anji', toUnitId: 'huzhou', escalationLevel: 2, escalatedAt: secondRed.toISOString() } },
      ]);

      // The second extension raises red once more; the city is the top of the chain, so it goes no further.
      const beforeThirdRed = history.length;
      history = extend(history, 5, at('2026-03-26T02:00:00.000Z'));
      const events = history.slice(beforeThirdRed);
      expect(typesOf(events)).toEqual(['ExtensionRequested', 'ExtensionApproved', 'WarningCleared:red', 'WarningRaised:red']);
      expect(events.at(-1)).toMatchObject({ data: { accountableUnitId: 'huzhou', reason: 'repeated-extension' } });
      expect(stateOf(history)).toMatchObject({ escalationLevel: 2, activeWarnings: ['red'] });
    });

    it('a village case climbs village → township → county → city, one level per red', () => {
      const settings = caseSettings({ redOnApprovedExtension: 1 });
      let history: CaseEvent[] = after([], openCase({ caseId: 'c-v', responsibleUnitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN }), { actor: admin, now: at('2026-03-02T01:00:00.000Z'), settings });
      history = after(history, { type: 'AssignCase' }, { actor: admin, now: at('2026-03-02T01:00:00.000Z'), settings });
      const yucun = { userId: 'official.yucun', roles: ['official'], orgUnitId: 'anji-tianhuangping-yucun' };
      history = after(history, { type: 'SignCase' }, { actor: yucun, now: at('2026-03-02T02:00:00.000Z'), settings });
      const climbs: Array<[string, string]> = [];
      const days = ['2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'];
      days.forEach((day, index) => {
        const before = history.length;
        history = extend(history, 6 + index, at(`${day}T02:00:00.000Z`), settings);
        for (const event of history.slice(before)) if (event.type === 'CaseEscalated') climbs.push([event.data.fromUnitId, event.data.toUnitId]);
      });
      expect(climbs).toEqual([
        ['anji-tianhuangping-yucun', 'anji-tianhuangping'],
        ['anji-tianhuangping', 'anji'],
        ['anji', 'huzhou'],
      ]);
      expect(stateOf(history)).toMatchObject({ escalationLevel: 3, approvedExtensions: 4, activeWarnings: ['red'] });
    });

    it('a case of the city itself raises red without escalating', () => {
      let history: CaseEvent[] = after([], openCase({ responsibleUnitId: 'huzhou', unitChain: ['huzhou'] }), { actor: admin, now: at('2026-03-02T01:00:00.000Z') });
      history = after(history, { type: 'AssignCase' }, { actor: admin, now: at('2026-03-02T01:00:00.000Z') });
      expect(typesOf(fire(history, 'red', RED_AT).slice(history.length))).toEqual(['WarningRaised:red']);
    });
  });

  describe('closing (办结)', () => {
    it('takes down every warning and stops every timer; a late timer then decides nothing', () => {
      let history = fire([opened, assigned, signed], 'yellow', YELLOW_AT);
      history = fire(history, 'red', RED_AT);
      history = after(history, { type: 'ReportProgress', report: '整改中' }, { actor: township, now: RED_AT });
      history = after(history, COMMANDS.SubmitCase[0], { actor: township, now: RED_AT });
      const before = history.length;
      history = after(history, { type: 'VerifyCase' }, { actor: admin, now: RED_AT });
      expect(typesOf(history.slice(before))).toEqual(['CaseClosed', 'WarningCleared:yellow', 'WarningCleared:red']);
      expect(stateOf(history)).toMatchObject({ status: 'closed', activeWarnings: [], escalationLevel: 1 });
      expect(timersAfter(history)).toEqual([]);
      spec.given(history).when(raiseWarning('blue', BLUE_AT), { actor: system, now: RED_AT }).then([]);
    });
  });
});
