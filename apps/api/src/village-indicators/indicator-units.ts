import { Inject, Injectable } from '@nestjs/common';
import { Actor } from '@app/workflow';
import { assertWithinOrgScope, IndicatorVillage, OrgUnitNotFound } from '@app/supervision';
import { OrgDirectory } from '../org-units/org-directory';

/** The org tree as the indicator use cases need it: the village reported on, and the unit a reader may roll up. */
@Injectable()
export class IndicatorUnits {
  constructor(@Inject(OrgDirectory) private readonly directory: OrgDirectory) {}

  /** The unit with its kind and chain as the tree has it now, and its name; ORG_UNIT_NOT_FOUND for an unknown id. */
  async village(unitId: string): Promise<{ village: IndicatorVillage; name: string }> {
    const tree = (await this.directory.fresh()).orgTree();
    const unit = tree.find(unitId);
    if (unit === undefined) throw new OrgUnitNotFound(unitId);
    return { village: { unitId, kind: unit.kind, unitChain: tree.chain(unitId).map((link) => link.id) }, name: unit.name };
  }

  /**
   * The unit whose subtree `actor` reads: the one asked for, else an official's own unit, else the
   * city. An official reads only its own subtree (OUT_OF_SCOPE).
   */
  async readable(actor: Actor, unitId: string | undefined): Promise<string> {
    const tree = (await this.directory.fresh()).orgTree();
    const asked = unitId ?? (actor.roles.includes('official') ? actor.orgUnitId : undefined) ?? tree.ofKind('city')[0]?.id;
    if (asked === undefined || !tree.has(asked)) throw new OrgUnitNotFound(asked ?? '');
    assertWithinOrgScope(actor, tree.chain(asked).map((link) => link.id));
    return asked;
  }
}
