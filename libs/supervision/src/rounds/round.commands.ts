import { RoundKind, RoundWindow, ScoringPolicy } from './round';
import { RubricItem } from './rubric';

/**
 * Plans a round. `scopeCountyIds` names the counties it covers; "all counties" is the caller's
 * default, resolved from the org tree. The rubric starts at `version` (default 1).
 */
export interface PlanRound {
  readonly type: 'PlanRound';
  readonly roundId: string;
  readonly kind: RoundKind;
  readonly title: string;
  readonly period: string;
  readonly theme?: string;
  readonly scopeCountyIds: readonly string[];
  readonly rubric: { readonly version?: number; readonly items: readonly RubricItem[] };
  readonly scoringPolicy: ScoringPolicy;
  readonly window: RoundWindow;
}

/** Replaces the rubric's items; the rubric's version goes up by one. */
export interface ReviseRubric {
  readonly type: 'ReviseRubric';
  readonly items: readonly RubricItem[];
  readonly reason?: string;
}

export interface StartRound {
  readonly type: 'StartRound';
}

export interface CloseScoring {
  readonly type: 'CloseScoring';
}

export interface PublishRound {
  readonly type: 'PublishRound';
}

export interface ArchiveRound {
  readonly type: 'ArchiveRound';
}

export type RoundCommand = PlanRound | ReviseRubric | StartRound | CloseScoring | PublishRound | ArchiveRound;
