import type { DutyRating, DutyRatingDistribution, DutyReviewSecretary, DutyReviewSettings, EvidenceRef, FollowUpReason, RoundStatus } from '@app/supervision';

/** One unit of a duty-review round on its list: how far its review is, and once published its grade. */
export interface DutyReviewEntry {
  readonly reviewId: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly countyId: string | null;
  /** The unit's secretary now (第一责任人), by name. */
  readonly secretaryName: string | null;
  readonly status: 'awaiting-report' | 'reported';
  readonly submittedAt: string | null;
  /** Ratings in force: one per panel member who rated. */
  readonly ratings: number;
  /** The asking panel member's own rating, if they gave one. */
  readonly myRating: DutyRating | null;
  /** From the publication: null before it, or when nobody rated the unit. */
  readonly grade: DutyRating | null;
  readonly followUp: FollowUpReason | null;
}

/** A duty-review round's units, as the asker may see them (an official: those in their subtree). */
export interface DutyReviewList {
  readonly roundId: string;
  readonly title: string;
  readonly period: string;
  readonly status: RoundStatus;
  readonly settings: DutyReviewSettings;
  readonly published: boolean;
  readonly items: DutyReviewEntry[];
}

export interface DutyRatingEntry {
  readonly evaluatorId: string;
  readonly evaluatorName: string | null;
  readonly rating: DutyRating;
  readonly comment: string;
  readonly ratedAt: string;
}

export interface DutyReportEntry {
  readonly report: string;
  readonly revision: number;
  /** Whose report it is: the secretary when it was submitted. */
  readonly secretary: DutyReviewSecretary | null;
  readonly attachments: readonly EvidenceRef[];
  readonly submittedBy: string;
  readonly submittedAt: string;
}

/** One unit's grade as published. */
export interface PublishedDutyGrade {
  readonly grade: DutyRating | null;
  readonly distribution: DutyRatingDistribution;
  readonly followUp: FollowUpReason | null;
}

/** One unit's duty review: the report, the panel's ratings, the grade they make now, and the one published. */
export interface DutyReviewView {
  readonly reviewId: string;
  readonly roundId: string;
  readonly roundTitle: string;
  readonly roundStatus: RoundStatus;
  readonly unitId: string;
  readonly unitName: string;
  readonly unitChain: string[];
  readonly countyId: string | null;
  readonly secretary: DutyReviewSecretary | null;
  readonly status: 'awaiting-report' | 'reported';
  readonly report: DutyReportEntry | null;
  readonly ratings: DutyRatingEntry[];
  /** Of the ratings in force, and the grade and follow-up they make by the round's rules. */
  readonly distribution: DutyRatingDistribution;
  readonly grade: DutyRating | null;
  readonly followUp: FollowUpReason | null;
  readonly panel: Array<{ readonly userId: string; readonly name: string | null }>;
  readonly published: PublishedDutyGrade | null;
}

export interface DutyReviewUnitResultEntry {
  readonly unitId: string;
  readonly unitName: string;
  readonly reported: boolean;
  readonly ratings: number;
  readonly distribution: DutyRatingDistribution;
  readonly grade: DutyRating | null;
  readonly followUp: FollowUpReason | null;
}

/** A round's results as of an instant, for the units the asker may see. */
export interface DutyReviewResultsView {
  readonly roundId: string;
  /** Published by the instant asked about: the figures are the frozen ones. */
  readonly published: boolean;
  readonly publishedAt: string | null;
  readonly rule: string;
  readonly followUpShare: number;
  readonly units: DutyReviewUnitResultEntry[];
  readonly followUp: Array<{ readonly unitId: string; readonly unitName: string; readonly reason: FollowUpReason }>;
}
