import { Actor, assertNever, endOfShanghaiDay, isBlank, isPositiveInteger, shanghaiDateOf, TimerRequest, WorkingDayCalendar } from '@app/workflow';
import { WARNING_COLOURS, WarningColour } from '../cases/case';
import { CaseSettings } from '../cases/case.settings';
import { blueWarningAt, colourToRaise, graverWarningUp, redWarningAt, yellowWarningAt } from '../cases/case-warnings';
import { assertWithinOrgScope } from '../org-units/org-scope';
import { checkedAttachments, withAttachments } from '../shared/evidence';
import { isListingReason, MAX_MEASURES, measureTimerName } from './backward-village';
import {
  BackwardVillageCommand,
  CheckRectificationAcceptance,
  DelistBackwardVillage,
  ListBackwardVillage,
  PlanRectification,
  RaiseMeasureWarning,
  ReportRectificationProgress,
} from './backward-village.commands';
import {
  BackwardVillageTextRequired,
  InvalidBackwardVillageListing,
  InvalidRectificationPlan,
  MeasureAlreadyCompleted,
  MeasureNotFound,
  MeasuresOutstanding,
  ListedUnitNotAVillage,
  NotTheVillagesCounty,
  VillageAlreadyListed,
} from './backward-village.errors';
import { BackwardVillageListing, BackwardVillageState, MeasureState } from './backward-village.state';
import type { BackwardVillageTransition } from './backward-village.workflow';

/*
 * What each command of a 后进村整转 listing decides. Officials list, plan and report for villages
 * in their subtree (the org scope of cases); the acceptance check and the delisting are the
 * county's. Admins act on any listing.
 */

function listing(state: BackwardVillageState): BackwardVillageListing {
  // The workflow routes a command only to a state that takes it; an unlisted stream takes none but the listing.
  if (state.status === 'unlisted') throw new Error('a listing step reached an unlisted village');
  return state;
}

function textOf(value: unknown, field: string): string {
  if (typeof value !== 'string' || isBlank(value)) throw new BackwardVillageTextRequired(field);
  return value.trim();
}

function measureOf(state: BackwardVillageListing, measureId: string): MeasureState {
  const measure = state.measures.find((candidate) => candidate.measureId === measureId);
  if (measure === undefined) throw new MeasureNotFound(state.listingId, measureId);
  return measure;
}

/** The county's acts (验收, 摘帽): an admin, or an official of the village's county itself. */
export function isCountyOfListing(actor: Actor, state: BackwardVillageListing): boolean {
  if (actor.roles.includes('admin')) return true;
  return actor.roles.includes('official') && state.countyId !== null && actor.orgUnitId === state.countyId;
}

function assertCountyOfListing(actor: Actor, state: BackwardVillageListing): void {
  if (!isCountyOfListing(actor, state)) throw new NotTheVillagesCounty();
}

/** What is wrong with a listing: every problem, so a form can show them all at once. */
export function listingProblems(command: ListBackwardVillage): string[] {
  const problems: string[] = [];
  if (isBlank(command.listingId)) problems.push('a listing id');
  if (!isListingReason(command.reason)) problems.push('a reason from the list');
  if (typeof command.note !== 'string' || isBlank(command.note)) problems.push('a note on the reason');
  if (isBlank(command.unitId) || !Array.isArray(command.unitChain) || command.unitChain[0] !== command.unitId) problems.push('the village, first in its chain');
  if (command.source !== undefined && (isBlank(command.source?.kind) || isBlank(command.source?.ref))) problems.push('a source named by kind and reference');
  return problems;
}

export const listingVillage: BackwardVillageTransition<ListBackwardVillage> = {
  roles: ['admin', 'official', 'system'],
  decide: (_state, command, { actor, now }) => {
    const problems = listingProblems(command);
    if (problems.length > 0) throw new InvalidBackwardVillageListing(problems);
    if (command.unitKind !== 'village') throw new ListedUnitNotAVillage(command.unitId, command.unitKind);
    assertWithinOrgScope(actor, command.unitChain);
    const open = (command.openListingIds ?? []).find((listingId) => listingId !== command.listingId);
    if (open !== undefined) throw new VillageAlreadyListed(command.unitId, open);
    return [
      {
        type: 'BackwardVillageListed',
        data: {
          listingId: command.listingId,
          unitId: command.unitId,
          unitChain: [...command.unitChain],
          townshipId: command.townshipId === undefined ? (command.unitChain[1] ?? null) : command.townshipId,
          countyId: command.countyId === undefined ? (command.unitChain[2] ?? null) : command.countyId,
          reason: command.reason,
          note: command.note.trim(),
          source: command.source === undefined ? null : { kind: command.source.kind.trim(), ref: command.source.ref.trim() },
          listedBy: actor.userId,
          listedAt: now.toISOString(),
        },
      },
    ];
  },
};

/** What is wrong with a plan: every problem at once. */
export function rectificationPlanProblems(command: PlanRectification): string[] {
  const problems: string[] = [];
  if (typeof command.summary !== 'string' || isBlank(command.summary)) problems.push('a summary');
  const measures = Array.isArray(command.measures) ? command.measures : [];
  if (measures.length === 0 || measures.length > MAX_MEASURES) problems.push(`1 to ${MAX_MEASURES} measures`);
  const ids = new Set<string>();
  measures.forEach((measure, index) => {
    const at = `measure ${index + 1}`;
    if (isBlank(measure.measureId) || ids.has(measure.measureId)) problems.push(`${at}: an id of its own`);
    ids.add(measure.measureId);
    if (isBlank(measure.title)) problems.push(`${at}: a title`);
    if (!isPositiveInteger(measure.dueWorkingDays) || measure.dueWorkingDays > 250) problems.push(`${at}: 1 to 250 working days`);
  });
  return problems;
}

export const planning: BackwardVillageTransition<PlanRectification> = {
  roles: ['admin', 'official'],
  decide: (state, command, { actor, now, calendar }) => {
    const village = listing(state);
    assertWithinOrgScope(actor, village.unitChain);
    const problems = rectificationPlanProblems(command);
    if (problems.length > 0) throw new InvalidRectificationPlan(problems);
    const today = shanghaiDateOf(now);
    return [
      {
        type: 'RectificationPlanned',
        data: {
          listingId: village.listingId,
          unitId: village.unitId,
          summary: command.summary.trim(),
          measures: command.measures
            .map(({ measureId, title, dueWorkingDays }) => {
              const dueOn = calendar.addWorkingDays(today, dueWorkingDays);
              return { measureId, title: title.trim(), dueWorkingDays, dueOn, deadlineAt: endOfShanghaiDay(dueOn).toISOString() };
            })
            .sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
          plannedBy: actor.userId,
          plannedAt: now.toISOString(),
        },
      },
    ];
  },
};

export const progressReporting: BackwardVillageTransition<ReportRectificationProgress> = {
  roles: ['admin', 'official'],
  decide: (state, command, { actor, now }) => {
    const village = listing(state);
    assertWithinOrgScope(actor, village.unitChain);
    const report = textOf(command.report, 'report');
    const measure = command.measureId === undefined ? undefined : measureOf(village, command.measureId);
    const completes = command.completesMeasure === true;
    if (completes && measure === undefined) throw new BackwardVillageTextRequired('measure to complete');
    if (completes && measure!.completedAt !== null) throw new MeasureAlreadyCompleted(village.listingId, measure!.measureId);
    const attachments = checkedAttachments(command.attachments);
    return [
      {
        type: 'RectificationProgressReported',
        data: {
          listingId: village.listingId,
          unitId: village.unitId,
          measureId: measure?.measureId ?? null,
          report,
          reportNumber: village.progressReports + 1,
          measureCompleted: completes,
          late: completes && now.getTime() > Date.parse(measure!.deadlineAt),
          clearedWarnings: completes ? [...measure!.warnings] : [],
          reportedBy: actor.userId,
          reportedAt: now.toISOString(),
          ...withAttachments(attachments),
        },
      },
    ];
  },
};

export const acceptanceCheck: BackwardVillageTransition<CheckRectificationAcceptance> = {
  roles: ['admin', 'official'],
  decide: (state, command, { actor, now }) => {
    const village = listing(state);
    assertCountyOfListing(actor, village);
    const outstanding = village.measures.filter((measure) => measure.completedAt === null).map((measure) => measure.measureId);
    if (outstanding.length > 0) throw new MeasuresOutstanding(village.listingId, outstanding);
    if (typeof command.passed !== 'boolean') throw new BackwardVillageTextRequired('verdict (passed or not)');
    return [
      {
        type: 'RectificationAcceptanceChecked',
        data: {
          listingId: village.listingId,
          unitId: village.unitId,
          passed: command.passed,
          comment: textOf(command.comment, command.passed ? 'comment' : 'reason'),
          checkNumber: village.checks.length + 1,
          checkedBy: actor.userId,
          checkedAt: now.toISOString(),
        },
      },
    ];
  },
};

export const delisting: BackwardVillageTransition<DelistBackwardVillage> = {
  roles: ['admin', 'official'],
  decide: (state, command, { actor, now }) => {
    const village = listing(state);
    assertCountyOfListing(actor, village);
    return [
      {
        type: 'BackwardVillageDelisted',
        data: { listingId: village.listingId, unitId: village.unitId, note: textOf(command.note, 'note'), delistedBy: actor.userId, delistedAt: now.toISOString() },
      },
    ];
  },
};

/** When a warning of `colour` would go up on a measure: not once it is done or the warning is up. */
export function measureWarningAt(measure: MeasureState, colour: WarningColour, calendar: WorkingDayCalendar, settings: CaseSettings): Date | undefined {
  if (measure.completedAt !== null || measure.warnings.includes(colour)) return undefined;
  if (graverWarningUp(colour, measure.warnings)) return undefined;
  switch (colour) {
    case 'blue':
      return blueWarningAt(measure.dueOn, calendar, settings);
    case 'yellow':
      return yellowWarningAt(measure.dueOn);
    case 'red':
      return redWarningAt(measure.dueOn, calendar, settings);
    default:
      return assertNever(colour);
  }
}

/** The warning timers a rectifying listing wants: per open measure, one per colour still to go up. */
export function measureTimers(
  state: BackwardVillageState,
  { calendar, settings }: { readonly calendar: WorkingDayCalendar; readonly settings: CaseSettings },
): TimerRequest<BackwardVillageCommand>[] {
  if (state.status !== 'rectifying') return [];
  return state.measures.flatMap((measure) =>
    WARNING_COLOURS.flatMap((colour) => {
      const dueAt = measureWarningAt(measure, colour, calendar, settings);
      if (dueAt === undefined) return [];
      const command: RaiseMeasureWarning = { type: 'RaiseMeasureWarning', measureId: measure.measureId, colour, dueAt: dueAt.toISOString() };
      return [{ name: measureTimerName(measure.measureId, colour), dueAt, command }];
    }),
  );
}

/** 挂牌 on a measure when its timer fires; a timer for a warning that no longer applies decides nothing. */
export const measureWarning: BackwardVillageTransition<RaiseMeasureWarning> = {
  roles: ['system'],
  decide: (state, command, { calendar, settings, now }) => {
    if (state.status !== 'rectifying') return [];
    const measure = state.measures.find((candidate) => candidate.measureId === command.measureId);
    if (measure === undefined || measureWarningAt(measure, command.colour, calendar, settings) === undefined) return [];
    // Timers due together fire in any order: the gravest warning due goes up (see colourToRaise).
    const colour = colourToRaise((candidate) => measureWarningAt(measure, candidate, calendar, settings), now) ?? command.colour;
    return [
      {
        type: 'MeasureWarningRaised',
        data: {
          listingId: state.listingId,
          measureId: measure.measureId,
          colour,
          dueOn: measure.dueOn,
          unitId: state.unitId,
          timerDueAt: command.dueAt,
          raisedAt: now.toISOString(),
        },
      },
    ];
  },
};
