import { assertNever } from '@app/workflow';
import type { DutyReviewSettings } from '../duty-reviews/duty-review';
import { RoundKind, RoundWindow, ScoringPolicy } from './round';
import { RoundEvent } from './round.events';
import { Rubric } from './rubric';

export interface UnplannedRound {
  readonly status: 'unplanned';
}

/** What a round is, whatever stage it has reached. */
export interface RoundDetails {
  readonly roundId: string;
  readonly kind: RoundKind;
  readonly title: string;
  readonly period: string;
  readonly theme: string | null;
  readonly scopeCountyIds: readonly string[];
  readonly rubric: Rubric;
  readonly scoringPolicy: ScoringPolicy;
  readonly window: RoundWindow;
  /** A duty-review round's panel, reviewed units and follow-up share; null for other kinds. */
  readonly dutyReview: DutyReviewSettings | null;
  readonly plannedAt: string;
}

export interface PlannedRound extends RoundDetails {
  readonly status: 'planned';
}

export interface ActiveRound extends RoundDetails {
  readonly status: 'active';
  readonly startedAt: string;
}

export interface ScoringClosedRound extends RoundDetails {
  readonly status: 'scoring-closed';
  readonly startedAt: string;
  readonly scoringClosedAt: string;
}

/**
 * The publication of a round's ranking in force: version 1 is the publication itself, each
 * republication (with its reason) is the next version.
 */
export interface RoundPublication {
  readonly version: number;
  readonly publishedAt: string;
  readonly publishedBy: string;
  /** Why the ranking was republished; null for the first publication. */
  readonly reason: string | null;
  /** Of the ranking published; null when the round ranks nobody or its publication did not record one. */
  readonly methodVersion: string | null;
  readonly inputsHash: string | null;
}

export interface PublishedRound extends RoundDetails {
  readonly status: 'published';
  readonly startedAt: string;
  readonly scoringClosedAt: string;
  /** When the results first came out. */
  readonly publishedAt: string;
  readonly publication: RoundPublication;
}

/** Archived rankings are final: an archived round is never republished. */
export interface ArchivedRound extends RoundDetails {
  readonly status: 'archived';
  readonly startedAt: string;
  readonly scoringClosedAt: string;
  readonly publishedAt: string;
  readonly publication: RoundPublication;
  readonly archivedAt: string;
}

export type RoundState = UnplannedRound | PlannedRound | ActiveRound | ScoringClosedRound | PublishedRound | ArchivedRound;
export type RoundStatus = RoundState['status'];

export function initialRoundState(): RoundState {
  return { status: 'unplanned' };
}

export function evolveRound(state: RoundState, event: RoundEvent): RoundState {
  switch (event.type) {
    case 'RoundPlanned': {
      const { plannedBy: _plannedBy, dutyReview, ...details } = event.data;
      return { status: 'planned', ...details, dutyReview: dutyReview ?? null };
    }
    case 'RoundRubricRevised':
      return state.status === 'planned' ? { ...state, rubric: event.data.rubric } : state;
    case 'RoundStarted':
      return state.status === 'planned' ? { ...state, status: 'active', startedAt: event.data.startedAt } : state;
    case 'RoundScoringClosed':
      return state.status === 'active' ? { ...state, status: 'scoring-closed', scoringClosedAt: event.data.closedAt } : state;
    case 'RoundPublished': {
      if (state.status !== 'scoring-closed') return state;
      const { publishedAt, publishedBy } = event.data;
      const ranking = event.data.ranking ?? null;
      return {
        ...state,
        status: 'published',
        publishedAt,
        publication: { version: 1, publishedAt, publishedBy, reason: null, methodVersion: ranking?.methodVersion ?? null, inputsHash: ranking?.inputsHash ?? null },
      };
    }
    case 'RoundRankingRepublished': {
      if (state.status !== 'published') return state;
      const { publication, reason, ranking, republishedBy, republishedAt } = event.data;
      return {
        ...state,
        publication: { version: publication, publishedAt: republishedAt, publishedBy: republishedBy, reason, methodVersion: ranking.methodVersion, inputsHash: ranking.inputsHash },
      };
    }
    case 'RoundArchived':
      return state.status === 'published' ? { ...state, status: 'archived', archivedAt: event.data.archivedAt } : state;
    default:
      return assertNever(event);
  }
}
