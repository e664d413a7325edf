import { Inject, Injectable } from '@nestjs/common';
import { ProjectionRuntime } from '@app/projections';
import { dutyReviewResultsQuery, dutyReviewRoundQuery } from '@app/read-models';
import { DutyReviewResults } from '@app/supervision';
import { DutyReviewRounds } from './duty-review-rounds';

/**
 * What the publication of a duty-review round records: every unit's grade and distribution and the
 * follow-up list, over every rating committed before the call (the read model is inline, so it
 * holds them all), for the units the round covers in the org tree now. Null for another round.
 */
@Injectable()
export class DutyReviewPublication {
  constructor(
    @Inject(DutyReviewRounds) private readonly reviews: DutyReviewRounds,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
  ) {}

  async toRecord(roundId: string): Promise<DutyReviewResults | null> {
    const db = this.projections.dataSource;
    const view = await dutyReviewRoundQuery(db, roundId);
    if (view === undefined) return null;
    const units = await this.reviews.units(await this.reviews.round(roundId));
    return (await dutyReviewResultsQuery(db, { ...view, results: null }, units)).results;
  }
}
