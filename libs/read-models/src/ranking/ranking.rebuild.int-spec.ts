import { EventToAppend, migrateEventStore, PostgresEventStore } from '@app/event-store';
import { ProjectionRuntime } from '@app/projections';
import {
  caseStreamId,
  CountyRanking,
  orgUnitStreamId,
  rankCounties,
  ROUND_KINDS,
  roundStreamId,
  SCORED_ROUND_KINDS,
  SCORING_METHODS,
  taskStreamId,
  WarningColour,
} from '@app/supervision';
import { databaseTargets, eventually, TestDatabase } from '@app/testing';
import { rankingProjections } from './index';
import { RANKING_PROJECTION } from './ranking.projection';
import { rankingQuery } from './ranking.query';
import {
  caseOpened,
  rankingRepublished,
  roundArchived,
  roundPlanned,
  roundPublished,
  roundStarted,
  rubricRevised,
  scoresRecorded,
  scoringClosed,
  TWO_ITEM_RUBRIC,
  unitRegistered,
  warningRaised,
} from './ranking.spec-fixtures';

/** mulberry32: deterministic, so a failing history can be replayed from its seed. */
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

/** A ranking as a publication records it: one sheet per county in scope, the first county with a red card. */
function recordedRanking(roundId: string, counties: readonly string[], shift: number): CountyRanking {
  return rankCounties({
    roundId,
    method: 'mean',
    perRedCase: 1.5,
    rubric: TWO_ITEM_RUBRIC.map(({ code, weight, maxScore }) => ({ code, weight, maxScore })),
    counties,
    sheets: counties.map((countyId, index) => ({
      countyId,
      taskId: `t-${roundId}-${countyId}`,
      inspectorId: 'inspector-0',
      scores: [{ itemCode: 'org-building', score: (index * 3 + shift) % 11 }],
    })),
    redCases: { [counties[0]!]: 1 },
  });
}

const DAY = 86_400_000;
const instant = (base: string, days: number): string => new Date(Date.parse(base) + days * DAY).toISOString();

/**
 * A random supervision history, as streams of events each in version order: an org tree, rounds
 * of every kind going through their lifecycle (some with a revised rubric), inspectors recording
 * and re-recording item scores, cases on counties and townships with warnings of every colour.
 */
function randomHistory(seed: number, size: { rounds: number; cases: number }): Map<string, EventToAppend[]> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const streams = new Map<string, EventToAppend[]>();
  const add = (streamId: string, ...events: EventToAppend[]) => streams.set(streamId, [...(streams.get(streamId) ?? []), ...events]);

  const city = `city-${seed}`;
  add(orgUnitStreamId(city), unitRegistered(city, 'city', null, '湖州市'));
  const counties = Array.from({ length: 5 }, (_, i) => `county-${seed}-${i}`);
  const units: string[][] = [];
  for (const county of counties) {
    add(orgUnitStreamId(county), unitRegistered(county, 'county', city, county));
    units.push([county, city]);
    for (const town of [1, 2]) {
      const township = `${county}-town-${town}`;
      add(orgUnitStreamId(township), unitRegistered(township, 'township', county, township));
      units.push([township, county, city]);
    }
  }
  const inspectors = Array.from({ length: 6 }, (_, i) => `inspector-${i}`);

  for (let r = 0; r < size.rounds; r++) {
    const roundId = `r-${seed}-${r}`;
    const kind = random() < 0.7 ? pick(SCORED_ROUND_KINDS) : pick(ROUND_KINDS);
    const scope = counties.filter(() => random() < 0.8);
    if (scope.length < 2) scope.push(...counties.slice(0, 2).filter((county) => !scope.includes(county)));
    const start = instant('2026-01-05T01:00:00.000Z', r * 9 + Math.floor(random() * 5));
    const opensOn = start.slice(0, 10);
    const closesOn = instant(start, 40).slice(0, 10);
    const events: EventToAppend[] = [
      roundPlanned({
        roundId,
        kind,
        counties: scope,
        method: pick(SCORING_METHODS),
        perRedCase: pick([0, 1.5, 3]),
        opensOn,
        closesOn,
        plannedAt: instant(start, -3),
      }),
    ];
    if (random() < 0.3) events.push(rubricRevised(roundId, TWO_ITEM_RUBRIC.map((item) => ({ ...item, weight: 1 + Math.floor(random() * 4) })), 2, instant(start, -1)));
    events.push(roundStarted(roundId, start));
    const stage = random();
    if (stage > 0.2) events.push(scoringClosed(roundId, instant(start, 30)));
    if (stage > 0.35) {
      // Every third round published the way events were recorded before publications carried their ranking.
      const publishedAt = instant(start, 32 + Math.floor(random() * 3));
      const recorded = r % 3 === 0 ? undefined : recordedRanking(roundId, scope, r);
      events.push(roundPublished(roundId, publishedAt, recorded));
      if (recorded !== undefined && r % 4 === 1) {
        events.push(rankingRepublished(roundId, 2, recordedRanking(roundId, scope, r + 1), '复核', instant(publishedAt, 5), recorded.inputsHash));
      }
    }
    if (stage > 0.8) events.push(roundArchived(roundId, instant(start, 60)));
    add(roundStreamId(roundId), ...events);

    for (const county of scope) {
      const taskId = `t-${roundId}-${county}`;
      const assigned = inspectors.filter(() => random() < 0.4).slice(0, 3);
      for (let k = 0; k < 1 + Math.floor(random() * 8); k++) {
        const inspectorId = assigned.length > 0 ? pick(assigned) : pick(inspectors);
        const scores: Record<string, number> = {};
        for (const item of TWO_ITEM_RUBRIC) if (k === 0 || random() < 0.6) scores[item.code] = Math.floor(random() * 21) / 2;
        if (Object.keys(scores).length === 0) scores[TWO_ITEM_RUBRIC[0]!.code] = 5;
        add(taskStreamId(taskId), scoresRecorded({ taskId, roundId, countyId: random() < 0.05 ? null : county, inspectorId, scores, recordedAt: instant(start, 1 + k * 3 + random()) }));
      }
    }
  }

  for (let c = 0; c < size.cases; c++) {
    const caseId = `c-${seed}-${c}`;
    const openedAt = instant('2026-01-05T00:00:00.000Z', random() * size.rounds * 9);
    const events = [caseOpened(caseId, pick(units), openedAt)];
    for (let w = 0; w < Math.floor(random() * 4); w++) {
      events.push(warningRaised(caseId, pick<WarningColour>(['blue', 'yellow', 'red', 'red']), instant(openedAt, 5 + w * 7 + random() * 5)));
    }
    add(caseStreamId(caseId), ...events);
  }
  return streams;
}

/**
 * Appends the streams interleaved, a few events at a time by several workers (each stream stays
 * with one worker, in version order). Some appends run inside a caller's transaction that took
 * its transaction id first, so the subscription order differs from the version order.
 */
async function appendInterleaved(store: PostgresEventStore, streams: Map<string, EventToAppend[]>, seed: number, workers = 4): Promise<number> {
  const random = seededRandom(seed + 1);
  const queues: Array<Array<[string, EventToAppend[]]>> = Array.from({ length: workers }, () => []);
  [...streams.entries()].forEach((entry, index) => queues[index % workers]!.push([entry[0], [...entry[1]]]));
  let appended = 0;
  await Promise.all(
    queues.map(async (queue) => {
      while (queue.length > 0) {
        const index = Math.floor(random() * queue.length);
        const [streamId, pending] = queue[index]!;
        const events = pending.splice(0, 1 + Math.floor(random() * 3));
        if (pending.length === 0) queue.splice(index, 1);
        appended += events.length;
        if (random() < 0.15) {
          await store.transaction(async (transaction) => {
            await transaction.joinLog();
            await transaction.client.query('SELECT pg_current_xact_id()');
            await transaction.append(streamId, events);
          });
        } else {
          await store.append(streamId, events);
        }
      }
    }),
  );
  return appended;
}

describe.each(databaseTargets())('county ranking rebuild on $name', (target) => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let runtime: ProjectionRuntime;

  beforeAll(async () => {
    db = await target.create();
    await migrateEventStore(db.database);
    store = new PostgresEventStore(db.database.pool, { notifyOtherProcesses: db.database.mode === 'server' });
    runtime = await ProjectionRuntime.create({ store, pool: db.database.pool, projections: rankingProjections(), pollIntervalMs: 20 });
    await runtime.startAsyncProjectors();
  });

  afterAll(async () => {
    await runtime?.close();
    await db?.dispose();
  });

  it('after a long random history applied live, a rebuild from zero equals the live tables row for row and answers every ranking alike', async () => {
    const streams = randomHistory(7, { rounds: 80, cases: 800 });
    const appended = await appendInterleaved(store, streams, 7);
    expect(appended).toBeGreaterThan(3000);
    await eventually(async () => expect((await runtime.statusOf(RANKING_PROJECTION)).lagEvents).toBe(0), 60_000);
    expect((await runtime.statusOf(RANKING_PROJECTION)).lastError).toBeNull();

    const comparisons = await runtime.compareWithLive(RANKING_PROJECTION);
    // Rows only one side has, per table: a live projector that skipped an append shows as rows only the copy has.
    expect(comparisons.map((table) => [table.table, table.onlyLive, table.onlyCopy])).toEqual(
      ['ranking_cases', 'ranking_org_units', 'ranking_publications', 'ranking_red_cards', 'ranking_rounds', 'ranking_score_items'].map((table) => [table, 0, 0]).sort(),
    );
    expect(comparisons.find((table) => table.table === 'ranking_score_items')!.liveRows).toBeGreaterThan(1000);
    expect(comparisons.find((table) => table.table === 'ranking_publications')!.liveRows).toBeGreaterThan(20);

    const query = rankingQuery(runtime);
    const pool = db.database.pool;
    const rounds = (await pool.query<{ round_id: string }>('SELECT round_id FROM ranking_rounds WHERE kind = ANY($1) ORDER BY round_id', [SCORED_ROUND_KINDS])).rows;
    const counties = (await pool.query<{ unit_id: string }>(`SELECT unit_id FROM ranking_org_units WHERE kind = 'county' ORDER BY unit_id`)).rows;
    const asOf = new Date('2026-06-01T00:00:00.000Z');
    /** Every ranking now and as of an instant (a round planned after it is ROUND_NOT_FOUND), every trend. */
    const answers = async () =>
      Promise.all([
        ...rounds.flatMap((row) => [
          query.rankingOf(row.round_id),
          query.liveRankingOf(row.round_id),
          query.rankingOf(row.round_id, asOf).catch((error: { code: string }) => error.code),
        ]),
        ...counties.flatMap((row) => SCORED_ROUND_KINDS.map((kind) => query.trendOf(row.unit_id, kind))),
      ]);
    const before = await answers();
    const rankings = before.filter((answer) => typeof answer === 'object' && 'entries' in answer);
    expect(rankings.some((view) => view.entries.some((entry) => entry.redCases > 0))).toBe(true);
    expect(rankings.some((view) => view.previousRoundId !== null)).toBe(true);
    expect(rankings.some((view) => view.publication?.version === 2)).toBe(true);
    expect(rankings.some((view) => view.basis === 'publication' && view.publication?.version === 1)).toBe(true);
    expect(before).toContain('ROUND_NOT_FOUND');
    await runtime.rebuild(RANKING_PROJECTION);
    expect(await answers()).toEqual(before);
  });
});
