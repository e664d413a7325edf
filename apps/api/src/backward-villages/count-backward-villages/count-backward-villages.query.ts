import { Query } from '@nestjs/cqrs';
import { BackwardCountLevel, BackwardVillageCounts, BackwardVillageMonth } from '@app/read-models';
import { Actor } from '@app/workflow';

/** The counts per township or county as of an instant (now when absent), within what `actor` may see. */
export class CountBackwardVillagesQuery extends Query<BackwardVillageCounts> {
  constructor(
    readonly actor: Actor,
    readonly by: BackwardCountLevel,
    readonly asOf: Date | undefined,
    readonly unit: string | undefined,
  ) {
    super();
  }
}

/** Month by month through a year (this year when absent), within what `actor` may see. */
export class BackwardVillageTrendQuery extends Query<{ readonly year: number; readonly months: BackwardVillageMonth[] }> {
  constructor(
    readonly actor: Actor,
    readonly year: number | undefined,
    readonly unit: string | undefined,
  ) {
    super();
  }
}
