import { randomUUID } from 'node:crypto';
import { EventToAppend, migrateEventStore, PostgresEventStore } from '@app/event-store';
import { ProjectionRuntime } from '@app/projections';
import { caseStreamId, CountyRanking, orgUnitStreamId, roundStreamId, taskStreamId } from '@app/supervision';
import type { Pool } from 'pg';
import { databaseTargets, eventually, TestDatabase } from '@app/testing';
import { rankingProjections } from './index';
import { RANKING_PROJECTION } from './ranking.projection';
import { RankingQuery, rankingQuery, RoundRankingView } from './ranking.query';
import { rankingToPublish } from './ranking.to-publish';
import {
  caseOpened,
  rankingRepublished,
  roundPlanned,
  roundPublished,
  roundStarted,
  scoresRecorded,
  scoringClosed,
  twoItems,
  unitRegistered,
  warningRaised,
} from './ranking.spec-fixtures';

/*
 * Published rankings through the read model: what a publication records (the live ranking over
 * every committed event, the projector's lag notwithstanding), what is answered after it (the
 * publication in force, whatever facts arrive), republications as new versions, and a rebuild.
 * One history, built up test by test (rubric TWO_ITEM_RUBRIC: a sheet (a, b) totals 5 × (a + b);
 * 10 points off per red-card case).
 */
describe.each(databaseTargets())('published county rankings on $name', (target) => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let runtime: ProjectionRuntime;
  let ranking: RankingQuery;

  const id = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;
  const append = (streamId: string, ...events: EventToAppend[]) => store.append(streamId, events);
  const settled = () => eventually(async () => expect((await runtime.statusOf(RANKING_PROJECTION)).lagEvents).toBe(0));
  const table = (view: RoundRankingView | CountyRanking) => view.entries.map((entry) => [entry.countyId, entry.rank, entry.score, entry.deduction, entry.previousRank, entry.movement]);

  const [f1, f2] = [id('f1'), id('f2')];
  const [r1, r2, r3] = [id('walk-1'), id('walk-2'), id('theme-1')];
  const PUBLISHED_AT = '2026-08-02T02:00:00.000Z';
  const REPUBLISHED_AT = '2026-08-20T02:00:00.000Z';
  let asPublished: CountyRanking;
  let republished: CountyRanking;

  async function sheet(roundId: string, countyId: string, inspectorId: string, a: number, b: number, recordedAt = '2026-07-05T02:00:00.000Z') {
    const taskId = id('task');
    await append(taskStreamId(taskId), scoresRecorded({ taskId, roundId, countyId, inspectorId, scores: twoItems(a, b), recordedAt }));
  }

  beforeAll(async () => {
    db = await target.create();
    await migrateEventStore(db.database);
    store = new PostgresEventStore(db.database.pool, { notifyOtherProcesses: db.database.mode === 'server' });
    runtime = await ProjectionRuntime.create({ store, pool: db.database.pool, projections: rankingProjections(), pollIntervalMs: 20 });
    await runtime.startAsyncProjectors();
    ranking = rankingQuery(runtime);
    await append(orgUnitStreamId('huzhou'), unitRegistered('huzhou', 'city', null, '湖州市'));
    for (const county of [f1, f2]) {
      await append(orgUnitStreamId(county), unitRegistered(county, 'county', 'huzhou', `${county}县`));
      await append(orgUnitStreamId(`${county}-town`), unitRegistered(`${county}-town`, 'township', county, `${county}镇`));
    }
    for (const [roundId, kind] of [[r1, 'walk-see-compete'], [r2, 'walk-see-compete'], [r3, 'quarterly-theme']] as const) {
      await append(roundStreamId(roundId), roundPlanned({ roundId, kind, counties: [f1, f2], perRedCase: 10, plannedAt: '2026-06-20T02:00:00.000Z' }), roundStarted(roundId, '2026-07-01T01:00:00.000Z'));
    }
  });

  afterAll(async () => {
    await runtime?.close();
    await db?.dispose();
  });

  it('records the live ranking over every committed event, those the projector has not applied yet included, and leaves the tables as they were', async () => {
    await sheet(r1, f1, 'i1', 9, 9); // 90
    await settled();
    await runtime.stop(RANKING_PROJECTION);
    await sheet(r1, f2, 'i1', 8, 9); // 85, not applied yet
    await append(roundStreamId(r1), scoringClosed(r1, '2026-08-01T02:00:00.000Z'));
    const pool = db.database.pool;
    const tables = () =>
      Promise.all([
        pool.query('SELECT task_id, item_code, score FROM ranking_score_items WHERE round_id = $1 ORDER BY task_id, item_code', [r1]),
        pool.query('SELECT scoring_closed_at FROM ranking_rounds WHERE round_id = $1', [r1]),
      ]).then(([items, rounds]) => [items.rows, rounds.rows]);
    const before = await tables();
    expect(before[0]).toHaveLength(2);

    asPublished = await rankingToPublish(store, db.database.pool, r1);
    expect(table(asPublished)).toEqual([
      [f1, 1, 90, 0, null, null],
      [f2, 2, 85, 0, null, null],
    ]);
    expect(asPublished).toMatchObject({ roundId: r1, methodVersion: 'county-ranking/v2/mean', previousRoundId: null, unscored: [] });
    expect(await tables()).toEqual(before);

    await runtime.start(RANKING_PROJECTION);
    await settled();
    expect((await ranking.liveRankingOf(r1)).inputsHash).toBe(asPublished.inputsHash);
  });

  it('answers with the publication after a red card raised inside the window changed the live computation; as of the publication instant, the same', async () => {
    await append(roundStreamId(r1), roundPublished(r1, PUBLISHED_AT, asPublished));
    const caseId = id('case');
    // 吴兴-like f1 earns a red card on 10 August: inside the window (to 30 September), after the publication.
    await append(caseStreamId(caseId), caseOpened(caseId, [`${f1}-town`, f1, 'huzhou'], '2026-08-03T00:00:00.000Z'), warningRaised(caseId, 'red', '2026-08-10T00:00:00.000Z'));
    await settled();

    const shown = await ranking.rankingOf(r1);
    expect(table(shown)).toEqual(table(asPublished));
    expect(shown).toMatchObject({
      status: 'published',
      publishedAt: PUBLISHED_AT,
      basis: 'publication',
      publication: { version: 1, publishedAt: PUBLISHED_AT, publishedBy: 'admin', reason: null },
      changedSincePublication: true,
      inputsHash: asPublished.inputsHash,
    });
    const atPublication = await ranking.rankingOf(r1, new Date(PUBLISHED_AT));
    expect({ ...atPublication, asOf: null, changedSincePublication: true }).toEqual(shown);
    expect(atPublication.changedSincePublication).toBe(false);

    const live = await ranking.liveRankingOf(r1);
    expect(table(live)).toEqual([
      [f2, 1, 85, 0, null, null],
      [f1, 2, 80, 10, null, null],
    ]);
    expect(live).toMatchObject({ basis: 'live', publication: { version: 1 }, changedSincePublication: true });
    expect(live.inputsHash).not.toBe(asPublished.inputsHash);

    const beforePublication = await ranking.rankingOf(r1, new Date('2026-07-20T00:00:00.000Z'));
    expect(beforePublication).toMatchObject({ status: 'active', basis: 'live', publication: null, changedSincePublication: null, publishedAt: null });
  });

  it('answers with a republication from its instant on, with the version in force before it as of an earlier instant; a later round moves against the version in force', async () => {
    republished = await rankingToPublish(store, db.database.pool, r1);
    await append(roundStreamId(r1), rankingRepublished(r1, 2, republished, '补录窗口期内的红牌扣分', REPUBLISHED_AT, asPublished.inputsHash));
    await sheet(r2, f1, 'i2', 7, 7); // 70, less f1's red card (inside r2's window too): 60
    await sheet(r2, f2, 'i2', 9, 9); // 90
    await settled();

    const now = await ranking.rankingOf(r1);
    expect(table(now)).toEqual([
      [f2, 1, 85, 0, null, null],
      [f1, 2, 80, 10, null, null],
    ]);
    expect(now).toMatchObject({
      basis: 'publication',
      publishedAt: PUBLISHED_AT,
      publication: { version: 2, publishedAt: REPUBLISHED_AT, publishedBy: 'admin', reason: '补录窗口期内的红牌扣分' },
      changedSincePublication: false,
      inputsHash: republished.inputsHash,
    });
    const between = await ranking.rankingOf(r1, new Date('2026-08-15T00:00:00.000Z'));
    expect(table(between)).toEqual(table(asPublished));
    expect(between).toMatchObject({ publication: { version: 1 }, changedSincePublication: true, inputsHash: asPublished.inputsHash });

    // r2 is not published: live, against r1's publication in force (version 2 now, version 1 on 15 August).
    expect(table(await ranking.rankingOf(r2))).toEqual([
      [f2, 1, 90, 0, 1, 0],
      [f1, 2, 60, 10, 2, 0],
    ]);
    expect(table(await ranking.rankingOf(r2, new Date('2026-08-15T00:00:00.000Z')))).toEqual([
      [f2, 1, 90, 0, 2, 1],
      [f1, 2, 60, 10, 1, -1],
    ]);

    const trend = await ranking.trendOf(f1, 'walk-see-compete');
    expect(trend.points.map((point) => [point.roundId, point.publicationVersion, point.rank, point.score, point.inputsHash])).toEqual([[r1, 2, 2, 80, republished.inputsHash]]);
    const earlier = await ranking.trendOf(f1, 'walk-see-compete', new Date('2026-08-15T00:00:00.000Z'));
    expect(earlier.points.map((point) => [point.roundId, point.publicationVersion, point.rank, point.score, point.inputsHash])).toEqual([[r1, 1, 1, 90, asPublished.inputsHash]]);
  });

  it('answers a publication that did not record its ranking (made before rankings were frozen) with the ranking as of its instant: a later red card does not change it', async () => {
    await sheet(r3, f1, 'i3', 9, 9); // 90
    await sheet(r3, f2, 'i3', 8, 9); // 85
    await append(roundStreamId(r3), scoringClosed(r3, '2026-08-01T02:00:00.000Z'), roundPublished(r3, PUBLISHED_AT));
    await settled();

    const shown = await ranking.rankingOf(r3);
    expect(table(shown)).toEqual([
      [f1, 1, 90, 0, null, null],
      [f2, 2, 85, 0, null, null],
    ]);
    expect(shown).toMatchObject({ basis: 'publication', publication: { version: 1, publishedBy: 'admin', reason: null }, changedSincePublication: true });
    expect(shown.inputsHash).toBe((await ranking.rankingOf(r3, new Date(PUBLISHED_AT))).inputsHash);
    expect(table(await ranking.liveRankingOf(r3))).toEqual([
      [f2, 1, 85, 0, null, null],
      [f1, 2, 80, 10, null, null],
    ]);
    const rows = await db.database.pool.query('SELECT round_id, publication, reason, ranking IS NULL AS unrecorded FROM ranking_publications ORDER BY round_id, publication');
    expect(rows.rows).toEqual(
      expect.arrayContaining([
        { round_id: r1, publication: 1, reason: null, unrecorded: false },
        { round_id: r1, publication: 2, reason: '补录窗口期内的红牌扣分', unrecorded: false },
        { round_id: r3, publication: 1, reason: null, unrecorded: true },
      ]),
    );
  });

  it('after a rebuild from zero, the tables equal the live ones row for row, publications included, and every answer is the same', async () => {
    const answers = () =>
      Promise.all([
        ranking.rankingOf(r1),
        ranking.rankingOf(r1, new Date('2026-08-15T00:00:00.000Z')),
        ranking.liveRankingOf(r1),
        ranking.rankingOf(r2),
        ranking.rankingOf(r3),
        ranking.trendOf(f1, 'walk-see-compete'),
        ranking.trendOf(f2, 'quarterly-theme'),
      ]);
    const before = await answers();
    const comparisons = await runtime.compareWithLive(RANKING_PROJECTION);
    expect(comparisons.map((compared) => [compared.table, compared.equal])).toEqual(
      ['ranking_cases', 'ranking_org_units', 'ranking_publications', 'ranking_red_cards', 'ranking_rounds', 'ranking_score_items'].map((name) => [name, true]),
    );
    await runtime.rebuild(RANKING_PROJECTION);
    expect(await answers()).toEqual(before);
  });

  it("reads a round's ranking in one statement, one whose publication did not record its figures again in a transaction, each as a read wholly in a transaction answers, also once the pool's connections are replaced", async () => {
    const pool = db.database.pool;
    const sent: string[] = [];
    const watched = {
      connect: async () => {
        const client = await pool.connect();
        return new Proxy(client, {
          get(target, property, receiver) {
            if (property !== 'query') return Reflect.get(target, property, receiver);
            return (statement: string | { text: string }, ...rest: unknown[]) => {
              sent.push((typeof statement === 'string' ? statement : statement.text).trim().split(/\s+/).slice(0, 2).join(' '));
              return (target.query as (...args: unknown[]) => unknown)(statement, ...rest);
            };
          },
        });
      },
    } as unknown as Pool;
    const oneByOne = rankingQuery(watched);
    const inTransaction = new RankingQuery(async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        return await work(async <R>(sql: string, parameters: unknown[]) => (await client.query(sql, parameters)).rows as R[]);
      } finally {
        await client.query('ROLLBACK');
        client.release();
      }
    });
    const reads = (reader: RankingQuery) =>
      [
        () => reader.rankingOf(r1),
        () => reader.rankingOf(r1, new Date('2026-08-15T00:00:00.000Z')),
        () => reader.liveRankingOf(r2),
        () => reader.rankingOf(r3),
        () => reader.rankingToRecord(r2),
      ] as const;

    const statementsOf: string[][] = [];
    for (const [index, read] of reads(oneByOne).entries()) {
      sent.length = 0;
      expect(await read()).toEqual(await reads(inTransaction)[index]!());
      statementsOf.push([...sent]);
    }
    expect(statementsOf.slice(0, 3)).toEqual([['SELECT r.round_id,'], ['SELECT r.round_id,'], ['SELECT r.round_id,']]);
    // r3's publication did not record its figures: the read goes on past its first statement.
    expect(statementsOf[3]!.slice(0, 3)).toEqual(['SELECT r.round_id,', 'BEGIN ISOLATION', 'SELECT r.round_id,']);
    expect(statementsOf[3]!.at(-1)).toBe('COMMIT');
    expect(statementsOf[4]).toEqual(['SELECT r.round_id,']);

    // Through the runtime (statements prepared on a server), connections closed and opened again
    // (the embedded database keeps its one session through them).
    const before = await Promise.all(reads(oneByOne).map((read) => read()));
    for (let replaced = 0; replaced < 3; replaced += 1) {
      const client = await pool.connect();
      client.release(true);
      expect(await Promise.all(reads(ranking).map((read) => read()))).toEqual(before);
    }
  });
});

