import { OrgUnitKind, OrgUnitState, RegisteredOrgUnit } from '@app/supervision';
import { CommandResult } from '@app/workflow-runtime';

/** A unit as the API shows it: what it is, where it hangs, and who is responsible for it now. */
export interface UnitView {
  readonly id: string;
  readonly kind: OrgUnitKind;
  readonly name: string;
  readonly parentId: string | null;
  readonly code: string | null;
  readonly responsible: RegisteredOrgUnit['responsible'];
}

export interface TreeNode extends UnitView {
  readonly children: TreeNode[];
}

export function unitView(unit: RegisteredOrgUnit): UnitView {
  return { id: unit.unitId, kind: unit.kind, name: unit.name, parentId: unit.parentId, code: unit.code, responsible: unit.responsible };
}

/** What a command on a unit answers: the unit it concerns, and the command's result with the unit's state after it. */
export interface OrgUnitCommandOutcome {
  readonly unitId: string;
  readonly result: CommandResult<OrgUnitState>;
}
