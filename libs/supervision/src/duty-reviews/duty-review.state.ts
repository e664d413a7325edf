import { assertNever } from '@app/workflow';
import type { EvidenceRef } from '../shared/evidence';
import type { DutyRating } from './duty-review';
import type { DutyReviewSecretary } from './duty-review.commands';
import type { DutyReviewEvent } from './duty-review.events';

export interface AwaitingDutyReport {
  readonly status: 'awaiting-report';
}

/** A panel member's rating in force. */
export interface DutyReviewRating {
  readonly evaluatorId: string;
  readonly rating: DutyRating;
  readonly comment: string;
  readonly ratedAt: string;
}

export interface ReportedDutyReview {
  readonly status: 'reported';
  readonly reviewId: string;
  readonly roundId: string;
  readonly unitId: string;
  readonly unitChain: readonly string[];
  readonly countyId: string | null;
  readonly secretary: DutyReviewSecretary | null;
  readonly report: string;
  readonly revision: number;
  readonly attachments: readonly EvidenceRef[];
  readonly submittedBy: string;
  readonly submittedAt: string;
  /** One per panel member who rated, in the order they first rated. */
  readonly ratings: readonly DutyReviewRating[];
}

export type DutyReviewState = AwaitingDutyReport | ReportedDutyReview;

export function initialDutyReviewState(): DutyReviewState {
  return { status: 'awaiting-report' };
}

export function evolveDutyReview(state: DutyReviewState, event: DutyReviewEvent): DutyReviewState {
  switch (event.type) {
    case 'DutyReportSubmitted': {
      const { reviewId, roundId, unitId, unitChain, countyId, secretary, report, revision, submittedBy, submittedAt, attachments } = event.data;
      const ratings = state.status === 'reported' ? state.ratings : [];
      return { status: 'reported', reviewId, roundId, unitId, unitChain, countyId, secretary, report, revision, attachments: attachments ?? [], submittedBy, submittedAt, ratings };
    }
    case 'DutyReportRated': {
      if (state.status !== 'reported') return state;
      const { evaluatorId, rating, comment, ratedAt } = event.data;
      const next: DutyReviewRating = { evaluatorId, rating, comment, ratedAt };
      const rated = state.ratings.some((candidate) => candidate.evaluatorId === evaluatorId);
      return { ...state, ratings: rated ? state.ratings.map((candidate) => (candidate.evaluatorId === evaluatorId ? next : candidate)) : [...state.ratings, next] };
    }
    default:
      return assertNever(event);
  }
}
