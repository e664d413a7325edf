import type { DutyReviewResults, DutyReviewUnitKind } from '../duty-reviews/duty-review';
import type { CountyRanking } from '../ranking';
import { RoundKind, RoundWindow, ScoringPolicy } from './round';
import { RubricItem } from './rubric';

/**
 * Plans a round. `scopeCountyIds` names the counties it covers; "all counties" is the caller's
 * default, resolved from the org tree. The rubric starts at `version` (default 1); a duty-review
 * round has none (its items are empty: it is rated on the scale 好 / 较好 / 一般 / 差).
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
  /** A duty-review round's panel, reviewed units and follow-up share (defaults: counties, a third); other kinds take none. */
  readonly dutyReview?: { readonly panelIds: readonly string[]; readonly unitKind?: DutyReviewUnitKind; readonly followUpShare?: number };
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

/**
 * Publishes the results. `ranking` is the round's live ranking over everything committed before
 * the command (the handler computes it); null for a round that ranks nobody.
 */
export interface PublishRound {
  readonly type: 'PublishRound';
  readonly ranking: CountyRanking | null;
  /** A duty-review round's results over everything committed before the command (the handler computes them). */
  readonly dutyReviewResults?: DutyReviewResults | null;
}

/** Replaces the published ranking with the live one (`ranking`, computed by the handler), for a reason. */
export interface RepublishRanking {
  readonly type: 'RepublishRanking';
  readonly reason: string;
  readonly ranking: CountyRanking | null;
}

export interface ArchiveRound {
  readonly type: 'ArchiveRound';
}

export type RoundCommand = PlanRound | ReviseRubric | StartRound | CloseScoring | PublishRound | RepublishRanking | ArchiveRound;
