import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UserDirectory } from '@app/auth';
import { ProjectionRuntime } from '@app/projections';
import { dutyReviewRoundQuery } from '@app/read-models';
import { assertWithinOrgScope, distributionOf, followUpReasonOf, majorityGrade } from '@app/supervision';
import { DutyReviewRounds } from '../duty-review-rounds';
import { DutyReviewView } from '../duty-review-views';
import { GetDutyReviewQuery } from './get-duty-review.query';

/**
 * The review from its stream (the freshest there is), graded now by the round's rules, with the
 * grade published for it once the round is out and the names of the panel.
 */
@QueryHandler(GetDutyReviewQuery)
export class GetDutyReviewHandler implements IQueryHandler<GetDutyReviewQuery, { version: number; view: DutyReviewView }> {
  constructor(
    @Inject(DutyReviewRounds) private readonly reviews: DutyReviewRounds,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
    @Inject(UserDirectory) private readonly users: UserDirectory,
  ) {}

  async execute({ reviewId, actor }: GetDutyReviewQuery): Promise<{ version: number; view: DutyReviewView }> {
    const { round, unit } = await this.reviews.target(reviewId);
    assertWithinOrgScope(actor, unit.unitChain);
    const { version, state } = await this.reviews.load(reviewId);
    const ratings = state.status === 'reported' ? state.ratings : [];
    const names = await this.users.displayNames([...round.dutyReview.panelIds, ...ratings.map((rating) => rating.evaluatorId)]);
    const distribution = distributionOf(ratings.map((rating) => rating.rating));
    const published = (await dutyReviewRoundQuery(this.projections.dataSource, round.roundId))?.results ?? null;
    const result = published?.units.find((candidate) => candidate.unitId === unit.unitId);
    return {
      version,
      view: {
        reviewId,
        roundId: round.roundId,
        roundTitle: round.title,
        roundStatus: round.status,
        unitId: unit.unitId,
        unitName: unit.unitName,
        unitChain: unit.unitChain,
        countyId: unit.countyId,
        secretary: unit.secretary,
        status: state.status,
        report:
          state.status === 'reported'
            ? { report: state.report, revision: state.revision, secretary: state.secretary, attachments: state.attachments, submittedBy: state.submittedBy, submittedAt: state.submittedAt }
            : null,
        ratings: ratings.map((rating) => ({ ...rating, evaluatorName: names.get(rating.evaluatorId) ?? null })),
        distribution,
        grade: majorityGrade(distribution),
        followUp: followUpReasonOf(distribution, round.dutyReview.followUpShare),
        panel: round.dutyReview.panelIds.map((userId) => ({ userId, name: names.get(userId) ?? null })),
        published:
          published === null || result === undefined
            ? null
            : { grade: result.grade, distribution: result.distribution, followUp: published.followUp.find((listed) => listed.unitId === unit.unitId)?.reason ?? null },
      },
    };
  }
}
