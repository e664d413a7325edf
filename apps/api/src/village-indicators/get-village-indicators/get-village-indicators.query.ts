import { Query } from '@nestjs/cqrs';
import type { RequestActor } from '@app/auth';
import type { VillagePeriodReport } from '@app/read-models';

/** A village's reports, each period with its earlier revisions, as known at `asOf`. */
export interface VillageIndicators {
  readonly unitId: string;
  readonly name: string;
  readonly asOf: string;
  readonly periods: VillagePeriodReport[];
}

export class GetVillageIndicatorsQuery extends Query<VillageIndicators> {
  constructor(
    readonly unitId: string,
    readonly actor: RequestActor,
    readonly asOf?: Date,
  ) {
    super();
  }
}
