import { CalendarDate, isOneOf } from '@app/workflow';
import { streamNaming } from '../shared/stream-naming';

/**
 * The supervision mechanisms run in rounds: 深调研 deep-research (leaders research a topic at the
 * front line), 走看赛 walk-see-compete (site visits scored against a rubric, counties ranked), 大督查
 * major-inspection (inspect, record problems, order rectification), 一季一主题 quarterly-theme (one
 * theme per quarter, scored and ranked), and 述职评议考核 duty-review (secretaries report, a panel
 * rates them on a scale, units are graded; no rubric, nobody ranked — see duty-reviews/).
 */
export const ROUND_KINDS = ['deep-research', 'walk-see-compete', 'major-inspection', 'quarterly-theme', 'duty-review'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** The kinds whose rounds rank counties by rubric scores (区县比看). */
export const SCORED_ROUND_KINDS: readonly RoundKind[] = ['walk-see-compete', 'quarterly-theme'];

/**
 * How a county's score is made from inspectors' item scores: the plain mean, a trimmed mean
 * (highest and lowest dropped when there are three or more scores), or per-inspector
 * z-normalisation. `deductions.perRedCase` takes points off per red-card case.
 */
export const SCORING_METHODS = ['mean', 'trimmed-mean', 'z-normalised'] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];

export interface ScoringPolicy {
  readonly method: ScoringMethod;
  readonly deductions?: { readonly perRedCase?: number };
}

/** The days a round runs, both included. */
export interface RoundWindow {
  readonly opensOn: CalendarDate;
  readonly closesOn: CalendarDate;
}

/** Round streams: `round-<round id>`. */
export const roundStreams = streamNaming('round');

/** The stream of round `roundId`: `round-<roundId>`. */
export const roundStreamId = roundStreams.streamIdOf;

export function isRoundKind(value: unknown): value is RoundKind {
  return isOneOf(ROUND_KINDS, value);
}

export function isScoredRoundKind(kind: RoundKind): boolean {
  return SCORED_ROUND_KINDS.includes(kind);
}
