import { createHash } from 'node:crypto';
import { ScoringMethod } from '../rounds/round';

/**
 * 区县比看: counties of a scored round ranked by their inspectors' rubric scores.
 *
 * - A **sheet** is one inspector's scores for one task (one county); its **total** is the
 *   weighted share of the rubric's maximum, on a 0..100 scale: Σ wᵢ·sᵢ/maxᵢ ÷ Σ wᵢ × 100.
 * - A county's **raw score** comes from the totals of its sheets by the round's method:
 *   `mean`; `trimmed-mean` (the single highest and lowest total dropped when there are three or
 *   more); `z-normalised` (each total as a z-score among the totals its inspector gave in the
 *   round, so a harsh and a lenient inspector count alike; the county's mean z is put back on the
 *   scale of all totals: M + S·z̄, M and S their mean and population standard deviation).
 * - **Deductions**: `perRedCase` points for each red-card case of the county.
 * - The **score** is raw minus deductions, rounded to 2 decimals (half away from zero); counties
 *   are ranked on it by standard competition ranking (1224): equal scores share a rank and the
 *   next rank skips.
 * - **Movement** is the previous rank minus this one (up is positive); **gap** is the leader's
 *   score minus this one.
 * - The **inputs hash** fingerprints everything the figures rest on (see `rankingInputsText`).
 *   Version 2 of the method changed only that recipe (code-unit order instead of the locale's,
 *   and only inputs a reader of the API can see), not the figures.
 */
export const RANKING_METHOD_VERSION = 2;

export interface RankingRubricItem {
  readonly code: string;
  readonly weight: number;
  readonly maxScore: number;
}

export interface ScoreSheet {
  readonly countyId: string;
  readonly taskId: string;
  readonly inspectorId: string;
  readonly scores: readonly { readonly itemCode: string; readonly score: number }[];
}

export interface RankingInput {
  readonly roundId: string;
  readonly method: ScoringMethod;
  readonly perRedCase: number;
  readonly rubric: readonly RankingRubricItem[];
  /** The counties the round covers. */
  readonly counties: readonly string[];
  readonly sheets: readonly ScoreSheet[];
  /** Red-card cases per county; counties absent have none. */
  readonly redCases: Readonly<Record<string, number>>;
  /** Ranks in the previous published round of the same kind, when there is one. */
  readonly previous?: { readonly roundId: string; readonly ranks: Readonly<Record<string, number>> };
}

export interface RankingEntry {
  readonly countyId: string;
  readonly rank: number;
  readonly score: number;
  readonly rawScore: number;
  readonly deduction: number;
  readonly redCases: number;
  readonly sheets: number;
  readonly previousRank: number | null;
  readonly movement: number | null;
  readonly gapToLeader: number;
}

export interface CountyRanking {
  readonly roundId: string;
  readonly method: ScoringMethod;
  /** `county-ranking/v<n>/<method>`: which rules produced the figures. */
  readonly methodVersion: string;
  /** SHA-256 of the canonical inputs (see {@link rankingInputsText}): anyone holding them gets the same ranking. */
  readonly inputsHash: string;
  readonly previousRoundId: string | null;
  readonly entries: readonly RankingEntry[];
  /** Counties of the round with no sheet yet: not ranked. */
  readonly unscored: readonly string[];
}

/** What tells two rankings apart: the rules that made them and the hash of their inputs. */
export interface RankingFingerprint {
  readonly methodVersion: string | null;
  readonly inputsHash: string | null;
}

/**
 * Whether two rankings are the same: made by the same rules from the same inputs, their figures
 * are the same. A ranking whose fingerprint is unknown (null) is the same as no other.
 */
export function sameRanking(a: RankingFingerprint, b: RankingFingerprint): boolean {
  return a.inputsHash !== null && a.methodVersion !== null && a.inputsHash === b.inputsHash && a.methodVersion === b.methodVersion;
}

/** Rounds half away from zero to 2 decimals, without binary-fraction surprises (1.005 → 1.01). */
export function roundTo2(value: number): number {
  const scaled = Number((Math.abs(value) * 100).toPrecision(12));
  return (Math.sign(value) * Math.round(scaled)) / 100 || 0;
}

/**
 * JSON with object keys sorted by UTF-16 code units at every level and no whitespace: the same value
 * always gives the same text. For the strings, finite numbers, arrays and plain objects a ranking's
 * inputs are made of, this is the RFC 8785 (JCS) canonical form.
 */
export function canonicalText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalText).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalText(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sheetTotal(sheet: ScoreSheet, rubric: readonly RankingRubricItem[]): number {
  const byCode = new Map(sheet.scores.map((score) => [score.itemCode, score.score]));
  const weights = rubric.reduce((sum, item) => sum + item.weight, 0);
  if (weights <= 0) return 0;
  const earned = rubric.reduce((sum, item) => sum + (item.weight * (byCode.get(item.code) ?? 0)) / item.maxScore, 0);
  return (earned / weights) * 100;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function standardDeviation(values: readonly number[]): number {
  const average = mean(values);
  return Math.sqrt(mean(values.map((value) => (value - average) ** 2)));
}

function trimmedMean(values: readonly number[]): number {
  if (values.length < 3) return mean(values);
  const sorted = [...values].sort((a, b) => a - b);
  return mean(sorted.slice(1, -1));
}

interface Total {
  readonly countyId: string;
  readonly inspectorId: string;
  readonly total: number;
}

function rawScores(method: ScoringMethod, totals: readonly Total[]): Map<string, number> {
  const byCounty = new Map<string, Total[]>();
  for (const total of totals) byCounty.set(total.countyId, [...(byCounty.get(total.countyId) ?? []), total]);
  const scores = new Map<string, number>();
  if (method === 'z-normalised') {
    const all = totals.map((total) => total.total);
    const [overallMean, overallSpread] = [mean(all), standardDeviation(all)];
    const byInspector = new Map<string, number[]>();
    for (const total of totals) byInspector.set(total.inspectorId, [...(byInspector.get(total.inspectorId) ?? []), total.total]);
    const zOf = (total: Total): number => {
      const given = byInspector.get(total.inspectorId)!;
      const spread = standardDeviation(given);
      return spread === 0 ? 0 : (total.total - mean(given)) / spread;
    };
    for (const [countyId, countyTotals] of byCounty) scores.set(countyId, overallMean + overallSpread * mean(countyTotals.map(zOf)));
    return scores;
  }
  for (const [countyId, countyTotals] of byCounty) {
    const values = countyTotals.map((total) => total.total);
    scores.set(countyId, method === 'trimmed-mean' ? trimmedMean(values) : mean(values));
  }
  return scores;
}

/** Orders strings by UTF-16 code units, as JavaScript's default sort does: the same in every locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The text the inputs hash is taken of (recipe v2). Everything in it can be read over HTTP: the
 * round's policy, rubric and scope from `GET /rounds/:id`, the sheets from `GET /tasks?round=`,
 * and the red-card counts and previous ranks from the ranking's own entries. It is the JSON
 * (RFC 8785 canonical form: keys sorted, no whitespace) of
 *
 *   { counties: the round's scope, sorted;
 *     methodVersion: e.g. "county-ranking/v2/mean";
 *     perRedCase: points per red-card case (0 when none);
 *     previous: null, or { roundId, ranks: { countyId: previous rank } } for the ranked counties
 *       that had one;
 *     redCases: { countyId: red-card cases } for every ranked county;
 *     rubric: [{ code, maxScore, weight }] sorted by code;
 *     sheets: [{ countyId, inspectorId, scores: [{ itemCode, score }] sorted by itemCode, taskId }]
 *       for the counties in scope, sorted by countyId, then taskId, then inspectorId }
 *
 * A county is ranked when it has at least one sheet; strings sort by UTF-16 code units.
 */
export function rankingInputsText(input: RankingInput): string {
  const inScope = new Set(input.counties);
  const sheets = input.sheets.filter((sheet) => inScope.has(sheet.countyId));
  const ranked = [...new Set(sheets.map((sheet) => sheet.countyId))];
  const previousRanks = (previous: NonNullable<RankingInput['previous']>) =>
    Object.fromEntries(ranked.filter((countyId) => previous.ranks[countyId] !== undefined).map((countyId) => [countyId, previous.ranks[countyId]!]));
  return canonicalText({
    counties: [...input.counties].sort(compareCodeUnits),
    methodVersion: methodVersionOf(input.method),
    perRedCase: input.perRedCase,
    previous: input.previous === undefined ? null : { roundId: input.previous.roundId, ranks: previousRanks(input.previous) },
    redCases: Object.fromEntries(ranked.map((countyId) => [countyId, input.redCases[countyId] ?? 0])),
    rubric: input.rubric.map(({ code, weight, maxScore }) => ({ code, weight, maxScore })).sort((a, b) => compareCodeUnits(a.code, b.code)),
    sheets: sheets
      .map(({ countyId, taskId, inspectorId, scores }) => ({
        countyId,
        taskId,
        inspectorId,
        scores: scores.map(({ itemCode, score }) => ({ itemCode, score })).sort((a, b) => compareCodeUnits(a.itemCode, b.itemCode)),
      }))
      .sort((a, b) => compareCodeUnits(a.countyId, b.countyId) || compareCodeUnits(a.taskId, b.taskId) || compareCodeUnits(a.inspectorId, b.inspectorId)),
  });
}

/** SHA-256 of {@link rankingInputsText} (UTF-8), in lowercase hex. */
export function rankingInputsHash(input: RankingInput): string {
  return createHash('sha256').update(rankingInputsText(input), 'utf8').digest('hex');
}

function methodVersionOf(method: ScoringMethod): string {
  return `county-ranking/v${RANKING_METHOD_VERSION}/${method}`;
}

export function rankCounties(input: RankingInput): CountyRanking {
  const inScope = new Set(input.counties);
  const totals: Total[] = input.sheets
    .filter((sheet) => inScope.has(sheet.countyId))
    .map((sheet) => ({ countyId: sheet.countyId, inspectorId: sheet.inspectorId, total: sheetTotal(sheet, input.rubric) }));
  const raw = rawScores(input.method, totals);
  const scored = [...raw.entries()].map(([countyId, rawScore]) => {
    const redCases = input.redCases[countyId] ?? 0;
    const deduction = redCases * input.perRedCase;
    return {
      countyId,
      rawScore: roundTo2(rawScore),
      deduction: roundTo2(deduction),
      redCases,
      score: roundTo2(rawScore - deduction),
      sheets: totals.filter((total) => total.countyId === countyId).length,
    };
  });
  scored.sort((a, b) => b.score - a.score || a.countyId.localeCompare(b.countyId));
  const leader = scored[0]?.score ?? 0;
  const entries = scored.map((entry): RankingEntry => {
    const rank = 1 + scored.filter((other) => other.score > entry.score).length;
    const previousRank = input.previous?.ranks[entry.countyId] ?? null;
    return { ...entry, rank, previousRank, movement: previousRank === null ? null : previousRank - rank, gapToLeader: roundTo2(leader - entry.score) };
  });
  return {
    roundId: input.roundId,
    method: input.method,
    methodVersion: methodVersionOf(input.method),
    inputsHash: rankingInputsHash(input),
    previousRoundId: input.previous?.roundId ?? null,
    entries,
    unscored: input.counties.filter((countyId) => !raw.has(countyId)).sort(),
  };
}
