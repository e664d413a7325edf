import { Query } from '@nestjs/cqrs';
import { UnitView } from '../org-unit.views';

export interface OrgUnitWithChain {
  readonly unit: UnitView;
  /** The units above it, from its parent up to the city, each with its responsible people now. */
  readonly chain: UnitView[];
}

/** One unit with its chain up to the city (上下联动: who answers for it at every level). */
export class GetOrgUnitQuery extends Query<OrgUnitWithChain> {
  constructor(readonly unitId: string) {
    super();
  }
}
