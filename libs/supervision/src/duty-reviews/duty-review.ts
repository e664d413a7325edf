import { isOneOf } from '@app/workflow';
import { streamNaming } from '../shared/stream-naming';

/**
 * 党建述职评议考核: once a year each secretary (第一责任人) of the units a duty-review round covers
 * reports on their party-building duty (述职); a panel rates each report on the scale 好 / 较好 /
 * 一般 / 差 with a comment; each unit's grade follows from the distribution of its ratings by a
 * named rule; publishing the round freezes every unit's grade and distribution, and lists for
 * follow-up the units graded 差 or rated 一般/差 by too large a share of the panel.
 *
 * One stream per unit of a round: `dutyreview-<round id>.<unit id>`. The category has no `-`
 * (the store files a stream under what comes before the first one).
 */
export const dutyReviewStreams = streamNaming('dutyreview');

/** The stream of duty review `reviewId`: `dutyreview-<reviewId>`. */
export const dutyReviewStreamId = dutyReviewStreams.streamIdOf;

/** A unit's duty review in a round is named by both: `<roundId>.<unitId>`. */
export function dutyReviewIdOf(roundId: string, unitId: string): string {
  return `${roundId}.${unitId}`;
}

/** The round and unit a duty review id names; undefined for an id that is not one. */
export function parseDutyReviewId(reviewId: string): { roundId: string; unitId: string } | undefined {
  const dot = reviewId.indexOf('.');
  if (dot <= 0 || dot === reviewId.length - 1) return undefined;
  return { roundId: reviewId.slice(0, dot), unitId: reviewId.slice(dot + 1) };
}

/** The rating scale, best first: 好, 较好, 一般, 差. */
export const DUTY_RATINGS = ['good', 'fairly-good', 'average', 'poor'] as const;
export type DutyRating = (typeof DUTY_RATINGS)[number];

export function isDutyRating(value: unknown): value is DutyRating {
  return isOneOf(DUTY_RATINGS, value);
}

/** How many of a unit's ratings are at each step of the scale. */
export type DutyRatingDistribution = Record<DutyRating, number>;

/** Which units a duty-review round covers: those of this kind in its counties (the counties themselves by default). */
export const DUTY_REVIEW_UNIT_KINDS = ['county', 'township'] as const;
export type DutyReviewUnitKind = (typeof DUTY_REVIEW_UNIT_KINDS)[number];

/**
 * How a duty-review round is run, set when it is planned: the panel (评议组, inspectors' user
 * ids), the kind of unit whose secretaries report, and the share of 一般 and 差 ratings at or
 * above which a unit is listed for follow-up.
 */
export interface DutyReviewSettings {
  readonly panelIds: readonly string[];
  readonly unitKind: DutyReviewUnitKind;
  readonly followUpShare: number;
}

/** A third of the panel rating a report 一般 or 差 lists its unit for follow-up, unless the round says otherwise. */
export const DEFAULT_FOLLOW_UP_SHARE = 1 / 3;

/** The version of the grading rule ({@link majorityGrade}) a publication records. */
export const DUTY_GRADE_RULE = 'majority-v1';

export function distributionOf(ratings: readonly DutyRating[]): DutyRatingDistribution {
  const distribution: DutyRatingDistribution = { good: 0, 'fairly-good': 0, average: 0, poor: 0 };
  for (const rating of ratings) distribution[rating] += 1;
  return distribution;
}

function countOf(distribution: DutyRatingDistribution): number {
  return DUTY_RATINGS.reduce((sum, rating) => sum + distribution[rating], 0);
}

/**
 * The grade by majority (rule `majority-v1`): the best step of the scale that more than half of
 * the ratings reach or better. Equivalently the median rating, the worse of the two middle ones
 * when the count is even — a tie goes against the unit. Four ratings 好, 好, 一般, 一般 grade 一般;
 * 好, 好, 较好, 一般 grade 较好. No ratings, no grade.
 */
export function majorityGrade(distribution: DutyRatingDistribution): DutyRating | null {
  const count = countOf(distribution);
  if (count === 0) return null;
  let atLeast = 0;
  for (const rating of DUTY_RATINGS) {
    atLeast += distribution[rating];
    if (atLeast * 2 > count) return rating;
  }
  return 'poor';
}

/** Why a unit is listed for follow-up: graded 差, or rated 一般/差 by at least the round's share of its ratings. */
export type FollowUpReason = 'grade-poor' | 'poor-share';

/**
 * The follow-up rule: a unit graded 差 is listed (`grade-poor`); otherwise one whose 一般 and 差
 * ratings make up at least `followUpShare` of its ratings (`poor-share`). A unit nobody rated is
 * not listed.
 */
export function followUpReasonOf(distribution: DutyRatingDistribution, followUpShare: number): FollowUpReason | null {
  const count = countOf(distribution);
  if (count === 0) return null;
  if (majorityGrade(distribution) === 'poor') return 'grade-poor';
  const weak = distribution.average + distribution.poor;
  // A share of exactly the threshold lists the unit: compared in whole ratings, not in floating point.
  return weak >= followUpShare * count - 1e-9 ? 'poor-share' : null;
}

/** One unit's result: its grade (null when nobody rated it) and the distribution it follows from. */
export interface DutyReviewUnitResult {
  readonly unitId: string;
  /** The unit, then each unit above it up to the city: the result is read within org scope. */
  readonly unitChain: readonly string[];
  readonly reported: boolean;
  readonly ratings: number;
  readonly distribution: DutyRatingDistribution;
  readonly grade: DutyRating | null;
}

/** A unit listed for follow-up (后进整转 and the like), with why. */
export interface DutyReviewFollowUp {
  readonly unitId: string;
  readonly reason: FollowUpReason;
}

/** A duty-review round's results: what its publication freezes. */
export interface DutyReviewResults {
  readonly roundId: string;
  readonly rule: string;
  readonly followUpShare: number;
  readonly units: readonly DutyReviewUnitResult[];
  readonly followUp: readonly DutyReviewFollowUp[];
}

/** What one unit's review stands at, as the results need it. */
export interface DutyReviewStanding {
  readonly unitId: string;
  readonly unitChain: readonly string[];
  readonly reported: boolean;
  readonly ratings: readonly DutyRating[];
}

/** The results of a round from each unit's standing, in the order given, graded and checked for follow-up by the rules above. */
export function dutyReviewResults(roundId: string, followUpShare: number, standings: readonly DutyReviewStanding[]): DutyReviewResults {
  const units = standings.map((standing): DutyReviewUnitResult => {
    const distribution = distributionOf(standing.ratings);
    return { unitId: standing.unitId, unitChain: [...standing.unitChain], reported: standing.reported, ratings: standing.ratings.length, distribution, grade: majorityGrade(distribution) };
  });
  const followUp = units.flatMap((unit): DutyReviewFollowUp[] => {
    const reason = followUpReasonOf(unit.distribution, followUpShare);
    return reason === null ? [] : [{ unitId: unit.unitId, reason }];
  });
  return { roundId, rule: DUTY_GRADE_RULE, followUpShare, units, followUp };
}
