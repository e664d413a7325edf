import { deciderSpecification } from '@app/testing';
import { Actor, loadChinaCalendar, NotFoundError, RoleNotAllowedError, SYSTEM_ACTOR } from '@app/workflow';
import { OrgUnitKind } from './org-unit';
import { allowedParentKinds, isPlacementAllowed } from './org-unit-placement';
import { OrgUnitCommand, RegisterUnit } from './org-unit.commands';
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
import { OrgUnitEvent, OrgUnitRegistered, ResponsiblePersonAssigned } from './org-unit.events';
import { orgUnitWorkflow } from './org-unit.workflow';

const calendar = loadChinaCalendar();
const NOW = new Date('2026-03-02T01:00:00.000Z');
const admin: Actor = { userId: 'admin', roles: ['admin'] };

/** Given/When/Then over the org-unit workflow, deciding at `NOW` unless a `when` says otherwise. */
const spec = deciderSpecification(orgUnitWorkflow, { now: NOW, calendar, settings: undefined });

const register = (overrides: Partial<RegisterUnit> = {}): RegisterUnit => ({
  type: 'RegisterUnit',
  unitId: 'anji-tianhuangping',
  kind: 'township',
  name: '天荒坪镇',
  parentId: 'anji',
  parentKind: 'county',
  ...overrides,
});

const registered: OrgUnitRegistered = {
  type: 'OrgUnitRegistered',
  data: {
    unitId: 'anji-tianhuangping',
    kind: 'township',
    name: '天荒坪镇',
    parentId: 'anji',
    code: null,
    registeredBy: 'system',
    registeredAt: '2026-01-05T01:00:00.000Z',
  },
};

const secretaryAssigned: ResponsiblePersonAssigned = {
  type: 'ResponsiblePersonAssigned',
  data: {
    unitId: 'anji-tianhuangping',
    role: 'secretary',
    personId: 'p-zhang',
    name: '张书记',
    from: '2025-01-01T00:00:00.000Z',
    assignedBy: 'system',
    assignedAt: '2026-01-05T01:00:00.000Z',
  },
};

describe('org unit workflow', () => {
  describe('RegisterUnit', () => {
    it('registers a township under its county, recording who and when', () => {
      spec.given([])
        .when(register({ name: ' 天荒坪镇 ', code: ' 330523103 ' }), { actor: admin })
        .then([
          {
            type: 'OrgUnitRegistered',
            data: {
              unitId: 'anji-tianhuangping',
              kind: 'township',
              name: '天荒坪镇',
              parentId: 'anji',
              code: '330523103',
              registeredBy: 'admin',
              registeredAt: NOW.toISOString(),
            },
          },
        ]);
    });

    it('registers the city with no parent and no code', () => {
      const [event] = spec.given([]).when(register({ unitId: 'huzhou', kind: 'city', name: '湖州市', parentId: null, parentKind: null }), { actor: SYSTEM_ACTOR }).events();
      expect(event).toMatchObject({ type: 'OrgUnitRegistered', data: { kind: 'city', parentId: null, code: null, registeredBy: 'system' } });
    });

    it.each<[OrgUnitKind, OrgUnitKind]>([
      ['county', 'city'],
      ['township', 'county'],
      ['village', 'township'],
      ['grid', 'village'],
      ['department', 'city'],
      ['department', 'county'],
      ['department', 'township'],
      ['department', 'village'],
      ['department', 'department'],
    ])('a %s may hang under a %s', (kind, parentKind) => {
      const [event] = spec.given([]).when(register({ unitId: 'u', kind, parentId: 'p', parentKind }), { actor: admin }).events();
      expect(event).toMatchObject({ type: 'OrgUnitRegistered', data: { unitId: 'u', kind, parentId: 'p' } });
    });

    it.each<[OrgUnitKind, OrgUnitKind | null]>([
      ['city', 'city'],
      ['county', null],
      ['county', 'county'],
      ['county', 'township'],
      ['township', 'city'],
      ['township', 'village'],
      ['village', 'county'],
      ['village', 'village'],
      ['grid', 'township'],
      ['grid', 'grid'],
      ['department', 'grid'],
      ['department', null],
    ])('refuses a %s under %s with INVALID_UNIT_PLACEMENT', (kind, parentKind) => {
      spec.given([])
        .when(register({ unitId: 'u', kind, parentId: parentKind === null ? null : 'p', parentKind }), { actor: admin })
        .thenThrows(InvalidUnitPlacement, 'INVALID_UNIT_PLACEMENT');
    });

    it('states the placement rule in the message', () => {
      expect(new InvalidUnitPlacement('village', 'county').message).toBe('A village hangs under a township');
      expect(new InvalidUnitPlacement('city', 'county').message).toBe('A city is the root and has no parent');
    });

    it('refuses a parent the caller could not find with PARENT_UNIT_NOT_FOUND (404)', () => {
      spec.given([]).when(register({ parentKind: null }), { actor: admin }).thenThrows(NotFoundError, 'PARENT_UNIT_NOT_FOUND');
      spec.given([]).when(register({ parentKind: null }), { actor: admin }).thenThrows(ParentUnitNotFound);
    });

    it('refuses a blank name with UNIT_NAME_REQUIRED', () => {
      spec.given([]).when(register({ name: '  ' }), { actor: admin }).thenThrows(UnitNameRequired, 'UNIT_NAME_REQUIRED');
    });

    it('refuses an unknown kind with UNKNOWN_ORG_UNIT_KIND', () => {
      spec.given([])
        .when(register({ kind: 'province' as OrgUnitKind }), { actor: admin })
        .thenThrows(UnknownOrgUnitKind, 'UNKNOWN_ORG_UNIT_KIND');
    });

    it('refuses a second registration with ORG_UNIT_ALREADY_REGISTERED', () => {
      spec.given([registered]).when(register(), { actor: admin }).thenThrows(OrgUnitAlreadyRegistered, 'ORG_UNIT_ALREADY_REGISTERED');
    });

    it.each(['inspector', 'official', 'auditor', 'viewer'])('refuses the %s role with ROLE_NOT_ALLOWED', (role) => {
      spec.given([]).when(register(), { actor: { userId: 'someone', roles: [role] } }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('RenameUnit', () => {
    it('renames, keeping the previous name', () => {
      spec.given([registered])
        .when({ type: 'RenameUnit', name: '天荒坪镇（新）' }, { actor: admin })
        .then([
          {
            type: 'OrgUnitRenamed',
            data: { unitId: 'anji-tianhuangping', name: '天荒坪镇（新）', previousName: '天荒坪镇', renamedBy: 'admin', renamedAt: NOW.toISOString() },
          },
        ]);
    });

    it('decides nothing when the name is unchanged', () => {
      spec.given([registered]).when({ type: 'RenameUnit', name: ' 天荒坪镇 ' }, { actor: admin }).then([]);
    });

    it('refuses a blank name with UNIT_NAME_REQUIRED', () => {
      spec.given([registered]).when({ type: 'RenameUnit', name: '' }, { actor: admin }).thenThrows(UnitNameRequired, 'UNIT_NAME_REQUIRED');
    });

    it('refuses an unregistered unit with ORG_UNIT_NOT_FOUND (404)', () => {
      spec.given([]).when({ type: 'RenameUnit', name: 'x' }, { actor: admin }).thenThrows(OrgUnitNotFound, 'ORG_UNIT_NOT_FOUND');
    });

    it('refuses a viewer with ROLE_NOT_ALLOWED', () => {
      spec.given([registered])
        .when({ type: 'RenameUnit', name: 'x' }, { actor: { userId: 'viewer', roles: ['viewer'] } })
        .thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('AssignResponsiblePerson', () => {
    const assign = (overrides: Partial<Extract<OrgUnitCommand, { type: 'AssignResponsiblePerson' }>> = {}): OrgUnitCommand => ({
      type: 'AssignResponsiblePerson',
      role: 'secretary',
      personId: 'p-wang',
      name: '王书记',
      from: '2026-03-01T08:00:00+08:00',
      ...overrides,
    });

    it('assigns a vacant role, with the term start normalised to UTC', () => {
      spec.given([registered])
        .when(assign(), { actor: admin })
        .then([
          {
            type: 'ResponsiblePersonAssigned',
            data: {
              unitId: 'anji-tianhuangping',
              role: 'secretary',
              personId: 'p-wang',
              name: '王书记',
              from: '2026-03-01T00:00:00.000Z',
              assignedBy: 'admin',
              assignedAt: NOW.toISOString(),
            },
          },
        ]);
    });

    it('replaces the current holder, keeping who they were and since when', () => {
      spec.given([registered, secretaryAssigned])
        .when(assign(), { actor: admin })
        .then([
          {
            type: 'ResponsiblePersonReplaced',
            data: {
              unitId: 'anji-tianhuangping',
              role: 'secretary',
              personId: 'p-wang',
              name: '王书记',
              from: '2026-03-01T00:00:00.000Z',
              previous: { personId: 'p-zhang', name: '张书记', from: '2025-01-01T00:00:00.000Z' },
              replacedBy: 'admin',
              replacedAt: NOW.toISOString(),
            },
          },
        ]);
    });

    it('fills each role separately: a deputy beside a secretary is an assignment, not a replacement', () => {
      const [event] = spec.given([registered, secretaryAssigned]).when(assign({ role: 'deputy', name: '王副镇长' }), { actor: admin }).events();
      expect(event!.type).toBe('ResponsiblePersonAssigned');
    });

    it('the state shows the current holders after assignments and a replacement', () => {
      const events: OrgUnitEvent[] = [registered, secretaryAssigned, ...spec.given([registered, secretaryAssigned]).when(assign(), { actor: admin }).events()];
      const state = spec.given(events).state();
      expect(state).toMatchObject({
        status: 'registered',
        responsible: { secretary: { personId: 'p-wang', name: '王书记', from: '2026-03-01T00:00:00.000Z' } },
      });
    });

    it('refuses the person who already holds the role with PERSON_ALREADY_RESPONSIBLE', () => {
      spec.given([registered, secretaryAssigned])
        .when(assign({ personId: 'p-zhang' }), { actor: admin })
        .thenThrows(PersonAlreadyResponsible, 'PERSON_ALREADY_RESPONSIBLE');
    });

    it('refuses a term starting before the current holder’s with RESPONSIBILITY_OUT_OF_ORDER', () => {
      spec.given([registered, secretaryAssigned])
        .when(assign({ from: '2024-06-01T00:00:00.000Z' }), { actor: admin })
        .thenThrows(ResponsibilityOutOfOrder, 'RESPONSIBILITY_OUT_OF_ORDER');
    });

    it('refuses a term starting after now with RESPONSIBILITY_IN_FUTURE', () => {
      spec.given([registered]).when(assign({ from: '2026-03-02T01:00:00.001Z' }), { actor: admin }).thenThrows(ResponsibilityInFuture, 'RESPONSIBILITY_IN_FUTURE');
    });

    it.each(['2026-03-01', 'yesterday', '2026-02-30T00:00:00Z'])('refuses from=%p with INVALID_INSTANT', (from) => {
      spec.given([registered]).when(assign({ from }), { actor: admin }).thenThrows(InvalidInstant, 'INVALID_INSTANT');
    });

    it('refuses an unknown role with UNKNOWN_RESPONSIBLE_ROLE', () => {
      spec.given([registered])
        .when(assign({ role: 'mayor' as 'secretary' }), { actor: admin })
        .thenThrows(UnknownResponsibleRole, 'UNKNOWN_RESPONSIBLE_ROLE');
    });

    it.each([{ personId: '' }, { name: ' ' }])('refuses %p with RESPONSIBLE_PERSON_INCOMPLETE', (overrides) => {
      spec.given([registered]).when(assign(overrides), { actor: admin }).thenThrows(ResponsiblePersonIncomplete, 'RESPONSIBLE_PERSON_INCOMPLETE');
    });

    it('refuses an unregistered unit with ORG_UNIT_NOT_FOUND', () => {
      spec.given([]).when(assign(), { actor: admin }).thenThrows(OrgUnitNotFound, 'ORG_UNIT_NOT_FOUND');
    });

    it('lets the system actor seed people', () => {
      expect(spec.given([registered]).when(assign(), { actor: SYSTEM_ACTOR }).events()).toHaveLength(1);
    });

    it('refuses an official with ROLE_NOT_ALLOWED', () => {
      spec.given([registered])
        .when(assign(), { actor: { userId: 'official.anji', roles: ['official'], orgUnitId: 'anji' } })
        .thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });

    it('a 全科网格 has its 网格党支部 secretary and its 网格员; a 网格员 is a grid’s only', () => {
      const grid: OrgUnitRegistered = {
        type: 'OrgUnitRegistered',
        data: { ...registered.data, unitId: 'anji-tianhuangping-yucun-grid-1', kind: 'grid', name: '余村第一网格', parentId: 'anji-tianhuangping-yucun' },
      };
      const branchSecretary = spec.given([grid]).when(assign({ personId: 'p-hu', name: '胡支书' }), { actor: admin }).events();
      const gridWorker = spec.given([grid, ...branchSecretary]).when(assign({ role: 'grid-worker', personId: 'p-qian', name: '钱网格员' }), { actor: admin }).events();
      expect(gridWorker).toMatchObject([{ type: 'ResponsiblePersonAssigned', data: { unitId: 'anji-tianhuangping-yucun-grid-1', role: 'grid-worker', name: '钱网格员' } }]);
      expect(spec.given([grid, ...branchSecretary, ...gridWorker]).state()).toMatchObject({
        responsible: { secretary: { personId: 'p-hu' }, 'grid-worker': { personId: 'p-qian' } },
      });
      spec.given([registered]).when(assign({ role: 'grid-worker' }), { actor: admin }).thenThrows(RoleNotHeldAtUnit, 'ROLE_NOT_HELD_AT_UNIT');
    });
  });

  describe('RemoveResponsiblePerson', () => {
    it('leaves the role vacant, the term ending now by default', () => {
      spec.given([registered, secretaryAssigned])
        .when({ type: 'RemoveResponsiblePerson', role: 'secretary', reason: ' 调任 ' }, { actor: admin })
        .then([
          {
            type: 'ResponsiblePersonRemoved',
            data: {
              unitId: 'anji-tianhuangping',
              role: 'secretary',
              personId: 'p-zhang',
              name: '张书记',
              from: '2025-01-01T00:00:00.000Z',
              until: NOW.toISOString(),
              reason: '调任',
              removedBy: 'admin',
              removedAt: NOW.toISOString(),
            },
          },
        ]);
    });

    it('ends the term at a given instant, and a later assignment is a fresh one', () => {
      const removed = spec.given([registered, secretaryAssigned])
        .when({ type: 'RemoveResponsiblePerson', role: 'secretary', until: '2026-02-01T00:00:00Z' }, { actor: admin })
        .events();
      expect(removed[0]).toMatchObject({ data: { until: '2026-02-01T00:00:00.000Z', reason: null } });
      const history = [registered, secretaryAssigned, ...removed];
      expect(spec.given(history).state()).toMatchObject({ responsible: {} });
      const [next] = spec.given(history)
        .when({ type: 'AssignResponsiblePerson', role: 'secretary', personId: 'p-li', name: '李书记', from: '2026-02-15T00:00:00Z' }, { actor: admin })
        .events();
      expect(next!.type).toBe('ResponsiblePersonAssigned');
    });

    it('refuses a vacant role with NO_RESPONSIBLE_PERSON', () => {
      spec.given([registered]).when({ type: 'RemoveResponsiblePerson', role: 'liaison' }, { actor: admin }).thenThrows(NoResponsiblePerson, 'NO_RESPONSIBLE_PERSON');
    });

    it('refuses a term ending before it started with RESPONSIBILITY_OUT_OF_ORDER', () => {
      spec.given([registered, secretaryAssigned])
        .when({ type: 'RemoveResponsiblePerson', role: 'secretary', until: '2024-12-01T00:00:00Z' }, { actor: admin })
        .thenThrows(ResponsibilityOutOfOrder, 'RESPONSIBILITY_OUT_OF_ORDER');
    });

    it('refuses a term ending after now with RESPONSIBILITY_IN_FUTURE', () => {
      spec.given([registered, secretaryAssigned])
        .when({ type: 'RemoveResponsiblePerson', role: 'secretary', until: '2027-01-01T00:00:00Z' }, { actor: admin })
        .thenThrows(ResponsibilityInFuture, 'RESPONSIBILITY_IN_FUTURE');
    });

    it('refuses an unregistered unit with ORG_UNIT_NOT_FOUND', () => {
      spec.given([]).when({ type: 'RemoveResponsiblePerson', role: 'secretary' }, { actor: admin }).thenThrows(OrgUnitNotFound, 'ORG_UNIT_NOT_FOUND');
    });

    it('refuses an inspector with ROLE_NOT_ALLOWED', () => {
      spec.given([registered, secretaryAssigned])
        .when({ type: 'RemoveResponsiblePerson', role: 'secretary' }, { actor: { userId: 'inspector.anji', roles: ['inspector'] } })
        .thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });
});

describe('org unit placement', () => {
  it('has the city as the only root', () => {
    expect(isPlacementAllowed('city', null)).toBe(true);
    expect(allowedParentKinds('city')).toEqual([]);
    for (const kind of ['county', 'township', 'village', 'grid', 'department'] as const) expect(isPlacementAllowed(kind, null)).toBe(false);
  });

  it('never hangs anything under a grid', () => {
    for (const kind of ['city', 'county', 'township', 'village', 'grid', 'department'] as const) {
      expect(isPlacementAllowed(kind, 'grid')).toBe(false);
    }
  });
});
