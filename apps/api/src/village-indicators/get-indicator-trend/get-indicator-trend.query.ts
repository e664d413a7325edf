import { Query } from '@nestjs/cqrs';
import type { RequestActor } from '@app/auth';
import type { IndicatorTrendPoint } from '@app/read-models';

/** A unit's subtree rolled up per period, in period order, as known at `asOf`. */
export interface IndicatorTrend {
  readonly unitId: string;
  readonly asOf: string;
  readonly points: IndicatorTrendPoint[];
}

export class GetIndicatorTrendQuery extends Query<IndicatorTrend> {
  constructor(
    readonly actor: RequestActor,
    readonly filter: { readonly unitId?: string; readonly asOf?: Date },
  ) {
    super();
  }
}
