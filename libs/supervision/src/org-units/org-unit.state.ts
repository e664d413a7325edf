import { assertNever } from '@app/workflow';
import { OrgUnitKind, ResponsibleHolder, ResponsibleRole } from './org-unit';
import { OrgUnitEvent } from './org-unit.events';

export interface UnregisteredOrgUnit {
  readonly status: 'unregistered';
}

export interface RegisteredOrgUnit {
  readonly status: 'registered';
  readonly unitId: string;
  readonly kind: OrgUnitKind;
  readonly name: string;
  readonly parentId: string | null;
  readonly code: string | null;
  /** The current holder of each role; a vacant role is absent. */
  readonly responsible: Readonly<Partial<Record<ResponsibleRole, ResponsibleHolder>>>;
}

export type OrgUnitState = UnregisteredOrgUnit | RegisteredOrgUnit;

export function initialOrgUnitState(): OrgUnitState {
  return { status: 'unregistered' };
}

export function evolveOrgUnit(state: OrgUnitState, event: OrgUnitEvent): OrgUnitState {
  switch (event.type) {
    case 'OrgUnitRegistered': {
      const { unitId, kind, name, parentId, code } = event.data;
      return { status: 'registered', unitId, kind, name, parentId, code, responsible: {} };
    }
    case 'OrgUnitRenamed':
      return state.status === 'registered' ? { ...state, name: event.data.name } : state;
    case 'ResponsiblePersonAssigned':
    case 'ResponsiblePersonReplaced': {
      if (state.status !== 'registered') return state;
      const { role, personId, name, from } = event.data;
      return { ...state, responsible: { ...state.responsible, [role]: { personId, name, from } } };
    }
    case 'ResponsiblePersonRemoved': {
      if (state.status !== 'registered') return state;
      const responsible = { ...state.responsible };
      delete responsible[event.data.role];
      return { ...state, responsible };
    }
    default:
      return assertNever(event);
  }
}
