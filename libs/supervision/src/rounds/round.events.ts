import { DomainEvent } from '@app/workflow';
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

export type RoundPublished = DomainEvent<'RoundPublished', { roundId: string; publishedBy: string; publishedAt: string }>;

export type RoundArchived = DomainEvent<'RoundArchived', { roundId: string; archivedBy: string; archivedAt: string }>;

export type RoundEvent = RoundPlanned | RoundRubricRevised | RoundStarted | RoundScoringClosed | RoundPublished | RoundArchived;

export const ROUND_EVENT_TYPES: readonly RoundEvent['type'][] = [
  'RoundPlanned',
  'RoundRubricRevised',
  'RoundStarted',
  'RoundScoringClosed',
  'RoundPublished',
  'RoundArchived',
];
