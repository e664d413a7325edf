import type { Pool } from 'pg';
import { ProjectionRuntime } from '@app/projections';
import {
  CountyRanking,
  isScoredRoundKind,
  OrgUnitNotFound,
  PublishedRanking,
  rankCounties,
  RankingEntry,
  RankingInput,
  RoundKind,
  RoundNotFound,
  sameRanking,
  ScoreSheet,
  ScoringMethod,
} from '@app/supervision';
import { RankingRubricLine } from './ranking.tables';
import { NotACounty, RoundKindNotRanked, RoundNotRanked } from './ranking.errors';

/*
 * 区县比看 read at query time from the facts the projection stored, handed to `rankCounties`
 * (libs/supervision), which does the maths. What a ranking "as of T" is:
 *
 * - once a round is published (by T), its **publication in force** at T: the latest version
 *   (the publication, or a republication with its reason) made at or before T, with its figures
 *   as the event recorded them, whatever facts arrived since. A publication whose event did not
 *   record its ranking (one made before publications froze rankings) has the figures the facts
 *   gave at its own instant;
 * - before that, and on the admin's live view, the **live** ranking computed from the facts as of T:
 *   - an inspector's sheet for a task holds, per rubric item, the score of their latest recording
 *     (highest stream version) recorded at or before T;
 *   - 红牌 deductions: a case counts once against county C in round R when a red warning was
 *     raised on it at or before T and within R's window (00:00 of `opensOn` to the end of
 *     `closesOn`, China time), C being the county on the case's unit chain and in R's scope.
 *     Several red cards on one case count once; a later 摘牌 does not give the points back (the
 *     card was earned); each child of a split case is a case of its own;
 *   - movement is against the previous round: the latest other round of the same kind published
 *     at or before T (and before this round's publication, when this one was published by T), in
 *     publish order, with the ranks of its publication in force at T;
 * - a round's status is the last lifecycle step taken at or before T; a round planned after T did
 *   not exist yet (ROUND_NOT_FOUND).
 *
 * Without T, everything stored counts. The tables are written by an async projector, so a live
 * answer may lag the log by the projector's lag; a publication carries its own figures.
 */

export type RoundStatusAt = 'planned' | 'active' | 'scoring-closed' | 'published' | 'archived';

/** What a view's figures are: the publication in force, or the live computation from the facts. */
export type RankingBasis = 'publication' | 'live';

export interface CountyName {
  readonly countyId: string;
  readonly countyName: string | null;
}

export type RankingRowView = RankingEntry & CountyName;

/** A version of a round's published ranking: 1 the publication, then each republication. */
export interface PublicationView {
  readonly version: number;
  readonly publishedAt: string;
  /** Null only for a round published before the read model kept its publications. */
  readonly publishedBy: string | null;
  /** Why it was republished; null for the first publication. */
  readonly reason: string | null;
}

export interface RoundRankingView {
  readonly roundId: string;
  readonly kind: RoundKind;
  readonly title: string;
  readonly period: string;
  /** The round's status at `asOf`. */
  readonly status: RoundStatusAt;
  /** The instant answered for; `null` for everything known now. */
  readonly asOf: string | null;
  /** When the round's results first came out, if they had by `asOf`. */
  readonly publishedAt: string | null;
  readonly basis: RankingBasis;
  /** The publication in force at `asOf`; null before the round was published. */
  readonly publication: PublicationView | null;
  /**
   * Whether the live computation at `asOf` differs from the publication in force (other rules or
   * other inputs: a republication would change what is shown); null before publication.
   */
  readonly changedSincePublication: boolean | null;
  readonly method: ScoringMethod;
  readonly perRedCase: number;
  readonly rubricVersion: number;
  readonly methodVersion: string;
  readonly inputsHash: string;
  readonly previousRoundId: string | null;
  readonly entries: readonly RankingRowView[];
  /** Counties of the round's scope with no sheet. */
  readonly unscored: readonly CountyName[];
}

/** One published round in a county's trend. `rank` and `score` are null where it was not ranked. */
export interface TrendPointView {
  readonly roundId: string;
  readonly title: string;
  readonly period: string;
  /** When the round's results first came out (the trend's order). */
  readonly publishedAt: string;
  /** The version of its published ranking the point shows (the one in force at `asOf`). */
  readonly publicationVersion: number;
  readonly methodVersion: string;
  readonly inputsHash: string;
  /** `ranked`, `unscored` (in scope, no sheet) or `out-of-scope`. */
  readonly standing: 'ranked' | 'unscored' | 'out-of-scope';
  readonly countiesRanked: number;
  readonly rank: number | null;
  readonly score: number | null;
  readonly previousRank: number | null;
  readonly movement: number | null;
  readonly gapToLeader: number | null;
  readonly redCases: number;
}

export interface CountyTrendView {
  readonly countyId: string;
  readonly countyName: string | null;
  readonly kind: RoundKind;
  readonly asOf: string | null;
  /** The published rounds of the kind, in publish order, each as its publication in force at `asOf`. */
  readonly points: readonly TrendPointView[];
}

type Query = <R>(sql: string, parameters: unknown[]) => Promise<R[]>;

/**
 * Runs a read's queries so they all see one state of the tables: in one transaction, or, for a
 * read that is usually answered by one statement (`oneStatement`), that statement alone first.
 */
export type Reader = <T>(work: (query: Query) => Promise<T>, options?: { readonly oneStatement?: boolean }) => Promise<T>;

interface RoundRow {
  round_id: string;
  kind: string | null;
  title: string | null;
  period: string | null;
  scope_county_ids: string[] | null;
  rubric: RankingRubricLine[] | null;
  rubric_version: number | null;
  method: string | null;
  per_red_case: number | null;
  planned_at: Date | null;
  started_at: Date | null;
  scoring_closed_at: Date | null;
  published_at: Date | null;
  published_position: string | null;
  archived_at: Date | null;
}

/**
 * The columns of a {@link RoundRow}, named rather than `*`: a statement prepared once per
 * connection keeps its result type, whatever columns a later version of the table gains.
 */
const ROUND_COLUMNS = [
  'round_id',
  'kind',
  'title',
  'period',
  'scope_county_ids',
  'rubric',
  'rubric_version',
  'method',
  'per_red_case',
  'planned_at',
  'started_at',
  'scoring_closed_at',
  'published_at',
  'published_position',
  'archived_at',
] as const satisfies readonly (keyof RoundRow)[];
const roundColumns = (alias: string): string => ROUND_COLUMNS.map((column) => `${alias}.${column}`).join(', ');

/** A round whose RoundPlanned has been applied. */
interface PlannedRound extends RoundRow {
  kind: RoundKind;
  title: string;
  period: string;
  scope_county_ids: string[];
  rubric: RankingRubricLine[];
  rubric_version: number;
  method: ScoringMethod;
  per_red_case: number;
  planned_at: Date;
}

interface PublicationRow {
  round_id: string;
  publication: number;
  published_at: Date;
  published_by: string;
  reason: string | null;
  ranking: PublishedRanking | null;
}

/** A publication in force and the figures it shows. */
interface PublicationInForce {
  readonly view: PublicationView;
  readonly ranking: CountyRanking;
}

function isPlanned(row: RoundRow | undefined): row is PlannedRound {
  return row !== undefined && row.kind !== null && row.rubric !== null && row.planned_at !== null;
}

const happenedBy = (instant: Date | null, asOf: Date | null): boolean => instant !== null && (asOf === null || instant <= asOf);

export function roundStatusAt(round: Pick<RoundRow, 'started_at' | 'scoring_closed_at' | 'published_at' | 'archived_at'>, asOf: Date | null): RoundStatusAt {
  if (happenedBy(round.archived_at, asOf)) return 'archived';
  if (happenedBy(round.published_at, asOf)) return 'published';
  if (happenedBy(round.scoring_closed_at, asOf)) return 'scoring-closed';
  if (happenedBy(round.started_at, asOf)) return 'active';
  return 'planned';
}

const ONE_STATEMENT = { oneStatement: true } as const;

export class RankingQuery {
  constructor(private readonly read: Reader) {}

  /**
   * The county ranking of a scored round as shown at `asOf` (now when absent): its publication
   * in force once published, the live computation before.
   */
  async rankingOf(roundId: string, asOf?: Date): Promise<RoundRankingView> {
    return this.read((query) => rankingView(query, roundId, asOf ?? null, 'publication'), ONE_STATEMENT);
  }

  /** The live computation from the facts as of `asOf`, also after publication (what a republication would show). */
  async liveRankingOf(roundId: string, asOf?: Date): Promise<RoundRankingView> {
    return this.read((query) => rankingView(query, roundId, asOf ?? null, 'live'), ONE_STATEMENT);
  }

  /** The live ranking from everything stored, as a publication records it. */
  async rankingToRecord(roundId: string): Promise<CountyRanking> {
    return this.read(async (query) => (await roundRead(query, roundId, null)).live, ONE_STATEMENT);
  }

  /** A county's rank and score across the published rounds of one kind, in publish order. */
  async trendOf(countyId: string, kind: RoundKind, asOf?: Date): Promise<CountyTrendView> {
    const at = asOf ?? null;
    if (!isScoredRoundKind(kind)) throw new RoundKindNotRanked(kind);
    return this.read(async (query) => {
      const [unit] = await query<{ kind: string | null; name: string | null }>('SELECT kind, name FROM ranking_org_units WHERE unit_id = $1', [countyId]);
      if (unit === undefined || unit.kind === null) throw new OrgUnitNotFound(countyId);
      if (unit.kind !== 'county') throw new NotACounty(countyId, unit.kind);
      const rows = await query<RoundRow>(
        `SELECT ${roundColumns('r')} FROM ranking_rounds r
          WHERE kind = $1 AND published_at IS NOT NULL AND ($2::timestamptz IS NULL OR published_at <= $2)
          ORDER BY published_at, published_position`,
        [kind, at],
      );
      const rounds = rows.filter(isPlanned);
      const publications = await publicationsInForce(query, rounds, at);
      const points: TrendPointView[] = [];
      for (const round of rounds) {
        const { view, ranking } = publications.get(round.round_id)!;
        const entry = ranking.entries.find((candidate) => candidate.countyId === countyId);
        points.push({
          roundId: round.round_id,
          title: round.title,
          period: round.period,
          publishedAt: round.published_at!.toISOString(),
          publicationVersion: view.version,
          methodVersion: ranking.methodVersion,
          inputsHash: ranking.inputsHash,
          standing: entry !== undefined ? 'ranked' : round.scope_county_ids.includes(countyId) ? 'unscored' : 'out-of-scope',
          countiesRanked: ranking.entries.length,
          rank: entry?.rank ?? null,
          score: entry?.score ?? null,
          previousRank: entry?.previousRank ?? null,
          movement: entry?.movement ?? null,
          gapToLeader: entry?.gapToLeader ?? null,
          redCases: entry?.redCases ?? 0,
        });
      }
      return { countyId, countyName: unit.name, kind, asOf: at?.toISOString() ?? null, points };
    });
  }
}

/** The round read, if it is a scored round planned by `at`; ROUND_NOT_FOUND or ROUND_NOT_RANKED otherwise. */
function plannedScoredRound(found: RoundRow | undefined, roundId: string, at: Date | null): PlannedRound {
  if (!isPlanned(found) || !happenedBy(found.planned_at, at)) throw new RoundNotFound(roundId);
  if (!isScoredRoundKind(found.kind)) throw new RoundNotRanked(roundId, found.kind);
  return found;
}

/** A round's ranking as read at an instant: the round, its counties' names, its publication in force and the live computation. */
interface RoundRead {
  readonly round: PlannedRound;
  readonly names: ReadonlyMap<string, string | null>;
  readonly inForce: PublicationInForce | undefined;
  readonly live: CountyRanking;
}

/**
 * The round read at `at` in one statement: the round with its counties' names, its previous round
 * (see {@link PREVIOUS_ROUND_SQL}), the publications in force of both and the round's facts. Only
 * a publication that did not record its figures takes more statements (see {@link publicationsInForce}).
 */
async function roundRead(query: Query, roundId: string, at: Date | null): Promise<RoundRead> {
  const [found] = await query<RoundReadRow>(ROUND_READ_SQL, [roundId, at]);
  const round = plannedScoredRound(found, roundId, at);
  const previousRow = found!.previous_round === null ? undefined : roundFromJson(found!.previous_round);
  const previous = isPlanned(previousRow) ? previousRow : undefined;
  const publicationRows = (found!.publications ?? []).map((row) => ({ ...row, published_at: new Date(row.published_at) }));
  const publications = await publicationsInForce(query, previous === undefined ? [round] : [round, previous], at, publicationRows);
  const previousRanks = previous === undefined ? undefined : { roundId: previous.round_id, ranks: ranksOf(publications.get(previous.round_id)!.ranking) };
  const facts = factsFrom(found!.score_items ?? [], found!.red_counts ?? []);
  return {
    round,
    names: new Map(Object.entries(found!.county_names ?? {})),
    inForce: publications.get(roundId),
    live: rankCounties(inputOf(round, facts, previousRanks)),
  };
}

/** The view of a round's ranking at `at`: its publication in force when `wanted` and there is one, else the live computation. */
async function rankingView(query: Query, roundId: string, at: Date | null, wanted: RankingBasis): Promise<RoundRankingView> {
  const { round, names, inForce, live } = await roundRead(query, roundId, at);
  const basis: RankingBasis = wanted === 'publication' && inForce !== undefined ? 'publication' : 'live';
  const shown = basis === 'publication' ? inForce!.ranking : live;
  return {
    roundId,
    kind: round.kind,
    title: round.title,
    period: round.period,
    status: roundStatusAt(round, at),
    asOf: at?.toISOString() ?? null,
    publishedAt: happenedBy(round.published_at, at) ? round.published_at!.toISOString() : null,
    basis,
    publication: inForce?.view ?? null,
    changedSincePublication: inForce === undefined ? null : !sameRanking(inForce.ranking, live),
    method: shown.method,
    perRedCase: round.per_red_case,
    rubricVersion: round.rubric_version,
    methodVersion: shown.methodVersion,
    inputsHash: shown.inputsHash,
    previousRoundId: shown.previousRoundId,
    entries: shown.entries.map((entry) => ({ ...entry, countyName: names.get(entry.countyId) ?? null })),
    unscored: shown.unscored.map((countyId) => ({ countyId, countyName: names.get(countyId) ?? null })),
  };
}

/**
 * The previous round of round `r` (a row of ranking_rounds in the enclosing statement) as of $2:
 * the latest other round of the same kind published by then, and before `r`'s own publication
 * when that had happened by then. The bound is one row comparison (the own publication, or past
 * every publication), so the walk down the publish-order index starts at it.
 */
const OWN_PUBLICATION_BY_THEN = `r.published_at IS NOT NULL AND ($2::timestamptz IS NULL OR r.published_at <= $2)`;
const PREVIOUS_ROUND_SQL = `
  SELECT ${roundColumns('prev')} FROM ranking_rounds prev
   WHERE prev.kind = r.kind AND prev.round_id <> r.round_id AND prev.published_at IS NOT NULL
     AND ($2::timestamptz IS NULL OR prev.published_at <= $2)
     AND (prev.published_at, prev.published_position) < (
           CASE WHEN ${OWN_PUBLICATION_BY_THEN} THEN r.published_at ELSE 'infinity' END,
           CASE WHEN ${OWN_PUBLICATION_BY_THEN} THEN r.published_position ELSE ${Number.MAX_SAFE_INTEGER} END)
   ORDER BY prev.published_at DESC, prev.published_position DESC
   LIMIT 1`;

/** The latest publication made by $2 of each round whose id matches `rounds` (`= ANY ($1::text[])`, say). */
const publicationsSql = (rounds: string): string => `
  SELECT DISTINCT ON (round_id) round_id, publication, published_at, published_by, reason, ranking
    FROM ranking_publications
   WHERE round_id ${rounds} AND ($2::timestamptz IS NULL OR published_at <= $2)
   ORDER BY round_id, publication DESC`;

/** Each inspector's latest score per item and task, as of $2, in the rounds whose id matches `rounds`. */
const scoreItemsSql = (rounds: string): string => `
  SELECT DISTINCT ON (round_id, task_id, inspector_id, item_code) round_id, task_id, county_id, inspector_id, item_code, score
    FROM ranking_score_items
   WHERE round_id ${rounds} AND ($2::timestamptz IS NULL OR recorded_at <= $2)
   ORDER BY round_id, task_id, inspector_id, item_code, event_version DESC`;

/** Per round whose id matches `rounds` and county of its scope, the cases red-carded in its window by $2. */
const redCountsSql = (rounds: string): string => `
  SELECT fr.round_id, scope.county_id, count(DISTINCT card.case_id)::integer AS red_cases
    FROM ranking_rounds fr
   CROSS JOIN LATERAL unnest(fr.scope_county_ids) AS scope(county_id)
    JOIN ranking_org_units county ON county.unit_id = scope.county_id AND county.kind = 'county'
    JOIN ranking_cases c ON c.unit_chain @> ARRAY[scope.county_id]
    JOIN ranking_red_cards card
      ON card.case_id = c.case_id
     AND card.raised_at BETWEEN fr.window_starts_at AND fr.window_ends_at
     AND ($2::timestamptz IS NULL OR card.raised_at <= $2)
   WHERE fr.round_id ${rounds}
   GROUP BY fr.round_id, scope.county_id`;

/** The row of {@link ROUND_READ_SQL}: the round's own columns, then the rest as JSON. */
interface RoundReadRow extends RoundRow {
  county_names: Record<string, string | null> | null;
  previous_round: RoundRow | null;
  publications: (Omit<PublicationRow, 'published_at'> & { published_at: string })[] | null;
  score_items: ScoreItemRow[] | null;
  red_counts: RedCountRow[] | null;
}

/** $1 the round, $2 the instant (null for now). */
const ROUND_READ_SQL = `
  SELECT ${roundColumns('r')},
         (SELECT json_object_agg(u.unit_id, u.name) FROM ranking_org_units u WHERE u.unit_id = ANY (r.scope_county_ids)) AS county_names,
         CASE WHEN p.round_id IS NULL THEN NULL ELSE to_jsonb(p) END AS previous_round,
         (SELECT json_agg(pub) FROM (${publicationsSql('IN (r.round_id, p.round_id)')}) pub) AS publications,
         (SELECT json_agg(item) FROM (${scoreItemsSql('= r.round_id')}) item) AS score_items,
         (SELECT json_agg(red) FROM (${redCountsSql('= r.round_id')}) red) AS red_counts
    FROM ranking_rounds r
    LEFT JOIN LATERAL (${PREVIOUS_ROUND_SQL}) p ON true
   WHERE r.round_id = $1`;

/** The previous round of `round` as of `at` (see {@link PREVIOUS_ROUND_SQL}). */
async function previousRoundOf(query: Query, round: PlannedRound, at: Date | null): Promise<PlannedRound | undefined> {
  const [row] = await query<RoundRow>(`SELECT p.* FROM ranking_rounds r, LATERAL (${PREVIOUS_ROUND_SQL}) p WHERE r.round_id = $1`, [round.round_id, at]);
  return isPlanned(row) ? row : undefined;
}

/** A ranking_rounds row as `to_jsonb` gives it: the instants back to dates. */
function roundFromJson(row: RoundRow): RoundRow {
  const instant = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));
  return {
    ...row,
    planned_at: instant(row.planned_at),
    started_at: instant(row.started_at),
    scoring_closed_at: instant(row.scoring_closed_at),
    published_at: instant(row.published_at),
    archived_at: instant(row.archived_at),
    published_position: row.published_position === null ? null : String(row.published_position),
  };
}

/**
 * The figures of a publication that did not record them: the ranking as of its instant T, with
 * movement against the previous round's ranks as of T, as the facts gave them then.
 */
async function rankingAtPublication(query: Query, round: PlannedRound): Promise<CountyRanking> {
  const at = round.published_at!;
  const previous = await previousRoundOf(query, round, at);
  const facts = await factsOf(query, previous === undefined ? [round.round_id] : [round.round_id, previous.round_id], at);
  const previousRanks = previous === undefined ? undefined : { roundId: previous.round_id, ranks: ranksOf(rankCounties(inputOf(previous, facts))) };
  return rankCounties(inputOf(round, facts, previousRanks));
}

/**
 * For each round published by `at`, its publication in force then (rounds not published by then
 * are left out), from the publications given (read here when not).
 */
async function publicationsInForce(
  query: Query,
  rounds: readonly PlannedRound[],
  at: Date | null,
  read?: readonly PublicationRow[],
): Promise<Map<string, PublicationInForce>> {
  const published = rounds.filter((round) => happenedBy(round.published_at, at));
  const inForce = new Map<string, PublicationInForce>();
  if (published.length === 0) return inForce;
  const rows = read ?? (await query<PublicationRow>(publicationsSql('= ANY ($1::text[])'), [published.map((round) => round.round_id), at]));
  const rowOf = new Map(rows.map((row) => [row.round_id, row]));
  for (const round of published) {
    const row = rowOf.get(round.round_id);
    // A round published before the read model kept publications has no row: its publication is version 1.
    const view: PublicationView =
      row === undefined
        ? { version: 1, publishedAt: round.published_at!.toISOString(), publishedBy: null, reason: null }
        : { version: row.publication, publishedAt: row.published_at.toISOString(), publishedBy: row.published_by, reason: row.reason };
    inForce.set(round.round_id, { view, ranking: row?.ranking ?? (await rankingAtPublication(query, round)) });
  }
  return inForce;
}

/** The sheets and red-card counts of some rounds as of an instant. */
interface RoundFacts {
  readonly sheets: Map<string, ScoreSheet[]>;
  readonly redCases: Map<string, Record<string, number>>;
}

interface ScoreItemRow {
  round_id: string;
  task_id: string;
  county_id: string;
  inspector_id: string;
  item_code: string;
  score: number;
}

interface RedCountRow {
  round_id: string;
  county_id: string;
  red_cases: number;
}

async function factsOf(query: Query, roundIds: readonly string[], asOf: Date | null): Promise<RoundFacts> {
  if (roundIds.length === 0) return factsFrom([], []);
  const items = await query<ScoreItemRow>(scoreItemsSql('= ANY ($1::text[])'), [roundIds, asOf]);
  const counts = await query<RedCountRow>(redCountsSql('= ANY ($1::text[])'), [roundIds, asOf]);
  return factsFrom(items, counts);
}

function factsFrom(items: readonly ScoreItemRow[], counts: readonly RedCountRow[]): RoundFacts {
  const facts: RoundFacts = { sheets: new Map(), redCases: new Map() };
  const sheetByKey = new Map<string, { countyId: string; taskId: string; inspectorId: string; scores: { itemCode: string; score: number }[] }>();
  for (const item of items) {
    const key = `${item.round_id}\u0000${item.task_id}\u0000${item.inspector_id}`;
    let sheet = sheetByKey.get(key);
    if (sheet === undefined) {
      sheet = { countyId: item.county_id, taskId: item.task_id, inspectorId: item.inspector_id, scores: [] };
      sheetByKey.set(key, sheet);
      facts.sheets.set(item.round_id, [...(facts.sheets.get(item.round_id) ?? []), sheet]);
    }
    sheet.scores.push({ itemCode: item.item_code, score: item.score });
  }
  for (const count of counts) {
    facts.redCases.set(count.round_id, { ...(facts.redCases.get(count.round_id) ?? {}), [count.county_id]: count.red_cases });
  }
  return facts;
}

function inputOf(round: PlannedRound, facts: RoundFacts, previous?: RankingInput['previous']): RankingInput {
  return {
    roundId: round.round_id,
    method: round.method,
    perRedCase: round.per_red_case,
    rubric: round.rubric,
    counties: round.scope_county_ids,
    sheets: facts.sheets.get(round.round_id) ?? [],
    redCases: facts.redCases.get(round.round_id) ?? {},
    ...(previous === undefined ? {} : { previous }),
  };
}

function ranksOf(ranking: CountyRanking): Record<string, number> {
  return Object.fromEntries(ranking.entries.map((entry) => [entry.countyId, entry.rank]));
}

/** A read tried as one statement went on to a second: it is run again in a transaction. */
class MoreThanOneStatement extends Error {}

/**
 * The ranking's query service over the projection runtime, whose statements are prepared on a
 * server (see ProjectionRuntime#statement), or a plain `pg` Pool, sent plain:
 * `rankingQuery(runtime).rankingOf(roundId, asOf)`.
 * Either way a read is one connection of the pool. A read usually answered by one statement (a
 * round's ranking) runs that statement alone, which sees one state of the tables by itself; if it
 * goes on to a second (a publication that did not record its figures), it is run again from the
 * start in a READ ONLY, REPEATABLE READ transaction, where every other read runs too, opened by a
 * single statement (TypeORM's own transaction would take three).
 */
export function rankingQuery(source: ProjectionRuntime | Pool): RankingQuery {
  const runtime = source instanceof ProjectionRuntime ? source : undefined;
  const pool = runtime?.pool ?? (source as Pool);
  return new RankingQuery(async (work, options) => {
    const client = await pool.connect();
    try {
      const run: Query = async <R>(sql: string, parameters: unknown[]) =>
        (await client.query(runtime === undefined ? { text: sql, values: parameters } : runtime.statement(sql, parameters))).rows as R[];
      if (options?.oneStatement === true) {
        let statements = 0;
        try {
          return await work(async (sql, parameters) => {
            statements += 1;
            if (statements > 1) throw new MoreThanOneStatement();
            return run(sql, parameters);
          });
        } catch (error) {
          if (!(error instanceof MoreThanOneStatement)) throw error;
        }
      }
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        const result = await work(run);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      client.release();
    }
  });
}
