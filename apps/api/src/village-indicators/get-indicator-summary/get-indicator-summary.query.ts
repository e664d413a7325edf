import { Query } from '@nestjs/cqrs';
import type { RequestActor } from '@app/auth';
import type { IndicatorSummary } from '@app/read-models';

/** The roll-up of a unit's subtree for a period, per unit directly below it, as known at `asOf`. */
export class GetIndicatorSummaryQuery extends Query<IndicatorSummary> {
  constructor(
    readonly actor: RequestActor,
    readonly filter: { readonly unitId?: string; readonly period?: string; readonly asOf?: Date },
  ) {
    super();
  }
}
