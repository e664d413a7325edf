import { OrgUnitKind } from './org-unit';
import { isPlacementAllowed } from './org-unit-placement';
import { InvalidOrgTree, OrgUnitNotFound } from './org-unit.errors';

/** What the tree needs to know of a unit. */
export interface OrgUnitSummary {
  readonly id: string;
  readonly kind: OrgUnitKind;
  readonly name: string;
  readonly parentId: string | null;
}

/**
 * The org tree as a value, for scope checks (an official acts on its unit and everything below
 * it), recusal (which county a unit is in) and responsibility chains (the units above a case).
 * Built from a list of units; refuses a list that is not a tree of the allowed shape.
 */
export class OrgTree {
  private readonly byId = new Map<string, OrgUnitSummary>();
  private readonly childrenById = new Map<string, OrgUnitSummary[]>();

  constructor(units: readonly OrgUnitSummary[]) {
    const problems: string[] = [];
    for (const unit of units) {
      if (this.byId.has(unit.id)) problems.push(`${unit.id} appears more than once`);
      else this.byId.set(unit.id, unit);
    }
    for (const unit of this.byId.values()) {
      const parent = unit.parentId === null ? undefined : this.byId.get(unit.parentId);
      if (unit.parentId !== null && parent === undefined) {
        problems.push(`${unit.id} hangs under ${unit.parentId}, which is not in the list`);
        continue;
      }
      if (!isPlacementAllowed(unit.kind, parent?.kind ?? null)) {
        problems.push(`${unit.id} is a ${unit.kind} and cannot hang under ${parent === undefined ? 'nothing' : `the ${parent.kind} ${parent.id}`}`);
      }
      if (parent !== undefined) {
        const siblings = this.childrenById.get(parent.id) ?? [];
        siblings.push(unit);
        this.childrenById.set(parent.id, siblings);
      }
    }
    // Only departments may hang under departments, so only they can close a loop.
    for (const unit of this.byId.values()) {
      const seen = new Set<string>([unit.id]);
      for (let parentId = unit.parentId; parentId !== null; parentId = this.byId.get(parentId)?.parentId ?? null) {
        if (seen.has(parentId)) {
          problems.push(`${unit.id} is its own ancestor`);
          break;
        }
        seen.add(parentId);
      }
    }
    if (problems.length > 0) throw new InvalidOrgTree(problems);
  }

  get units(): readonly OrgUnitSummary[] {
    return [...this.byId.values()];
  }

  has(unitId: string): boolean {
    return this.byId.has(unitId);
  }

  find(unitId: string): OrgUnitSummary | undefined {
    return this.byId.get(unitId);
  }

  /** The unit, or OrgUnitNotFound. */
  get(unitId: string): OrgUnitSummary {
    const unit = this.byId.get(unitId);
    if (unit === undefined) throw new OrgUnitNotFound(unitId);
    return unit;
  }

  /** The units above `unitId`, nearest first, ending with the city. Empty for the city. */
  ancestors(unitId: string): OrgUnitSummary[] {
    const ancestors: OrgUnitSummary[] = [];
    for (let parentId = this.get(unitId).parentId; parentId !== null; ) {
      const parent = this.get(parentId);
      ancestors.push(parent);
      parentId = parent.parentId;
    }
    return ancestors;
  }

  /** The unit and the units above it, up to the city: the levels a case's responsibility chain runs through. */
  chain(unitId: string): OrgUnitSummary[] {
    return [this.get(unitId), ...this.ancestors(unitId)];
  }

  /** The units directly below `unitId`, levels and departments alike, in the order given. */
  children(unitId: string): OrgUnitSummary[] {
    this.get(unitId);
    return [...(this.childrenById.get(unitId) ?? [])];
  }

  /** Every unit below `unitId`, parents before their children. */
  descendants(unitId: string): OrgUnitSummary[] {
    const found: OrgUnitSummary[] = [];
    const queue = this.children(unitId);
    while (queue.length > 0) {
      const unit = queue.shift()!;
      found.push(unit);
      queue.push(...(this.childrenById.get(unit.id) ?? []));
    }
    return found;
  }

  /**
   * Whether `unitId` is inside the scope rooted at `scopeRootId` (the root itself and everything
   * below it). Unknown ids are outside every scope, so a check on a stale id denies.
   */
  isWithin(unitId: string, scopeRootId: string): boolean {
    if (!this.byId.has(unitId) || !this.byId.has(scopeRootId)) return false;
    return unitId === scopeRootId || this.ancestors(unitId).some((unit) => unit.id === scopeRootId);
  }

  /** The county `unitId` lies in (the unit itself when it is a county); undefined at city level. */
  countyOf(unitId: string): OrgUnitSummary | undefined {
    return this.chain(unitId).find((unit) => unit.kind === 'county');
  }

  /** Every unit of `kind`, in the order given. */
  ofKind(kind: OrgUnitKind): OrgUnitSummary[] {
    return this.units.filter((unit) => unit.kind === kind);
  }
}
