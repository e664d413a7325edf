import { Query } from '@nestjs/cqrs';
import type { CountyTrendView } from '@app/read-models';
import { RoundKind } from '@app/supervision';

/** A county's rank and score across the published rounds of one kind, in publish order, each as published (the version in force at `asOf`). */
export class GetCountyTrendQuery extends Query<CountyTrendView> {
  constructor(
    readonly countyId: string,
    readonly kind: RoundKind,
    readonly asOf?: Date,
  ) {
    super();
  }
}
