import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProjectionRuntime } from '@app/projections';
import { dutyReviewFactsQuery, dutyReviewRoundQuery } from '@app/read-models';
import { isWithinOrgScope } from '@app/supervision';
import { DutyReviewRounds } from '../duty-review-rounds';
import { DutyReviewList } from '../duty-review-views';
import { ListDutyReviewsQuery } from './list-duty-reviews.query';

/** Every unit the round covers that the asker may see (an official: their subtree), with what the read model holds of its review. */
@QueryHandler(ListDutyReviewsQuery)
export class ListDutyReviewsHandler implements IQueryHandler<ListDutyReviewsQuery, DutyReviewList> {
  constructor(
    @Inject(DutyReviewRounds) private readonly reviews: DutyReviewRounds,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
  ) {}

  async execute({ roundId, actor }: ListDutyReviewsQuery): Promise<DutyReviewList> {
    const round = await this.reviews.round(roundId);
    const units = (await this.reviews.units(round)).filter((unit) => isWithinOrgScope(actor, unit.unitChain));
    const db = this.projections.dataSource;
    const facts = await dutyReviewFactsQuery(db, roundId);
    const published = (await dutyReviewRoundQuery(db, roundId))?.results ?? null;
    return {
      roundId,
      title: round.title,
      period: round.period,
      status: round.status,
      settings: round.dutyReview,
      published: published !== null,
      items: units.map((unit) => {
        const found = facts.get(unit.unitId);
        const result = published?.units.find((candidate) => candidate.unitId === unit.unitId);
        return {
          reviewId: unit.reviewId,
          unitId: unit.unitId,
          unitName: unit.unitName,
          countyId: unit.countyId,
          secretaryName: unit.secretary?.name ?? null,
          status: found?.report == null ? 'awaiting-report' : 'reported',
          submittedAt: found?.report?.submittedAt ?? null,
          ratings: found?.ratings.length ?? 0,
          myRating: found?.ratings.find((rating) => rating.evaluatorId === actor.userId)?.rating ?? null,
          grade: result?.grade ?? null,
          followUp: published?.followUp.find((listed) => listed.unitId === unit.unitId)?.reason ?? null,
        };
      }),
    };
  }
}
