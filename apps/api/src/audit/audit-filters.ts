import { Inject, Injectable } from '@nestjs/common';
import { OrgUnitNotFound } from '@app/supervision';
import { OrgDirectory } from '../org-units/org-directory';
import { AuditFilter } from './audit-trail';
import { RangeStartsAfterItsEnd } from './audit.errors';

/** What an auditor asks the trail for; every field optional, all given ones must hold. */
export interface AuditCriteria {
  readonly actorId?: string;
  /** An org unit: the events of it and of every unit below it. */
  readonly unitId?: string;
  readonly streamId?: string;
  readonly types?: readonly string[];
  readonly from?: Date;
  readonly to?: Date;
}

/** Turns criteria into the trail's filter: the range checked, a unit expanded to its subtree with the org tree. */
@Injectable()
export class AuditFilters {
  constructor(@Inject(OrgDirectory) private readonly directory: OrgDirectory) {}

  async of({ unitId, ...criteria }: AuditCriteria): Promise<AuditFilter> {
    if (criteria.from !== undefined && criteria.to !== undefined && criteria.from > criteria.to) throw new RangeStartsAfterItsEnd();
    if (unitId === undefined) return criteria;
    const tree = (await this.directory.fresh()).orgTree();
    if (!tree.has(unitId)) throw new OrgUnitNotFound(unitId);
    return { ...criteria, orgUnitIds: [unitId, ...tree.descendants(unitId).map((unit) => unit.id)] };
  }
}
