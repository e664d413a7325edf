import { DecisionContext, DomainError, isBlank, Transition, WorkflowDefinition } from '@app/workflow';
import { assertRoundInInspection } from '../rounds/round.rules';
import { checkedAttachments, withAttachments } from '../shared/evidence';
import { assertNotRecused } from '../tasks/task.rules';
import { dutyReviewIdOf, isDutyRating } from './duty-review';
import { DutyReviewCommand, RateDutyReport, SubmitDutyReport } from './duty-review.commands';
import { DutyReportAlreadyRated, DutyReportNotSubmitted, DutyReviewNotFound, DutyReviewTextRequired, InvalidDutyRating, NotOnPanel, NotUnitSecretary } from './duty-review.errors';
import { DutyReviewEvent } from './duty-review.events';
import { DutyReviewState, evolveDutyReview, initialDutyReviewState, ReportedDutyReview } from './duty-review.state';

type DutyReviewTransition<C extends DutyReviewCommand> = Transition<DutyReviewState, C, DutyReviewEvent>;

function textOf(value: unknown, field: string): string {
  if (typeof value !== 'string' || isBlank(value)) throw new DutyReviewTextRequired(field);
  return value.trim();
}

/**
 * 述职 is the secretary's: the actor is the unit's current secretary (an account whose user id is
 * the person id the org tree holds for the unit's `secretary`), or an admin submitting for them.
 */
export function assertMaySubmitDutyReport(actor: DecisionContext['actor'], unitId: string, secretary: SubmitDutyReport['secretary']): void {
  if (actor.roles.includes('admin')) return;
  if (secretary === null || secretary === undefined || secretary.personId !== actor.userId) throw new NotUnitSecretary(unitId);
}

/**
 * A rating comes from the round's panel, an inspector who is not from the unit's county (回避, as
 * in 走看赛: the county they are recorded in now).
 */
export function assertMayRate(review: ReportedDutyReview, actor: DecisionContext['actor'], panelIds: readonly string[]): void {
  if (!Array.isArray(panelIds) || !panelIds.includes(actor.userId)) throw new NotOnPanel(review.roundId, actor.userId);
  assertNotRecused(actor.userId, review.countyId, actor.homeCountyId);
}

const submission: DutyReviewTransition<SubmitDutyReport> = {
  roles: ['admin', 'official'],
  decide: (state, command, { actor, now }) => {
    const reported = state.status === 'reported' ? state : undefined;
    const roundId = reported?.roundId ?? command.roundId;
    const unitId = reported?.unitId ?? command.unitId;
    const reviewId = dutyReviewIdOf(roundId, unitId);
    if (command.reviewId !== reviewId) throw new DutyReviewNotFound(command.reviewId);
    assertRoundInInspection({ roundId, status: command.roundStatus });
    assertMaySubmitDutyReport(actor, unitId, command.secretary);
    if (reported !== undefined && reported.ratings.length > 0) throw new DutyReportAlreadyRated(reviewId);
    const report = textOf(command.report, 'report');
    const attachments = checkedAttachments(command.attachments);
    return [
      {
        type: 'DutyReportSubmitted',
        data: {
          reviewId,
          roundId,
          unitId,
          unitChain: [...(reported?.unitChain ?? command.unitChain)],
          countyId: reported?.countyId ?? command.countyId ?? null,
          secretary: command.secretary === null || command.secretary === undefined ? null : { personId: command.secretary.personId, name: command.secretary.name },
          report,
          revision: (reported?.revision ?? 0) + 1,
          submittedBy: actor.userId,
          submittedAt: now.toISOString(),
          ...withAttachments(attachments),
        },
      },
    ];
  },
};

const rating: DutyReviewTransition<RateDutyReport> = {
  roles: ['inspector'],
  decide: (state, command, { actor, now }) => {
    if (state.status !== 'reported') throw new DutyReportNotSubmitted();
    assertRoundInInspection({ roundId: state.roundId, status: command.roundStatus });
    assertMayRate(state, actor, command.panelIds);
    if (!isDutyRating(command.rating)) throw new InvalidDutyRating(command.rating);
    const comment = textOf(command.comment, 'comment');
    const earlier = state.ratings.find((candidate) => candidate.evaluatorId === actor.userId);
    return [
      {
        type: 'DutyReportRated',
        data: {
          reviewId: state.reviewId,
          roundId: state.roundId,
          unitId: state.unitId,
          evaluatorId: actor.userId,
          rating: command.rating,
          comment,
          replaced: earlier?.rating ?? null,
          ratedAt: now.toISOString(),
        },
      },
    ];
  },
};

function refuseDutyReviewCommand(state: DutyReviewState, command: DutyReviewCommand): DomainError {
  if (state.status === 'awaiting-report' && command.type === 'RateDutyReport') return new DutyReportNotSubmitted();
  return new DutyReviewNotFound();
}

/**
 * One unit's 述职评议 in a duty-review round (stream `dutyreview-<round id>.<unit id>`): awaiting
 * the report → reported (the secretary may replace it until the first rating; each panel member
 * rates it once, rating again replaces theirs). Both only while the round is active: closing its
 * scoring freezes the inputs, and publishing the round freezes each unit's grade.
 */
export const dutyReviewWorkflow: WorkflowDefinition<DutyReviewState, DutyReviewCommand, DutyReviewEvent> = {
  name: 'duty-review',
  version: 1,
  initialState: initialDutyReviewState,
  evolve: evolveDutyReview,
  statusOf: (state) => state.status,
  refuse: refuseDutyReviewCommand,
  states: {
    'awaiting-report': { on: { SubmitDutyReport: submission } },
    reported: { on: { SubmitDutyReport: submission, RateDutyReport: rating } },
  },
};
