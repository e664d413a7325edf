import { EventToAppend, migrateEventStore, PostgresEventStore } from '@app/event-store';
import { ProjectionRuntime } from '@app/projections';
import { DUTY_RATINGS, DutyReportRated, DutyReportSubmitted, dutyReviewIdOf, dutyReviewResults, dutyReviewStreamId, RoundPlanned, RoundPublished, roundStreamId } from '@app/supervision';
import { databaseTargets, TestDatabase } from '@app/testing';
import { dutyReviewProjections } from './index';
import { DUTY_REVIEWS_PROJECTION } from './duty-reviews.projection';
import { dutyReviewFactsQuery, dutyReviewResultsQuery, dutyReviewRoundQuery } from './duty-reviews.query';

const START = Date.parse('2027-01-04T01:00:00.000Z');
const at = (minutes: number): string => new Date(START + minutes * 60_000).toISOString();
const COUNTIES = ['wuxing', 'nanxun', 'deqing', 'changxing', 'anji'];
const PANEL = ['p-1', 'p-2', 'p-3', 'p-4'];

function planned(roundId: string, minutes: number): EventToAppend {
  const data: RoundPlanned['data'] = {
    roundId,
    kind: 'duty-review',
    title: `述职评议 ${roundId}`,
    period: '2026',
    theme: null,
    scopeCountyIds: COUNTIES,
    rubric: { version: 1, items: [] },
    scoringPolicy: { method: 'mean' },
    window: { opensOn: '2027-01-04', closesOn: '2027-01-29' },
    dutyReview: { panelIds: PANEL, unitKind: 'county', followUpShare: 1 / 3 },
    plannedBy: 'admin',
    plannedAt: at(minutes),
  };
  return { type: 'RoundPlanned', data };
}

function submitted(roundId: string, unitId: string, revision: number, minutes: number): EventToAppend {
  const data: DutyReportSubmitted['data'] = {
    reviewId: dutyReviewIdOf(roundId, unitId),
    roundId,
    unitId,
    unitChain: [unitId, 'huzhou'],
    countyId: unitId,
    secretary: { personId: `secretary.${unitId}`, name: '书记' },
    report: `述职第 ${revision} 稿`,
    revision,
    submittedBy: `secretary.${unitId}`,
    submittedAt: at(minutes),
  };
  return { type: 'DutyReportSubmitted', data };
}

function rated(roundId: string, unitId: string, evaluatorId: string, rating: (typeof DUTY_RATINGS)[number], minutes: number): EventToAppend {
  const data: DutyReportRated['data'] = { reviewId: dutyReviewIdOf(roundId, unitId), roundId, unitId, evaluatorId, rating, comment: '意见', replaced: null, ratedAt: at(minutes) };
  return { type: 'DutyReportRated', data };
}

/** mulberry32: deterministic, so a failing history can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe.each(databaseTargets())('the duty-review read model on $name', (target) => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let runtime: ProjectionRuntime;

  beforeAll(async () => {
    db = await target.create();
    await migrateEventStore(db.database);
    store = new PostgresEventStore(db.database.pool, { notifyOtherProcesses: false });
    runtime = await ProjectionRuntime.create({ store, pool: db.database.pool, projections: dutyReviewProjections() });
  });

  afterAll(async () => {
    await runtime?.close();
    await db?.dispose();
  });

  it('keeps the latest report, every member’s latest rating as of any instant, and the frozen results once published', async () => {
    const roundId = 'r-facts';
    await store.append(roundStreamId(roundId), [planned(roundId, 0)]);
    await store.append(dutyReviewStreamId(dutyReviewIdOf(roundId, 'anji')), [submitted(roundId, 'anji', 1, 10), submitted(roundId, 'anji', 2, 20), rated(roundId, 'anji', 'p-1', 'good', 30)]);
    await store.append(dutyReviewStreamId(dutyReviewIdOf(roundId, 'anji')), [rated(roundId, 'anji', 'p-2', 'average', 40), rated(roundId, 'anji', 'p-1', 'poor', 50)]);
    const reader = runtime.dataSource;
    const facts = await dutyReviewFactsQuery(reader, roundId);
    expect(facts.get('anji')).toMatchObject({ report: { report: '述职第 2 稿', revision: 2, firstSubmittedAt: at(10), submittedAt: at(20) } });
    expect(facts.get('anji')!.ratings.map((rating) => [rating.evaluatorId, rating.rating])).toEqual([
      ['p-2', 'average'],
      ['p-1', 'poor'],
    ]);
    const earlier = await dutyReviewFactsQuery(reader, roundId, { asOf: new Date(at(45)) });
    expect(earlier.get('anji')!.ratings.map((rating) => [rating.evaluatorId, rating.rating])).toEqual([
      ['p-1', 'good'],
      ['p-2', 'average'],
    ]);
    expect((await dutyReviewFactsQuery(reader, roundId, { asOf: new Date(at(5)) })).size).toBe(0);

    const units = COUNTIES.map((unitId) => ({ unitId, unitChain: [unitId, 'huzhou'] }));
    const round = (await dutyReviewRoundQuery(reader, roundId))!;
    const live = await dutyReviewResultsQuery(reader, round, units);
    expect(live).toMatchObject({ published: false, results: { followUp: [{ unitId: 'anji', reason: 'grade-poor' }] } });
    const frozen = dutyReviewResults(roundId, 1 / 3, [{ unitId: 'anji', unitChain: ['anji', 'huzhou'], reported: true, ratings: ['good', 'average'] }]);
    const publication: RoundPublished['data'] = { roundId, ranking: null, dutyReviewResults: frozen, publishedBy: 'admin', publishedAt: at(60) };
    await store.append(roundStreamId(roundId), [{ type: 'RoundPublished', data: publication }]);
    // A rating recorded later changes nothing published; before publication the answer is the provisional one.
    await store.append(dutyReviewStreamId(dutyReviewIdOf(roundId, 'anji')), [rated(roundId, 'anji', 'p-3', 'good', 70)]);
    const published = (await dutyReviewRoundQuery(reader, roundId))!;
    expect(await dutyReviewResultsQuery(reader, published, units)).toEqual({ published: true, publishedAt: at(60), results: frozen });
    expect(await dutyReviewResultsQuery(reader, published, units, new Date(at(55)))).toEqual(live);
  });

  it('a rebuild from zero equals the live tables row for row, whatever order the streams’ appends committed in', async () => {
    const random = seededRandom(17);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const streams = new Map<string, EventToAppend[]>();
    for (let round = 0; round < 6; round += 1) {
      const roundId = `r-${round}`;
      streams.set(roundStreamId(roundId), [planned(roundId, round)]);
      for (const unitId of COUNTIES) {
        const events: EventToAppend[] = [];
        const revisions = 1 + Math.floor(random() * 3);
        for (let revision = 1; revision <= revisions; revision += 1) events.push(submitted(roundId, unitId, revision, round * 100 + revision));
        for (let rating = 0; rating < 8; rating += 1) events.push(rated(roundId, unitId, pick(PANEL), pick(DUTY_RATINGS), round * 100 + 10 + rating));
        streams.set(dutyReviewStreamId(dutyReviewIdOf(roundId, unitId)), events);
      }
    }
    const queues = [...streams.entries()].map(([streamId, events]) => ({ streamId, events: [...events] }));
    while (queues.length > 0) {
      const index = Math.floor(random() * queues.length);
      const queue = queues[index]!;
      const events = queue.events.splice(0, 1 + Math.floor(random() * 3));
      if (queue.events.length === 0) queues.splice(index, 1);
      if (random() < 0.2) {
        await store.transaction(async (transaction) => {
          await transaction.joinLog();
          await transaction.client.query('SELECT pg_current_xact_id()');
          await transaction.append(queue.streamId, events);
        });
      } else {
        await store.append(queue.streamId, events);
      }
    }
    const comparisons = await runtime.compareWithLive(DUTY_REVIEWS_PROJECTION);
    expect(comparisons.map((table) => [table.table, table.equal])).toEqual([
      ['duty_review_ratings', true],
      ['duty_review_rounds', true],
      ['duty_reviews', true],
    ]);
    expect(comparisons.find((table) => table.table === 'duty_review_ratings')!.liveRows).toBeGreaterThan(200);
  });
});
