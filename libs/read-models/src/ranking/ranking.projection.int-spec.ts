import { randomUUID } from 'node:crypto';
import { EventToAppend, migrateEventStore, PostgresEventStore } from '@app/event-store';
import { ProjectionRuntime } from '@app/projections';
import { caseStreamId, orgUnitStreamId, rankCounties, RankingInput, roundStreamId, taskStreamId } from '@app/supervision';
import { databaseTargets, eventually, TestDatabase } from '@app/testing';
import { rankingProjections } from './index';
import { NotACounty, RoundKindNotRanked, RoundNotRanked } from './ranking.errors';
import { RANKING_PROJECTION } from './ranking.projection';
import { RankingQuery, rankingQuery, RoundRankingView } from './ranking.query';
import {
  caseOpened,
  roundArchived,
  roundPlanned,
  roundPublished,
  roundStarted,
  rubricRevised,
  scoresRecorded,
  scoringClosed,
  TWO_ITEM_RUBRIC,
  twoItems,
  unitRegistered,
  warningRaised,
} from './ranking.spec-fixtures';

/*
 * The county ranking through its read model: events appended to a real store, applied by the
 * async projector, and the ranking read back as of instants. Every expected figure is worked out
 * by hand in the test (rubric TWO_ITEM_RUBRIC: a sheet (a, b) totals 5 × (a + b)).
 */
describe.each(databaseTargets())('county ranking read model on $name', (target) => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let runtime: ProjectionRuntime;
  let ranking: RankingQuery;

  beforeAll(async () => {
    db = await target.create();
    await migrateEventStore(db.database);
    store = new PostgresEventStore(db.database.pool, { notifyOtherProcesses: db.database.mode === 'server' });
    runtime = await ProjectionRuntime.create({ store, pool: db.database.pool, projections: rankingProjections(), pollIntervalMs: 20 });
    await runtime.startAsyncProjectors();
    ranking = rankingQuery(runtime);
    await store.append(orgUnitStreamId('huzhou'), [unitRegistered('huzhou', 'city', null, '湖州市')]);
  });

  afterAll(async () => {
    await runtime?.close();
    await db?.dispose();
  });

  const append = (streamId: string, ...events: EventToAppend[]) => store.append(streamId, events);
  /** Waits for the async projector to have applied every event committed so far. */
  const settled = () => eventually(async () => expect((await runtime.statusOf(RANKING_PROJECTION)).lagEvents).toBe(0));
  const id = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;

  /** Registers counties (and one township under each) of the test's own. */
  async function counties(...labels: string[]): Promise<string[]> {
    const ids = labels.map(id);
    for (const [index, countyId] of ids.entries()) {
      await append(orgUnitStreamId(countyId), unitRegistered(countyId, 'county', 'huzhou', `${labels[index]}县`));
      await append(orgUnitStreamId(`${countyId}-town`), unitRegistered(`${countyId}-town`, 'township', countyId, `${labels[index]}镇`));
    }
    return ids;
  }

  /** One inspector's sheet on a new task of the round. */
  async function sheet(roundId: string, countyId: string, inspectorId: string, a: number, b: number, recordedAt = '2026-07-05T02:00:00.000Z') {
    const taskId = id('task');
    await append(taskStreamId(taskId), scoresRecorded({ taskId, roundId, countyId, inspectorId, scores: twoItems(a, b), recordedAt }));
    return taskId;
  }

  async function activeRound(countyIds: string[], options: Partial<Parameters<typeof roundPlanned>[0]> = {}): Promise<string> {
    const roundId = id('round');
    await append(roundStreamId(roundId), roundPlanned({ roundId, counties: countyIds, plannedAt: '2026-06-20T02:00:00.000Z', ...options }), roundStarted(roundId, '2026-07-01T01:00:00.000Z'));
    return roundId;
  }

  const table = (entries: RoundRankingView['entries']) =>
    entries.map((entry) => [entry.countyId, entry.rank, entry.score, entry.rawScore, entry.deduction, entry.redCases, entry.sheets, entry.gapToLeader]);

  it('stores the facts of the events: the round with its rubric and instants, every item score, cases, red cards only, units', async () => {
    const [a, b] = await counties('facts-a', 'facts-b');
    const roundId = id('round');
    const revised = TWO_ITEM_RUBRIC.map((item) => ({ ...item, weight: item.code === 'org-building' ? 3 : 1 }));
    await append(
      roundStreamId(roundId),
      // A kind that ranks nobody: its publication is no other round's previous one.
      roundPlanned({ roundId, kind: 'deep-research', counties: [a!, b!], method: 'trimmed-mean', perRedCase: 2.5, plannedAt: '2026-06-20T02:00:00.000Z' }),
      rubricRevised(roundId, revised, 2, '2026-06-21T02:00:00.000Z'),
      roundStarted(roundId, '2026-07-01T01:00:00.000Z'),
      scoringClosed(roundId, '2026-10-01T01:00:00.000Z'),
      roundPublished(roundId, '2026-10-08T01:00:00.000Z'),
      roundArchived(roundId, '2026-12-31T01:00:00.000Z'),
    );
    const taskId = await sheet(roundId, a!, 'inspector.x', 8, 6);
    await append(taskStreamId(taskId), scoresRecorded({ taskId, roundId, countyId: a!, inspectorId: 'inspector.x', scores: { 'org-building': 9 }, recordedAt: '2026-07-06T02:00:00.000Z' }));
    const caseId = id('case');
    await append(caseStreamId(caseId), caseOpened(caseId, [`${b}-town`, b!, 'huzhou'], '2026-07-02T00:00:00.000Z'), warningRaised(caseId, 'yellow', '2026-07-20T00:00:00.000Z'), warningRaised(caseId, 'red', '2026-08-01T00:00:00.000Z'));
    await settled();

    const pool = db.database.pool;
    const rounds = await pool.query('SELECT * FROM ranking_rounds WHERE round_id = $1', [roundId]);
    expect(rounds.rows).toEqual([
      {
        round_id: roundId,
        kind: 'deep-research',
        title: `deep-research ${roundId}`,
        period: '2026-Q3',
        scope_county_ids: [a, b],
        rubric: [
          { code: 'org-building', weight: 3, maxScore: 10 },
          { code: 'village-governance', weight: 1, maxScore: 10 },
        ],
        rubric_version: 2,
        rubric_event_version: '2',
        method: 'trimmed-mean',
        per_red_case: 2.5,
        window_opens_on: '2026-07-01',
        window_closes_on: '2026-09-30',
        window_starts_at: new Date('2026-06-30T16:00:00.000Z'),
        window_ends_at: new Date('2026-09-30T15:59:59.999Z'),
        planned_at: new Date('2026-06-20T02:00:00.000Z'),
        started_at: new Date('2026-07-01T01:00:00.000Z'),
        scoring_closed_at: new Date('2026-10-01T01:00:00.000Z'),
        published_at: new Date('2026-10-08T01:00:00.000Z'),
        published_position: expect.any(String),
        archived_at: new Date('2026-12-31T01:00:00.000Z'),
      },
    ]);
    const items = await pool.query(
      'SELECT event_version, item_code, round_id, county_id, inspector_id, score, recorded_at FROM ranking_score_items WHERE task_id = $1 ORDER BY event_version, item_code',
      [taskId],
    );
    expect(items.rows.map((row) => [Number(row.event_version), row.item_code, row.round_id, row.county_id, row.inspector_id, row.score, row.recorded_at.toISOString()])).toEqual([
      [1, 'org-building', roundId, a, 'inspector.x', 8, '2026-07-05T02:00:00.000Z'],
      [1, 'village-governance', roundId, a, 'inspector.x', 6, '2026-07-05T02:00:00.000Z'],
      [2, 'org-building', roundId, a, 'inspector.x', 9, '2026-07-06T02:00:00.000Z'],
    ]);
    const cases = await pool.query('SELECT unit_chain FROM ranking_cases WHERE case_id = $1', [caseId]);
    expect(cases.rows).toEqual([{ unit_chain: [`${b}-town`, b, 'huzhou'] }]);
    const cards = await pool.query('SELECT event_version, raised_at FROM ranking_red_cards WHERE case_id = $1', [caseId]);
    expect(cards.rows).toEqual([{ event_version: '3', raised_at: new Date('2026-08-01T00:00:00.000Z') }]);
    const units = await pool.query('SELECT unit_id, kind, parent_id, name FROM ranking_org_units WHERE unit_id = ANY($1) ORDER BY unit_id', [[b, `${b}-town`]]);
    expect(units.rows).toEqual([
      { unit_id: b, kind: 'county', parent_id: 'huzhou', name: 'facts-b县' },
      { unit_id: `${b}-town`, kind: 'township', parent_id: b, name: 'facts-b镇' },
    ]);
  });

  it('ranks by the mean of the sheets, an inspector’s later recording replacing the earlier, ties sharing a rank (1224), with the gap to the leader', async () => {
    const [c1, c2, c3, c4] = await counties('mean-1', 'mean-2', 'mean-3', 'mean-4');
    const roundId = await activeRound([c1!, c2!, c3!, c4!], { method: 'mean' });
    // c1: i1 (5,5) replaced by (8,8) = 80, i2 (9,9) = 90 → 85
    const replaced = await sheet(roundId, c1!, 'i1', 5, 5, '2026-07-05T02:00:00.000Z');
    await append(taskStreamId(replaced), scoresRecorded({ taskId: replaced, roundId, countyId: c1!, inspectorId: 'i1', scores: twoItems(8, 8), recordedAt: '2026-07-06T02:00:00.000Z' }));
    await sheet(roundId, c1!, 'i2', 9, 9);
    // c2: i1 (9,8) = 85, i2 (8,9) = 85 → 85, tied with c1
    await sheet(roundId, c2!, 'i1', 9, 8);
    await sheet(roundId, c2!, 'i2', 8, 9);
    // c3: i1 (7,7) = 70, i3 (6,6) = 60 → 65
    await sheet(roundId, c3!, 'i1', 7, 7);
    await sheet(roundId, c3!, 'i3', 6, 6);
    // c4: i3 (8,7) = 75
    await sheet(roundId, c4!, 'i3', 8, 7);
    await settled();

    const view = await ranking.rankingOf(roundId);
    expect(table(view.entries)).toEqual([
      [c1, 1, 85, 85, 0, 0, 2, 0],
      [c2, 1, 85, 85, 0, 0, 2, 0],
      [c4, 3, 75, 75, 0, 0, 1, 10],
      [c3, 4, 65, 65, 0, 0, 2, 20],
    ]);
    expect(view.entries.map((entry) => entry.countyName)).toEqual(['mean-1县', 'mean-2县', 'mean-4县', 'mean-3县']);
    expect(view).toMatchObject({ method: 'mean', methodVersion: 'county-ranking/v2/mean', status: 'active', asOf: null, previousRoundId: null, unscored: [] });
  });

  it('ranks by the trimmed mean: with three sheets or more the highest and lowest are dropped', async () => {
    const [c1, c2, c3] = await counties('trim-1', 'trim-2', 'trim-3');
    const roundId = await activeRound([c1!, c2!, c3!], { method: 'trimmed-mean' });
    // c1: 80, 90, 40 → 80 (the mean would be 70)
    await sheet(roundId, c1!, 'i1', 8, 8);
    await sheet(roundId, c1!, 'i2', 9, 9);
    await sheet(roundId, c1!, 'i3', 4, 4);
    // c2: 70, 75 → two sheets, nothing dropped: 72.5
    await sheet(roundId, c2!, 'i1', 7, 7);
    await sheet(roundId, c2!, 'i2', 8, 7);
    // c3: 80, 100, 60 → 80, tied with c1
    await sheet(roundId, c3!, 'i1', 8, 8);
    await sheet(roundId, c3!, 'i2', 10, 10);
    await sheet(roundId, c3!, 'i3', 6, 6);
    await settled();

    const view = await ranking.rankingOf(roundId);
    expect(table(view.entries)).toEqual([
      [c1, 1, 80, 80, 0, 0, 3, 0],
      [c3, 1, 80, 80, 0, 0, 3, 0],
      [c2, 3, 72.5, 72.5, 0, 0, 2, 7.5],
    ]);
    expect(view.methodVersion).toBe('county-ranking/v2/trimmed-mean');
  });

  it('ranks by per-inspector z-scores put back on the scale of all totals, so a harsh inspector’s counties are not pulled down', async () => {
    const [c1, c2, c3, c4] = await counties('z-1', 'z-2', 'z-3', 'z-4');
    const roundId = await activeRound([c1!, c2!, c3!, c4!], { method: 'z-normalised' });
    // i1 gives 90 and 70 (mean 80, sd 10: z +1, −1); i2, harsher, gives 60 and 40 (mean 50, sd 10: z +1, −1).
    await sheet(roundId, c1!, 'i1', 9, 9);
    await sheet(roundId, c2!, 'i1', 7, 7);
    await sheet(roundId, c3!, 'i2', 6, 6);
    await sheet(roundId, c4!, 'i2', 4, 4);
    await settled();

    // All totals 90, 70, 60, 40: mean 65, population sd √325 = 18.0277…; score = 65 ± 18.0277… → 83.03 and 46.97.
    const view = await ranking.rankingOf(roundId);
    expect(table(view.entries)).toEqual([
      [c1, 1, 83.03, 83.03, 0, 0, 1, 0],
      [c3, 1, 83.03, 83.03, 0, 0, 1, 0],
      [c2, 3, 46.97, 46.97, 0, 0, 1, 36.06],
      [c4, 3, 46.97, 46.97, 0, 0, 1, 36.06],
    ]);
    expect(view.methodVersion).toBe('county-ranking/v2/z-normalised');
  });

  it('deducts per red-card case of the county raised within the round’s window and by the instant asked about; one case counts once', async () => {
    const [d1, d2, d3] = await counties('red-1', 'red-2', 'red-3');
    const roundId = await activeRound([d1!, d2!, d3!], { method: 'mean', perRedCase: 5 });
    await sheet(roundId, d1!, 'i1', 9, 9); // 90
    await sheet(roundId, d2!, 'i1', 9, 8); // 85
    await sheet(roundId, d3!, 'i1', 8, 8); // 80
    const [a, b, c, d] = [id('case'), id('case'), id('case'), id('case')];
    // a: a township of d1, red twice within the window → one case
    await append(caseStreamId(a), caseOpened(a, [`${d1}-town`, d1!, 'huzhou'], '2026-07-02T00:00:00.000Z'), warningRaised(a, 'red', '2026-07-15T00:00:00.000Z'), warningRaised(a, 'red', '2026-08-15T00:00:00.000Z'));
    // b: d1 itself, red after the window closed (2026-09-30 in China) → not counted
    await append(caseStreamId(b), caseOpened(b, [d1!, 'huzhou'], '2026-07-02T00:00:00.000Z'), warningRaised(b, 'red', '2026-09-30T16:00:00.000Z'));
    // c: d2, yellow only → not counted
    await append(caseStreamId(c), caseOpened(c, [`${d2}-town`, d2!, 'huzhou'], '2026-07-02T00:00:00.000Z'), warningRaised(c, 'yellow', '2026-07-15T00:00:00.000Z'));
    // d: d3, red on the window's last evening in China → counted
    await append(caseStreamId(d), caseOpened(d, [d3!, 'huzhou'], '2026-07-02T00:00:00.000Z'), warningRaised(d, 'red', '2026-09-30T15:00:00.000Z'));
    await settled();

    expect(table((await ranking.rankingOf(roundId, new Date('2026-07-10T00:00:00.000Z'))).entries)).toEqual([
      [d1, 1, 90, 90, 0, 0, 1, 0],
      [d2, 2, 85, 85, 0, 0, 1, 5],
      [d3, 3, 80, 80, 0, 0, 1, 10],
    ]);
    expect(table((await ranking.rankingOf(roundId, new Date('2026-08-01T00:00:00.000Z'))).entries)).toEqual([
      [d1, 1, 85, 90, 5, 1, 1, 0],
      [d2, 1, 85, 85, 0, 0, 1, 0],
      [d3, 3, 80, 80, 0, 0, 1, 5],
    ]);
    const now = await ranking.rankingOf(roundId);
    expect(table(now.entries)).toEqual([
      [d1, 1, 85, 90, 5, 1, 1, 0],
      [d2, 1, 85, 85, 0, 0, 1, 0],
      [d3, 3, 75, 80, 5, 1, 1, 10],
    ]);
    expect(now.perRedCase).toBe(5);
  });

  it('answers as of an instant: before and after a late score, the round’s status then, and no round before it was planned', async () => {
    const [a1, a2, a3] = await counties('asof-1', 'asof-2', 'asof-3');
    const roundId = await activeRound([a1!, a2!, a3!]);
    await sheet(roundId, a1!, 'i1', 8, 8, '2026-07-02T02:00:00.000Z'); // 80
    const late = await sheet(roundId, a2!, 'i2', 7, 7, '2026-07-02T02:00:00.000Z'); // 70
    // The late score: i2 raises one item on 25 July → (7, 10) = 85.
    await append(taskStreamId(late), scoresRecorded({ taskId: late, roundId, countyId: a2!, inspectorId: 'i2', scores: { 'village-governance': 10 }, recordedAt: '2026-07-25T02:00:00.000Z' }));
    await append(roundStreamId(roundId), scoringClosed(roundId, '2026-08-01T00:00:00.000Z'));
    await settled();

    const before = await ranking.rankingOf(roundId, new Date('2026-07-10T00:00:00.000Z'));
    expect(table(before.entries)).toEqual([
      [a1, 1, 80, 80, 0, 0, 1, 0],
      [a2, 2, 70, 70, 0, 0, 1, 10],
    ]);
    expect(before).toMatchObject({ status: 'active', asOf: '2026-07-10T00:00:00.000Z', unscored: [{ countyId: a3, countyName: 'asof-3县' }] });

    const after = await ranking.rankingOf(roundId, new Date('2026-07-30T00:00:00.000Z'));
    expect(table(after.entries)).toEqual([
      [a2, 1, 85, 85, 0, 0, 1, 0],
      [a1, 2, 80, 80, 0, 0, 1, 5],
    ]);
    expect(after.inputsHash).not.toBe(before.inputsHash);

    const latest = await ranking.rankingOf(roundId);
    expect({ ...latest, status: 'x', asOf: 'x' }).toEqual({ ...after, status: 'x', asOf: 'x' });
    expect(latest.status).toBe('scoring-closed');

    // Anyone holding the inputs recomputes the hash: the sheets as they stood at the instant.
    const rows = await db.database.pool.query<{ task_id: string; county_id: string }>('SELECT DISTINCT task_id, county_id FROM ranking_score_items WHERE round_id = $1', [roundId]);
    const taskOf = new Map(rows.rows.map((row) => [row.county_id, row.task_id]));
    const input: RankingInput = {
      roundId,
      method: 'mean',
      perRedCase: 0,
      rubric: TWO_ITEM_RUBRIC.map(({ code, weight, maxScore }) => ({ code, weight, maxScore })),
      counties: [a1!, a2!, a3!],
      sheets: [
        { countyId: a1!, taskId: taskOf.get(a1!)!, inspectorId: 'i1', scores: twoItemScores(8, 8) },
        { countyId: a2!, taskId: late, inspectorId: 'i2', scores: twoItemScores(7, 7) },
      ],
      redCases: {},
    };
    const recomputed = rankCounties(input);
    expect(recomputed.inputsHash).toBe(before.inputsHash);

    await expect(ranking.rankingOf(roundId, new Date('2026-06-01T00:00:00.000Z'))).rejects.toMatchObject({ code: 'ROUND_NOT_FOUND' });
  });

  it('refuses rounds that rank nobody (深调研, 大督查) and rounds it does not know', async () => {
    const [county] = await counties('unranked');
    const research = await activeRound([county!], { kind: 'deep-research' });
    const inspection = await activeRound([county!], { kind: 'major-inspection' });
    await settled();
    await expect(ranking.rankingOf(research)).rejects.toBeInstanceOf(RoundNotRanked);
    await expect(ranking.rankingOf(inspection)).rejects.toMatchObject({ code: 'ROUND_NOT_RANKED', details: { kind: 'major-inspection' } });
    await expect(ranking.rankingOf('no-such-round')).rejects.toMatchObject({ code: 'ROUND_NOT_FOUND' });
  });

  it('moves counties against the previous published round of the same kind across three rounds, and gives a county’s trend in publish order', async () => {
    // Rounds published in 2030, after every other round of this suite.
    const [m1, m2, m3] = await counties('move-1', 'move-2', 'move-3');
    const scope = [m1!, m2!, m3!];
    async function publishedRound(kind: 'walk-see-compete' | 'quarterly-theme', publishedAt: string, totals: [number, number, number]): Promise<string> {
      const roundId = await activeRound(scope, { kind, plannedAt: '2029-12-01T00:00:00.000Z' });
      for (const [index, total] of totals.entries()) await sheet(roundId, scope[index]!, 'i1', total / 10, total / 10, '2029-12-15T00:00:00.000Z');
      await append(roundStreamId(roundId), scoringClosed(roundId, publishedAt), roundPublished(roundId, publishedAt));
      return roundId;
    }
    const r1 = await publishedRound('walk-see-compete', '2030-01-20T02:00:00.000Z', [90, 80, 70]);
    // Another kind, published between r1 and r2: not r2's previous round.
    const theme = await publishedRound('quarterly-theme', '2030-02-10T02:00:00.000Z', [70, 80, 90]);
    const r2 = await publishedRound('walk-see-compete', '2030-03-20T02:00:00.000Z', [70, 80, 90]);
    const r3 = await publishedRound('walk-see-compete', '2030-06-20T02:00:00.000Z', [80, 80, 60]);
    await settled();

    const moves = (view: RoundRankingView) => view.entries.map((entry) => [entry.countyId, entry.rank, entry.previousRank, entry.movement]);
    const first = await ranking.rankingOf(r1);
    expect(first.previousRoundId).toBeNull();
    expect(moves(first)).toEqual([
      [m1, 1, null, null],
      [m2, 2, null, null],
      [m3, 3, null, null],
    ]);
    const second = await ranking.rankingOf(r2);
    expect(second.previousRoundId).toBe(r1);
    expect(moves(second)).toEqual([
      [m3, 1, 3, 2],
      [m2, 2, 2, 0],
      [m1, 3, 1, -2],
    ]);
    const third = await ranking.rankingOf(r3);
    expect(third.previousRoundId).toBe(r2);
    expect(moves(third)).toEqual([
      [m1, 1, 3, 2],
      [m2, 1, 2, 1],
      [m3, 3, 1, -2],
    ]);
    // Before r3 was published, its previous round was already r2 (the latest published then).
    expect((await ranking.rankingOf(r3, new Date('2030-05-01T00:00:00.000Z'))).previousRoundId).toBe(r2);
    expect((await ranking.rankingOf(theme)).previousRoundId).toBeNull();

    const trend = await ranking.trendOf(m1!, 'walk-see-compete');
    expect(trend.countyName).toBe('move-1县');
    expect(trend.points.map((point) => [point.roundId, point.standing, point.rank, point.score, point.previousRank, point.movement, point.gapToLeader])).toEqual([
      [r1, 'ranked', 1, 90, null, null, 0],
      [r2, 'ranked', 3, 70, 1, -2, 20],
      [r3, 'ranked', 1, 80, 3, 2, 0],
    ]);
    expect(trend.points.map((point) => point.inputsHash)).toEqual([first.inputsHash, second.inputsHash, third.inputsHash]);
    const earlier = await ranking.trendOf(m1!, 'walk-see-compete', new Date('2030-04-01T00:00:00.000Z'));
    expect(earlier.points.map((point) => point.roundId)).toEqual([r1, r2]);
    expect((await ranking.trendOf(m1!, 'quarterly-theme')).points.map((point) => [point.roundId, point.rank])).toEqual([[theme, 3]]);

    await expect(ranking.trendOf(`${m1}-town`, 'walk-see-compete')).rejects.toBeInstanceOf(NotACounty);
    await expect(ranking.trendOf('no-such-county', 'walk-see-compete')).rejects.toMatchObject({ code: 'ORG_UNIT_NOT_FOUND' });
    await expect(ranking.trendOf(m1!, 'deep-research')).rejects.toBeInstanceOf(RoundKindNotRanked);
  });
});

function twoItemScores(a: number, b: number) {
  return Object.entries(twoItems(a, b)).map(([itemCode, score]) => ({ itemCode, score }));
}
