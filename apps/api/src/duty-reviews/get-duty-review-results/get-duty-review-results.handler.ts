import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProjectionRuntime } from '@app/projections';
import { dutyReviewResultsQuery, dutyReviewRoundQuery } from '@app/read-models';
import { isWithinOrgScope, RoundNotFound } from '@app/supervision';
import { DutyReviewRounds } from '../duty-review-rounds';
import { DutyReviewResultsView } from '../duty-review-views';
import { GetDutyReviewResultsQuery } from './get-duty-review-results.query';

/**
 * The results as of an instant: the frozen ones once the round was published by then, the
 * provisional ones the ratings given by then make before (ROUND_NOT_FOUND before the round was
 * planned). An official sees the units of their subtree only, the follow-up list too.
 */
@QueryHandler(GetDutyReviewResultsQuery)
export class GetDutyReviewResultsHandler implements IQueryHandler<GetDutyReviewResultsQuery, DutyReviewResultsView> {
  constructor(
    @Inject(DutyReviewRounds) private readonly reviews: DutyReviewRounds,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
  ) {}

  async execute({ roundId, asOf, actor }: GetDutyReviewResultsQuery): Promise<DutyReviewResultsView> {
    const round = await this.reviews.round(roundId);
    if (asOf !== undefined && Date.parse(round.plannedAt) > asOf.getTime()) throw new RoundNotFound(roundId);
    const units = await this.reviews.units(round);
    const db = this.projections.dataSource;
    const view = await dutyReviewRoundQuery(db, roundId);
    if (view === undefined) throw new RoundNotFound(roundId);
    const { published, publishedAt, results } = await dutyReviewResultsQuery(db, view, units, asOf);
    const names = new Map(units.map((unit) => [unit.unitId, unit.unitName]));
    const visible = results.units.filter((unit) => isWithinOrgScope(actor, unit.unitChain));
    const shown = new Set(visible.map((unit) => unit.unitId));
    const reasons = new Map(results.followUp.map((listed) => [listed.unitId, listed.reason]));
    return {
      roundId,
      published,
      publishedAt,
      rule: results.rule,
      followUpShare: results.followUpShare,
      units: visible.map(({ unitId, reported, ratings, distribution, grade }) => ({
        unitId,
        unitName: names.get(unitId) ?? unitId,
        reported,
        ratings,
        distribution,
        grade,
        followUp: reasons.get(unitId) ?? null,
      })),
      followUp: results.followUp.filter((listed) => shown.has(listed.unitId)).map((listed) => ({ ...listed, unitName: names.get(listed.unitId) ?? listed.unitId })),
    };
  }
}
