import { DomainEvent } from '@app/workflow';
import type { DutyReviewResults, DutyReviewSettings } from '../duty-reviews/duty-review';
import type { CountyRanking } from '../ranking';
import { RoundKind, RoundWindow, ScoringPolicy } from './round';
import { Rubric } from './rubric';

/** Instants are ISO 8601 strings: events are stored as JSON and must read back unchanged. */
export type RoundPlanned = DomainEvent<
  'RoundPlanned',
  {
    roundId: string;
    kind: RoundKind;
    title: string;
    /** e.g. `2026-Q3`. */
    period: string;
    theme: string | null;
    scopeCountyIds: string[];
    rubric: Rubric;
    scoringPolicy: ScoringPolicy;
    window: RoundWindow;
    /** Only on a duty-review round: its panel, reviewed units and follow-up share. */
    dutyReview?: DutyReviewSettings;
    plannedBy: string;
    plannedAt: string;
  }
>;

/** The rubric replaced by a new version (only before the round starts). */
export type RoundRubricRevised = DomainEvent<
  'RoundRubricRevised',
  { roundId: string; rubric: Rubric; previousVersion: number; reason: string | null; revisedBy: string; revisedAt: string }
>;

export type RoundStarted = DomainEvent<'RoundStarted', { roundId: string; rubricVersion: number; startedBy: string; startedAt: string }>;

export type RoundScoringClosed = DomainEvent<'RoundScoringClosed', { roundId: string; closedBy: string; closedAt: string }>;

/**
 * The ranking as it was published: what `GET /rounds/:id/ranking` answers with until the next
 * publication of the round, whatever facts arrive later.
 */
export type PublishedRanking = CountyRanking;

/**
 * The results are out (publication 1). `ranking` is null for a round that ranks nobody; events
 * recorded before publications carried their ranking have no `ranking` at all (read as null).
 */
export type RoundPublished = DomainEvent<
  'RoundPublished',
  {
    roundId: string;
    ranking: PublishedRanking | null;
    /**
     * Only on a duty-review round: each unit's grade and distribution as published, and the units
     * listed for follow-up — frozen, whatever ratings arrive later.
     */
    dutyReviewResults?: DutyReviewResults;
    publishedBy: string;
    publishedAt: string;
  }
>;

/** The published ranking replaced by the live one, for a reason: publication 2, 3, … of the round. */
export type RoundRankingRepublished = DomainEvent<
  'RoundRankingRepublished',
  {
    roundId: string;
    publication: number;
    reason: string;
    ranking: PublishedRanking;
    /** The inputs hash of the publication replaced; null when that one did not record its ranking. */
    replacedInputsHash: string | null;
    republishedBy: string;
    republishedAt: string;
  }
>;

export type RoundArchived = DomainEvent<'RoundArchived', { roundId: string; archivedBy: string; archivedAt: string }>;

export type RoundEvent =
  | RoundPlanned
  | RoundRubricRevised
  | RoundStarted
  | RoundScoringClosed
  | RoundPublished
  | RoundRankingRepublished
  | RoundArchived;

export const ROUND_EVENT_TYPES: readonly RoundEvent['type'][] = [
  'RoundPlanned',
  'RoundRubricRevised',
  'RoundStarted',
  'RoundScoringClosed',
  'RoundPublished',
  'RoundRankingRepublished',
  'RoundArchived',
];
