import { DEFAULT_FOLLOW_UP_SHARE, DutyRating, DutyReviewResults, dutyReviewResults, DutyReviewSecretary, DutyReviewSettings, EvidenceRef } from '@app/supervision';
import type { ReadModelReader } from '../supervision-boards/board-query';
import { dutyReviewRatingsTable, dutyReviewRoundsTable, dutyReviewsTable } from './duty-reviews.tables';

/** A duty-review round as the read model has it. */
export interface DutyReviewRoundView {
  readonly roundId: string;
  readonly title: string | null;
  readonly period: string | null;
  readonly scopeCountyIds: readonly string[];
  readonly settings: DutyReviewSettings | null;
  readonly publishedAt: string | null;
  readonly publishedBy: string | null;
  readonly results: DutyReviewResults | null;
}

/** A panel member's rating in force. */
export interface DutyRatingView {
  readonly evaluatorId: string;
  readonly rating: DutyRating;
  readonly comment: string;
  readonly ratedAt: string;
}

/** A unit's report as last submitted. */
export interface DutyReportView {
  readonly report: string;
  readonly revision: number;
  readonly secretary: DutyReviewSecretary | null;
  readonly attachments: readonly EvidenceRef[];
  readonly submittedBy: string;
  readonly submittedAt: string;
  readonly firstSubmittedAt: string;
}

/** A unit's review: its report (null until submitted) and the ratings in force, by when each was given. */
export interface DutyReviewFacts {
  readonly report: DutyReportView | null;
  readonly ratings: readonly DutyRatingView[];
}

/** The unit a round covers, as the org tree gives it: results are listed in this order. */
export interface DutyReviewUnit {
  readonly unitId: string;
  readonly unitChain: readonly string[];
}

/** A round's results as of an instant: frozen once published by then, provisional (live) before. */
export interface DutyReviewResultsAsOf {
  readonly published: boolean;
  readonly publishedAt: string | null;
  readonly results: DutyReviewResults;
}

const iso = (value: Date | string): string => new Date(value).toISOString();

export async function dutyReviewRoundQuery(db: ReadModelReader, roundId: string): Promise<DutyReviewRoundView | undefined> {
  const rows: { round_id: string; title: string | null; period: string | null; scope_county_ids: string[] | null; settings: DutyReviewSettings | null; published_at: Date | null; published_by: string | null; results: DutyReviewResults | null }[] =
    await db.query(`SELECT round_id, title, period, scope_county_ids, settings, published_at, published_by, results FROM ${dutyReviewRoundsTable.name} WHERE round_id = $1`, [roundId]);
  const row = rows[0];
  if (row === undefined) return undefined;
  return {
    roundId: row.round_id,
    title: row.title,
    period: row.period,
    scopeCountyIds: row.scope_county_ids ?? [],
    settings: row.settings,
    publishedAt: row.published_at === null ? null : iso(row.published_at),
    publishedBy: row.published_by,
    results: row.results,
  };
}

/**
 * Each unit's report and the ratings in force — every panel member's latest — of round
 * `roundId`, keyed by unit; as of `asOf` when given (reports first submitted and ratings given by then).
 */
export async function dutyReviewFactsQuery(db: ReadModelReader, roundId: string, options: { asOf?: Date; unitId?: string } = {}): Promise<Map<string, DutyReviewFacts>> {
  const asOf = options.asOf?.toISOString() ?? null;
  const unitId = options.unitId ?? null;
  const reports: {
    unit_id: string;
    report: string;
    revision: number;
    secretary: DutyReviewSecretary | null;
    attachments: EvidenceRef[];
    submitted_by: string;
    submitted_at: Date;
    first_submitted_at: Date;
  }[] = await db.query(
    `SELECT unit_id, report, revision, secretary, attachments, submitted_by, submitted_at, first_submitted_at FROM ${dutyReviewsTable.name}
      WHERE round_id = $1 AND ($2::timestamptz IS NULL OR first_submitted_at <= $2::timestamptz) AND ($3::text IS NULL OR unit_id = $3)`,
    [roundId, asOf, unitId],
  );
  const ratings: { unit_id: string; evaluator_id: string; rating: DutyRating; comment: string; rated_at: Date }[] = await db.query(
    `SELECT unit_id, evaluator_id, rating, comment, rated_at FROM (
       SELECT DISTINCT ON (review_id, evaluator_id) unit_id, evaluator_id, rating, comment, rated_at FROM ${dutyReviewRatingsTable.name}
        WHERE round_id = $1 AND ($2::timestamptz IS NULL OR rated_at <= $2::timestamptz) AND ($3::text IS NULL OR unit_id = $3)
        ORDER BY review_id, evaluator_id, event_version DESC) latest
      ORDER BY rated_at, evaluator_id`,
    [roundId, asOf, unitId],
  );
  const facts = new Map<string, { report: DutyReportView | null; ratings: DutyRatingView[] }>();
  const of = (id: string) => facts.get(id) ?? facts.set(id, { report: null, ratings: [] }).get(id)!;
  for (const row of reports) {
    of(row.unit_id).report = {
      report: row.report,
      revision: row.revision,
      secretary: row.secretary,
      attachments: row.attachments,
      submittedBy: row.submitted_by,
      submittedAt: iso(row.submitted_at),
      firstSubmittedAt: iso(row.first_submitted_at),
    };
  }
  for (const row of ratings) of(row.unit_id).ratings.push({ evaluatorId: row.evaluator_id, rating: row.rating, comment: row.comment, ratedAt: iso(row.rated_at) });
  return facts;
}

/**
 * The results of round `roundId` over `units`, as of `asOf` (now when absent): once published by
 * then, what the publication froze; before, the results the ratings given by then make (the same
 * rules a publication applies). What the publisher records is the latter, at the instant it publishes.
 */
export async function dutyReviewResultsQuery(db: ReadModelReader, round: DutyReviewRoundView, units: readonly DutyReviewUnit[], asOf?: Date): Promise<DutyReviewResultsAsOf> {
  if (round.results !== null && round.publishedAt !== null && (asOf === undefined || Date.parse(round.publishedAt) <= asOf.getTime())) {
    return { published: true, publishedAt: round.publishedAt, results: round.results };
  }
  const facts = await dutyReviewFactsQuery(db, round.roundId, asOf === undefined ? {} : { asOf });
  const standings = units.map((unit) => {
    const found = facts.get(unit.unitId);
    return { unitId: unit.unitId, unitChain: unit.unitChain, reported: found?.report != null, ratings: (found?.ratings ?? []).map((rating) => rating.rating) };
  });
  return { published: false, publishedAt: null, results: dutyReviewResults(round.roundId, round.settings?.followUpShare ?? DEFAULT_FOLLOW_UP_SHARE, standings) };
}
