import type { RecordedEvent } from '@app/event-store';
import { createTables, defineProjection, ProjectionDefinition } from '@app/projections';
import { DutyReportRated, DutyReportSubmitted, dutyReviewStreams, RoundPlanned, RoundPublished, roundStreams } from '@app/supervision';
import { DUTY_REVIEW_ENTITIES, DUTY_REVIEW_TABLES, DutyReviewRatingRow, DutyReviewRoundRow, DutyReviewRow, dutyReviewRatingsTable, dutyReviewRoundsTable, dutyReviewsTable } from './duty-reviews.tables';

export const DUTY_REVIEWS_PROJECTION = 'duty-reviews';

const REPLACED_BY_LATER_REVISION = ['roundId', 'unitId', 'unitChain', 'countyId', 'report', 'revision', 'reportVersion', 'secretary', 'attachments', 'submittedBy', 'submittedAt'] as const;
const writeReviews = dutyReviewsTable.upsert({
  set: {
    ...Object.fromEntries(
      REPLACED_BY_LATER_REVISION.map((property) => {
        const column = dutyReviewsTable.column(property);
        return [property, `CASE WHEN EXCLUDED.report_version > existing.report_version THEN EXCLUDED.${column} ELSE existing.${column} END`];
      }),
    ),
    firstSubmittedAt: 'LEAST(existing.first_submitted_at, EXCLUDED.first_submitted_at)',
  },
});
const writeRatings = dutyReviewRatingsTable.upsert({ onConflict: 'ignore' });
// A rating is keyed by its event (the review's stream and the version): a rebuild, which applies
// each event once into empty tables, only ever inserts them.
const insertRatings = dutyReviewRatingsTable.insert();
// RoundPlanned and RoundPublished each fill their own columns, in whichever order they come.
const writeRounds = dutyReviewRoundsTable.upsert({ onConflict: 'fill' });

function reviewRow(event: RecordedEvent): DutyReviewRow {
  const data = event.data as DutyReportSubmitted['data'];
  return {
    reviewId: data.reviewId,
    roundId: data.roundId,
    unitId: data.unitId,
    unitChain: data.unitChain,
    countyId: data.countyId,
    report: data.report,
    revision: data.revision,
    reportVersion: event.version,
    secretary: data.secretary,
    attachments: data.attachments ?? [],
    submittedBy: data.submittedBy,
    submittedAt: data.submittedAt,
    firstSubmittedAt: data.submittedAt,
  };
}

function ratingRow(event: RecordedEvent): DutyReviewRatingRow {
  const { reviewId, roundId, unitId, evaluatorId, rating, comment, ratedAt } = event.data as DutyReportRated['data'];
  return { reviewId, eventVersion: event.version, roundId, unitId, evaluatorId, rating, comment, ratedAt };
}

const EMPTY_ROUND = { title: null, period: null, scopeCountyIds: null, settings: null, plannedAt: null, publishedAt: null, publishedBy: null, results: null };

function roundRow(event: RecordedEvent): DutyReviewRoundRow | undefined {
  if (event.type === 'RoundPlanned') {
    const data = event.data as RoundPlanned['data'];
    if (data.kind !== 'duty-review' || data.dutyReview === undefined) return undefined;
    return { ...EMPTY_ROUND, roundId: data.roundId, title: data.title, period: data.period, scopeCountyIds: data.scopeCountyIds, settings: data.dutyReview, plannedAt: data.plannedAt };
  }
  const data = event.data as RoundPublished['data'];
  if (data.dutyReviewResults === undefined) return undefined;
  return { ...EMPTY_ROUND, roundId: data.roundId, publishedAt: data.publishedAt, publishedBy: data.publishedBy, results: data.dutyReviewResults };
}

/**
 * One row per duty-review round of the batch, so that a single statement writes them (a statement
 * may not change a row twice). A round's rows are merged in the batch's order the way the `fill`
 * rule writes them one after another: a value replaces what came before it, a null leaves it.
 */
function roundRows(events: readonly RecordedEvent[]): DutyReviewRoundRow[] {
  const rounds = new Map<string, DutyReviewRoundRow>();
  for (const event of events) {
    if (event.type !== 'RoundPlanned' && event.type !== 'RoundPublished') continue;
    const row = roundRow(event);
    if (row === undefined) continue;
    const met = rounds.get(row.roundId);
    rounds.set(row.roundId, met === undefined ? row : { ...met, ...Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)) });
  }
  return [...rounds.values()];
}

/**
 * 述职评议考核: each unit's report, every rating with its instant, and each duty-review round with
 * its settings and published results. Inline, so a publication reads every rating committed
 * before it and the pages show a report or rating as soon as it is given.
 */
export function dutyReviewsProjection(): ProjectionDefinition {
  return defineProjection({
    name: DUTY_REVIEWS_PROJECTION,
    kind: 'inline',
    entities: DUTY_REVIEW_ENTITIES,
    migrations: [createTables('duty reports, ratings and published results (述职评议考核)', DUTY_REVIEW_TABLES)],
    // Both categories whole, without a list of types: `apply` picks out the four it uses. A read
    // of categories with types is planned as a scan of each whole category for every page (the
    // planner takes the types for a further filter of rare rows), and a rebuild waited on its
    // reads; reading the other round events too costs far less.
    categories: [dutyReviewStreams.category, roundStreams.category],
    async apply(events, { manager, mode }) {
      // One row per review in a batch: the latest revision met (the upsert keeps the latest across batches).
      const reviews = new Map<string, DutyReviewRow>();
      for (const event of events.filter((candidate) => candidate.type === 'DutyReportSubmitted')) {
        const row = reviewRow(event);
        const met = reviews.get(row.reviewId);
        const firstSubmittedAt = met === undefined || row.firstSubmittedAt < met.firstSubmittedAt ? row.firstSubmittedAt : met.firstSubmittedAt;
        reviews.set(row.reviewId, met === undefined || row.reportVersion > met.reportVersion ? { ...row, firstSubmittedAt } : { ...met, firstSubmittedAt });
      }
      await writeReviews.run(manager, [...reviews.values()]);
      await (mode === 'rebuild' ? insertRatings : writeRatings).run(manager, events.filter((event) => event.type === 'DutyReportRated').map(ratingRow));
      await writeRounds.run(manager, roundRows(events));
    },
  });
}
