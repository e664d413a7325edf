import { Command } from '@nestjs/cqrs';
import { DutyReviewUnitKind, RoundKind, RubricItem, ScoringPolicy } from '@app/supervision';
import { CalendarDate } from '@app/workflow';
import { CommandMetadata } from '@app/workflow-runtime';
import type { RoundCommandOutcome } from '../round-commands';

/** A round as its planner describes it; `scopeCountyIds` absent means every county of the org tree. */
export interface RoundPlan {
  readonly kind: RoundKind;
  readonly title: string;
  readonly period: string;
  readonly theme?: string;
  readonly scopeCountyIds?: readonly string[];
  /** Absent for a duty-review round, which has none. */
  readonly rubric?: { readonly items: readonly RubricItem[] };
  readonly scoringPolicy: ScoringPolicy;
  readonly window: { readonly opensOn: CalendarDate; readonly closesOn: CalendarDate };
  readonly dutyReview?: { readonly panelIds: readonly string[]; readonly unitKind?: DutyReviewUnitKind; readonly followUpShare?: number };
}

/** Plans a round (深调研, 走看赛, 大督查, 一季一主题 or 述职评议考核) with its rubric (or panel), scoring policy and window. */
export class PlanRoundCommand extends Command<RoundCommandOutcome> {
  constructor(
    readonly plan: RoundPlan,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
