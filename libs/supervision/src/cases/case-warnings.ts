import { Actor, assertNever, CalendarDate, endOfShanghaiDay, startOfShanghaiDay, TimerRequest, WorkingDayCalendar } from '@app/workflow';
import { WARNING_COLOURS, WARNING_LEVELS, WarningClearance, WarningColour, WarningReason, warningTimerName } from './case';
import { RaiseWarning } from './case.commands';
import { CaseEvent } from './case.events';
import { assertWarningColour } from './case.rules';
import { CaseSettings } from './case.settings';
import { accountableUnitOf, AssignedCase, AssignedStageCase, CaseState, ExistingCase, hasDeadline, InProgressCase, SignedCase } from './case.state';
import type { CaseTransition } from './case.workflow';

/**
 * When each warning of a deadline falls due, all counted in working days (工作日) in China:
 *
 * - blue (蓝牌): 00:00 on the working day `blueWorkingDaysBeforeDeadline` working days before the
 *   due day (`subtractWorkingDays`), so a weekend or a holiday week in between is skipped;
 * - yellow (黄牌): the first instant after the due day ends (`endOfShanghaiDay(dueOn)` + 1 ms),
 *   i.e. the moment the case is overdue, even when that is a Saturday;
 * - red (红牌): the first instant after the case has been overdue for `redWorkingDaysOverdue`
 *   whole working days, i.e. just after the end of the M-th working day after the due day. Yellow
 *   is the same rule with M = 0.
 */
export interface WarningInstants {
  readonly blue: Date;
  readonly yellow: Date;
  readonly red: Date;
}

export function blueWarningAt(dueOn: CalendarDate, calendar: WorkingDayCalendar, settings: CaseSettings): Date {
  return startOfShanghaiDay(calendar.subtractWorkingDays(dueOn, settings.blueWorkingDaysBeforeDeadline));
}

export function yellowWarningAt(dueOn: CalendarDate): Date {
  return new Date(endOfShanghaiDay(dueOn).getTime() + 1);
}

export function redWarningAt(dueOn: CalendarDate, calendar: WorkingDayCalendar, settings: CaseSettings): Date {
  return new Date(endOfShanghaiDay(calendar.addWorkingDays(dueOn, settings.redWorkingDaysOverdue)).getTime() + 1);
}

export function warningInstants(dueOn: CalendarDate, calendar: WorkingDayCalendar, settings: CaseSettings): WarningInstants {
  return {
    blue: blueWarningAt(dueOn, calendar, settings),
    yellow: yellowWarningAt(dueOn),
    red: redWarningAt(dueOn, calendar, settings),
  };
}

/**
 * A warning's instant is counted on the calendar as it is now; in a year whose notice is not
 * loaded that is the provisional calendar, and the timer moves when the notice is loaded.
 */
function warningAt(colour: WarningColour, dueOn: CalendarDate, calendar: WorkingDayCalendar, settings: CaseSettings): Date {
  switch (colour) {
    case 'blue':
      return blueWarningAt(dueOn, calendar, settings);
    case 'yellow':
      return yellowWarningAt(dueOn);
    case 'red':
      return redWarningAt(dueOn, calendar, settings);
    default:
      return assertNever(colour);
  }
}

/**
 * The case is with its unit, which owes the work: 交办, 签收 and 办理. A submitted case waits on
 * the reviewers, not the unit, so its clock stops; a rejection starts it again against the same
 * deadline (a warning whose instant passed meanwhile goes up at once).
 */
export type WarningBearingCase = AssignedCase | SignedCase | InProgressCase;

export function isWarningBearing(state: CaseState): state is WarningBearingCase {
  return state.status === 'assigned' || state.status === 'signed' || state.status === 'in-progress';
}

/**
 * When a warning of `colour` would go up on this case now, or `undefined` when it will not: it is
 * up already, the case is not with its unit, or (for blue) the case is known to be overdue.
 * Each colour goes up at most once per deadline; an approved extension brings a new deadline.
 */
export function pendingWarningAt(
  state: CaseState,
  colour: WarningColour,
  calendar: WorkingDayCalendar,
  settings: CaseSettings,
): Date | undefined {
  if (!isWarningBearing(state) || state.activeWarnings.includes(colour)) return undefined;
  if (colour === 'blue' && state.activeWarnings.includes('yellow')) return undefined;
  return warningAt(colour, state.deadline.dueOn, calendar, settings);
}

/**
 * The colour a firing warning timer raises: the gravest whose instant has passed and that is still
 * pending — its own, or a graver one whose timer fell due with it. Timers due together (a plan made,
 * or the service back, after their instants) fire in any order, and a lesser warning is moot once a
 * graver one is due: 黄牌 once 红牌 is, 蓝牌 once either is.
 */
export function colourToRaise(pendingAt: (colour: WarningColour) => Date | undefined, now: Date): WarningColour | undefined {
  return [...WARNING_COLOURS].reverse().find((colour) => {
    const at = pendingAt(colour);
    return at !== undefined && at.getTime() <= now.getTime();
  });
}

/** Whether a warning graver than `colour` is up: then `colour` no longer goes up. */
export function graverWarningUp(colour: WarningColour, up: readonly WarningColour[]): boolean {
  return up.some((other) => WARNING_COLOURS.indexOf(other) > WARNING_COLOURS.indexOf(colour));
}

/** The warning timers a case wants now: one per colour still to go up. */
export function warningTimers(
  state: CaseState,
  { calendar, settings }: { readonly calendar: WorkingDayCalendar; readonly settings: CaseSettings },
): TimerRequest<RaiseWarning>[] {
  return WARNING_COLOURS.flatMap((colour) => {
    const dueAt = pendingWarningAt(state, colour, calendar, settings);
    return dueAt === undefined
      ? []
      : [{ name: warningTimerName(colour), dueAt, command: { type: 'RaiseWarning', colour, dueAt: dueAt.toISOString() } }];
  });
}

/** Whether the case is overdue at `now`: past the last instant of its due day. */
export function isOverdue(state: AssignedStageCase, now: Date): boolean {
  return now.getTime() > Date.parse(state.deadline.deadlineAt);
}

/** One step up the unit chain, or `null` at its top (the city): escalation never goes past it. */
export function nextEscalation(state: ExistingCase): { fromUnitId: string; toUnitId: string; escalationLevel: number } | null {
  const level = state.escalationLevel;
  const from = state.unitChain[level];
  const to = state.unitChain[level + 1];
  return from === undefined || to === undefined ? null : { fromUnitId: from, toUnitId: to, escalationLevel: level + 1 };
}

/** Clears (摘牌) every warning up, in colour order. */
export function clearWarnings(state: ExistingCase, reason: WarningClearance, actor: Actor, now: Date): CaseEvent[] {
  return state.activeWarnings.map((colour) => ({
    type: 'WarningCleared' as const,
    data: { caseId: state.caseId, colour, reason, clearedBy: actor.userId, clearedAt: now.toISOString() },
  }));
}

/**
 * 挂牌: raises a warning on `state`'s current deadline. A red one escalates the case one level up
 * its unit chain; at the top (the city) there is nobody above, so the red goes up and the case
 * stays where it is.
 */
export function raise(
  state: AssignedStageCase,
  colour: WarningColour,
  reason: WarningReason,
  timerDueAt: string | null,
  actor: Actor,
  now: Date,
): CaseEvent[] {
  const raised: CaseEvent = {
    type: 'WarningRaised',
    data: {
      caseId: state.caseId,
      colour,
      level: WARNING_LEVELS[colour],
      reason,
      dueOn: state.deadline.dueOn,
      deadlineAt: state.deadline.deadlineAt,
      timerDueAt,
      accountableUnitId: accountableUnitOf(state),
      raisedBy: actor.userId,
      raisedAt: now.toISOString(),
    },
  };
  const escalation = colour === 'red' ? nextEscalation(state) : null;
  if (escalation === null) return [raised];
  return [raised, { type: 'CaseEscalated', data: { caseId: state.caseId, ...escalation, escalatedAt: now.toISOString() } }];
}

const REASON_OF: Readonly<Record<WarningColour, WarningReason>> = { blue: 'deadline-near', yellow: 'overdue', red: 'long-overdue' };

/**
 * A warning timer fired. It raises its warning only when the case still wants exactly this timer:
 * same colour not up yet, same instant (the deadline has not moved since), the case still with
 * its unit, the instant reached. Anything else is a late, duplicate or stale fire and decides
 * nothing, so it is harmless. Blue is also not raised on a case already overdue (a rejection
 * after the deadline restarts the clock with every instant passed): yellow says more.
 */
export const warningRaising: CaseTransition<RaiseWarning> = {
  roles: ['system'],
  decide: (state, command, { actor, now, calendar, settings }) => {
    assertWarningColour(command.colour);
    if (!hasDeadline(state)) return [];
    const wantedAt = pendingWarningAt(state, command.colour, calendar, settings);
    if (wantedAt === undefined || wantedAt.getTime() !== Date.parse(command.dueAt)) return [];
    if (now.getTime() < wantedAt.getTime()) return [];
    if (command.colour === 'blue' && isOverdue(state, now)) return [];
    return raise(state, command.colour, REASON_OF[command.colour], wantedAt.toISOString(), actor, now);
  },
};
