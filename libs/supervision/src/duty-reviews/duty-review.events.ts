import type { DomainEvent } from '@app/workflow';
import type { EvidenceRef } from '../shared/evidence';
import type { DutyRating } from './duty-review';
import type { DutyReviewSecretary } from './duty-review.commands';

/** The duty report is in (revision 1), or replaced before anyone rated it (2, 3, …). */
export type DutyReportSubmitted = DomainEvent<
  'DutyReportSubmitted',
  {
    reviewId: string;
    roundId: string;
    unitId: string;
    unitChain: string[];
    countyId: string | null;
    /** Whose report it is: the unit's secretary when it was submitted (an admin may submit for them). */
    secretary: DutyReviewSecretary | null;
    report: string;
    revision: number;
    submittedBy: string;
    submittedAt: string;
    attachments?: EvidenceRef[];
  }
>;

/** A panel member's rating; `replaced` is their earlier rating of the same report, if any. */
export type DutyReportRated = DomainEvent<
  'DutyReportRated',
  { reviewId: string; roundId: string; unitId: string; evaluatorId: string; rating: DutyRating; comment: string; replaced: DutyRating | null; ratedAt: string }
>;

export type DutyReviewEvent = DutyReportSubmitted | DutyReportRated;

export const DUTY_REVIEW_EVENT_TYPES: readonly DutyReviewEvent['type'][] = ['DutyReportSubmitted', 'DutyReportRated'];
