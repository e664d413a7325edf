import type { RoundStatus } from '../rounds/round.state';
import type { EvidenceRef } from '../shared/evidence';
import type { DutyRating } from './duty-review';

/** The unit's secretary (第一责任人) now, as the org tree names them; null when the post is empty. */
export interface DutyReviewSecretary {
  readonly personId: string;
  readonly name: string;
}

/**
 * 述职: the unit's secretary (or an admin for them) submits the duty report; submitted again
 * before anyone has rated it, it replaces the earlier one. The handler resolves the unit, its
 * county and current secretary from the org tree and the round's status from its stream.
 */
export interface SubmitDutyReport {
  readonly type: 'SubmitDutyReport';
  readonly reviewId: string;
  readonly roundId: string;
  readonly roundStatus: RoundStatus;
  readonly unitId: string;
  /** The unit, then each unit above it, up to the city. */
  readonly unitChain: readonly string[];
  readonly countyId: string | null;
  readonly secretary: DutyReviewSecretary | null;
  readonly report: string;
  readonly attachments?: readonly EvidenceRef[];
}

/** 评议: a panel member rates the report on the scale, with a comment; rating again replaces their rating. */
export interface RateDutyReport {
  readonly type: 'RateDutyReport';
  readonly roundStatus: RoundStatus;
  /** The round's panel (评议组), as planned. */
  readonly panelIds: readonly string[];
  readonly rating: DutyRating;
  readonly comment: string;
}

export type DutyReviewCommand = SubmitDutyReport | RateDutyReport;
