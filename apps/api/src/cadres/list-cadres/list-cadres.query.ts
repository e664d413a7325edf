import { Query } from '@nestjs/cqrs';
import { BoardPage, CadreCounts, MonitoredCadreView } from '@app/read-models';
import { Actor } from '@app/workflow';

/** The monitored cadres as `actor` may see them: officials only entries in their own subtree. */
export class ListCadresQuery extends Query<BoardPage<MonitoredCadreView>> {
  constructor(
    readonly actor: Actor,
    readonly filters: { readonly unit?: string; readonly kind?: string; readonly cursor?: string; readonly limit: number },
  ) {
    super();
  }
}

/** Adjustments and monitoring records per county and in all, within what `actor` may see. */
export class CountCadresQuery extends Query<CadreCounts> {
  constructor(
    readonly actor: Actor,
    readonly unit: string | undefined,
  ) {
    super();
  }
}
