export {
  isOrgUnitKind,
  isResponsibleRole,
  isRoleHeldAt,
  ORG_UNIT_KINDS,
  OrgUnitKind,
  orgUnitStreamId,
  orgUnitStreams,
  RESPONSIBLE_ROLES,
  ResponsibleHolder,
  ResponsibleRole,
} from './org-unit';
export { allowedParentKinds, isPlacementAllowed } from './org-unit-placement';
export { assertWithinOrgScope, isWithinOrgScope, orgScopeOfList, OutOfScope } from './org-scope';
export { AssignResponsiblePerson, OrgUnitCommand, RegisterUnit, RemoveResponsiblePerson, RenameUnit } from './org-unit.commands';
export {
  InvalidInstant,
  InvalidOrgTree,
  InvalidUnitPlacement,
  NoResponsiblePerson,
  OrgUnitAlreadyRegistered,
  OrgUnitNotFound,
  ParentUnitNotFound,
  PersonAlreadyResponsible,
  ResponsibilityInFuture,
  ResponsibilityOutOfOrder,
  ResponsiblePersonIncomplete,
  RoleNotHeldAtUnit,
  UnitNameRequired,
  UnknownOrgUnitKind,
  UnknownResponsibleRole,
} from './org-unit.errors';
export {
  ORG_UNIT_EVENT_TYPES,
  OrgUnitEvent,
  OrgUnitRegistered,
  OrgUnitRenamed,
  ResponsiblePersonAssigned,
  ResponsiblePersonRemoved,
  ResponsiblePersonReplaced,
} from './org-unit.events';
export { evolveOrgUnit, initialOrgUnitState, OrgUnitState, RegisteredOrgUnit, UnregisteredOrgUnit } from './org-unit.state';
export { orgUnitWorkflow } from './org-unit.workflow';
export { OrgTree, OrgUnitSummary } from './org-tree';
