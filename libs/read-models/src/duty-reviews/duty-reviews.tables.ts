import { defineTable } from '@app/projections';
import type { DutyRating, DutyReviewResults, DutyReviewSecretary, DutyReviewSettings, EvidenceRef } from '@app/supervision';

/*
 * The 述职评议 read model keeps facts, each with its instant: the reports (the latest revision),
 * every rating ever given, and each duty-review round with its settings and, once published, the
 * results its publication froze. A unit's standing as of an instant is computed when asked, from
 * the ratings given by then (each panel member's latest); a round published by then answers with
 * what was published. Every write is order-free, so a rebuild equals the live tables.
 */

/** A unit's duty report: the latest revision, and when the first one came in. */
export interface DutyReviewRow {
  reviewId: string;
  roundId: string;
  unitId: string;
  unitChain: string[];
  countyId: string | null;
  report: string;
  revision: number;
  /** The stream version of the submission the report is from: a later one replaces it. */
  reportVersion: number;
  secretary: DutyReviewSecretary | null;
  attachments: EvidenceRef[];
  submittedBy: string;
  submittedAt: string;
  firstSubmittedAt: string;
}

/** One rating as given: a panel member's rating in force is their latest. */
export interface DutyReviewRatingRow {
  reviewId: string;
  eventVersion: number;
  roundId: string;
  unitId: string;
  evaluatorId: string;
  rating: DutyRating;
  comment: string;
  ratedAt: string;
}

/** A duty-review round: columns stay null until the event that sets them arrives. */
export interface DutyReviewRoundRow {
  roundId: string;
  title: string | null;
  period: string | null;
  scopeCountyIds: string[] | null;
  settings: DutyReviewSettings | null;
  plannedAt: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
  results: DutyReviewResults | null;
}

const bigintAsNumber = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

export const dutyReviewsTable = defineTable<DutyReviewRow>({
  name: 'duty_reviews',
  entityName: 'DutyReviewRow',
  columns: {
    reviewId: { name: 'review_id', type: 'text', primary: true },
    roundId: { name: 'round_id', type: 'text' },
    unitId: { name: 'unit_id', type: 'text' },
    unitChain: { name: 'unit_chain', type: 'text', array: true },
    countyId: { name: 'county_id', type: 'text', nullable: true },
    report: { type: 'text' },
    revision: { type: 'integer' },
    reportVersion: { name: 'report_version', type: 'bigint', transformer: bigintAsNumber },
    secretary: { type: 'jsonb', nullable: true },
    attachments: { type: 'jsonb' },
    submittedBy: { name: 'submitted_by', type: 'text' },
    submittedAt: { name: 'submitted_at', type: 'timestamptz' },
    firstSubmittedAt: { name: 'first_submitted_at', type: 'timestamptz' },
  },
  indexes: [{ name: 'duty_reviews_round', on: '(round_id, unit_id)', forQueriesOnly: true }],
});

export const dutyReviewRatingsTable = defineTable<DutyReviewRatingRow>({
  name: 'duty_review_ratings',
  entityName: 'DutyReviewRatingRow',
  columns: {
    reviewId: { name: 'review_id', type: 'text', primary: true },
    eventVersion: { name: 'event_version', type: 'bigint', primary: true, transformer: bigintAsNumber },
    roundId: { name: 'round_id', type: 'text' },
    unitId: { name: 'unit_id', type: 'text' },
    evaluatorId: { name: 'evaluator_id', type: 'text' },
    rating: { type: 'text' },
    comment: { type: 'text' },
    ratedAt: { name: 'rated_at', type: 'timestamptz' },
  },
  indexes: [{ name: 'duty_review_ratings_round', on: '(round_id, review_id, evaluator_id, event_version DESC)', forQueriesOnly: true }],
});

export const dutyReviewRoundsTable = defineTable<DutyReviewRoundRow>({
  name: 'duty_review_rounds',
  entityName: 'DutyReviewRoundRow',
  columns: {
    roundId: { name: 'round_id', type: 'text', primary: true },
    title: { type: 'text', nullable: true },
    period: { type: 'text', nullable: true },
    scopeCountyIds: { name: 'scope_county_ids', type: 'text', array: true, nullable: true },
    settings: { type: 'jsonb', nullable: true },
    plannedAt: { name: 'planned_at', type: 'timestamptz', nullable: true },
    publishedAt: { name: 'published_at', type: 'timestamptz', nullable: true },
    publishedBy: { name: 'published_by', type: 'text', nullable: true },
    results: { type: 'jsonb', nullable: true },
  },
});

export const DUTY_REVIEW_TABLES = [dutyReviewsTable, dutyReviewRatingsTable, dutyReviewRoundsTable] as const;
export const DUTY_REVIEW_ENTITIES = DUTY_REVIEW_TABLES.map((table) => table.entity);
