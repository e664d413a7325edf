import { assertNever, DecisionContext, DomainError, isBlank, isCalendarDate, optionalText, WorkflowDefinition } from '@app/workflow';
import { isOrgUnitKind, isResponsibleRole, isRoleHeldAt, ResponsibleRole } from './org-unit';
import { isPlacementAllowed } from './org-unit-placement';
import { AssignResponsiblePerson, OrgUnitCommand, RegisterUnit, RemoveResponsiblePerson } from './org-unit.commands';
import {
  InvalidInstant,
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
import { OrgUnitEvent } from './org-unit.events';
import { evolveOrgUnit, initialOrgUnitState, OrgUnitState, RegisteredOrgUnit } from './org-unit.state';

/** Org structure is kept by admins; `system` seeds the demo tree. */
const ORG_KEEPERS = ['admin', 'system'] as const;

type Context = DecisionContext<unknown>;

function requireRegistered(state: OrgUnitState): RegisteredOrgUnit {
  if (state.status !== 'registered') throw new OrgUnitNotFound();
  return state;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant written in `value`, normalised to `toISOString()` form, or throws InvalidInstant. */
function parseInstant(field: string, value: unknown): string {
  // Date.parse rolls impossible days over (02-30 → 03-02), so the day is checked on its own.
  if (typeof value !== 'string' || !ISO_INSTANT.test(value) || !isCalendarDate(value.slice(0, 10)) || Number.isNaN(Date.parse(value))) {
    throw new InvalidInstant(field, value);
  }
  return new Date(value).toISOString();
}

function notAfterNow(field: string, instant: string, { now }: Context): void {
  if (Date.parse(instant) > now.getTime()) throw new ResponsibilityInFuture(field, instant);
}

function checkRole(role: unknown): asserts role is ResponsibleRole {
  if (!isResponsibleRole(role)) throw new UnknownResponsibleRole(role);
}

const register = {
  roles: ORG_KEEPERS,
  guards: [
    (_state: OrgUnitState, command: RegisterUnit): void => {
      if (!isOrgUnitKind(command.kind)) throw new UnknownOrgUnitKind(command.kind);
      if (isBlank(command.name)) throw new UnitNameRequired();
      const parentId = command.parentId ?? null;
      const parentKind = parentId === null ? null : (command.parentKind ?? null);
      if (parentId !== null && parentKind === null) throw new ParentUnitNotFound(parentId);
      if (!isPlacementAllowed(command.kind, parentKind)) throw new InvalidUnitPlacement(command.kind, parentKind);
    },
  ],
  decide: (_state: OrgUnitState, command: RegisterUnit, { actor, now }: Context): OrgUnitEvent[] => [
    {
      type: 'OrgUnitRegistered',
      data: {
        unitId: command.unitId,
        kind: command.kind,
        name: command.name.trim(),
        parentId: command.parentId ?? null,
        code: optionalText(command.code),
        registeredBy: actor.userId,
        registeredAt: now.toISOString(),
      },
    },
  ],
};

const assignResponsiblePerson = {
  roles: ORG_KEEPERS,
  guards: [
    (state: OrgUnitState, command: AssignResponsiblePerson, context: Context): void => {
      const unit = requireRegistered(state);
      checkRole(command.role);
      if (!isRoleHeldAt(command.role, unit.kind)) throw new RoleNotHeldAtUnit(command.role, unit.kind);
      if (isBlank(command.personId) || isBlank(command.name)) throw new ResponsiblePersonIncomplete();
      const from = parseInstant('from', command.from);
      notAfterNow('from', from, context);
      const current = unit.responsible[command.role];
      if (current === undefined) return;
      if (current.personId === command.personId) throw new PersonAlreadyResponsible(command.role, command.personId);
      if (Date.parse(from) < Date.parse(current.from)) {
        throw new ResponsibilityOutOfOrder({ role: command.role, from, currentHolderFrom: current.from });
      }
    },
  ],
  decide: (state: OrgUnitState, command: AssignResponsiblePerson, { actor, now }: Context): OrgUnitEvent[] => {
    const unit = requireRegistered(state);
    const holder = { personId: command.personId.trim(), name: command.name.trim(), from: parseInstant('from', command.from) };
    const previous = unit.responsible[command.role];
    if (previous === undefined) {
      return [
        {
          type: 'ResponsiblePersonAssigned',
          data: { unitId: unit.unitId, role: command.role, ...holder, assignedBy: actor.userId, assignedAt: now.toISOString() },
        },
      ];
    }
    return [
      {
        type: 'ResponsiblePersonReplaced',
        data: {
          unitId: unit.unitId,
          role: command.role,
          ...holder,
          previous: { personId: previous.personId, name: previous.name, from: previous.from },
          replacedBy: actor.userId,
          replacedAt: now.toISOString(),
        },
      },
    ];
  },
};

function untilOf(command: RemoveResponsiblePerson, { now }: Context): string {
  return command.until === undefined ? now.toISOString() : parseInstant('until', command.until);
}

const removeResponsiblePerson = {
  roles: ORG_KEEPERS,
  guards: [
    (state: OrgUnitState, command: RemoveResponsiblePerson, context: Context): void => {
      const unit = requireRegistered(state);
      checkRole(command.role);
      const current = unit.responsible[command.role];
      if (current === undefined) throw new NoResponsiblePerson(command.role);
      const until = untilOf(command, context);
      notAfterNow('until', until, context);
      if (Date.parse(until) < Date.parse(current.from)) {
        throw new ResponsibilityOutOfOrder({ role: command.role, until, currentHolderFrom: current.from });
      }
    },
  ],
  decide: (state: OrgUnitState, command: RemoveResponsiblePerson, context: Context): OrgUnitEvent[] => {
    const unit = requireRegistered(state);
    const holder = unit.responsible[command.role]!;
    return [
      {
        type: 'ResponsiblePersonRemoved',
        data: {
          unitId: unit.unitId,
          role: command.role,
          personId: holder.personId,
          name: holder.name,
          from: holder.from,
          until: untilOf(command, context),
          reason: optionalText(command.reason),
          removedBy: context.actor.userId,
          removedAt: context.now.toISOString(),
        },
      },
    ];
  },
};

function refuseOrgUnitCommand(state: OrgUnitState, command: OrgUnitCommand): DomainError {
  switch (state.status) {
    case 'unregistered':
      return new OrgUnitNotFound();
    case 'registered':
      return command.type === 'RegisterUnit' ? new OrgUnitAlreadyRegistered(state.unitId) : new OrgUnitNotFound(state.unitId);
    default:
      return assertNever(state);
  }
}

/**
 * An org unit's life (stream `orgunit-<id>`): registered once under its parent, then renamed and
 * its responsible people assigned, replaced and removed. The tree's shape is checked on
 * registration from the parent's kind, which the caller passes in.
 */
export const orgUnitWorkflow: WorkflowDefinition<OrgUnitState, OrgUnitCommand, OrgUnitEvent> = {
  name: 'org-unit',
  version: 1,
  initialState: initialOrgUnitState,
  evolve: evolveOrgUnit,
  statusOf: (state) => state.status,
  refuse: refuseOrgUnitCommand,
  states: {
    unregistered: {
      on: { RegisterUnit: register },
    },
    registered: {
      on: {
        RenameUnit: {
          roles: ORG_KEEPERS,
          guards: [
            (_state, command) => {
              if (isBlank(command.name)) throw new UnitNameRequired();
            },
          ],
          decide: (state, command, { actor, now }) => {
            const unit = requireRegistered(state);
            const name = command.name.trim();
            if (name === unit.name) return [];
            return [
              {
                type: 'OrgUnitRenamed',
                data: { unitId: unit.unitId, name, previousName: unit.name, renamedBy: actor.userId, renamedAt: now.toISOString() },
              },
            ];
          },
        },
        AssignResponsiblePerson: assignResponsiblePerson,
        RemoveResponsiblePerson: removeResponsiblePerson,
      },
    },
  },
};
