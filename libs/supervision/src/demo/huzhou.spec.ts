import { decideByDefinition, loadChinaCalendar, SYSTEM_ACTOR } from '@app/workflow';
import { OrgUnitEvent, OrgUnitState, orgUnitStreamId, orgUnitWorkflow } from '../org-units';
import {
  HUZHOU_CITY_ID,
  HUZHOU_DEMO_USERS,
  HUZHOU_PEOPLE_FROM,
  HUZHOU_RESPONSIBLE_PEOPLE,
  HUZHOU_UNITS,
  huzhouOrgTree,
  huzhouSeedCommands,
} from './huzhou';

const tree = huzhouOrgTree();
const names = (ids: readonly { name: string }[]): string[] => ids.map((unit) => unit.name);

describe('Huzhou demo seed', () => {
  it('forms an org tree: ids unique, every parent present, every kind under an allowed parent', () => {
    // OrgTree refuses anything else; this also proves there is no loop.
    expect(tree.units).toHaveLength(HUZHOU_UNITS.length);
    expect(new Set(HUZHOU_UNITS.map((unit) => unit.id)).size).toBe(HUZHOU_UNITS.length);
  });

  it('lists every unit after its parent', () => {
    const seen = new Set<string>();
    for (const unit of HUZHOU_UNITS) {
      if (unit.parentId !== null) expect(seen.has(unit.parentId)).toBe(true);
      seen.add(unit.id);
    }
  });

  it('has 湖州市 as its one city and the five districts and counties below it', () => {
    expect(tree.ofKind('city')).toEqual([{ id: 'huzhou', kind: 'city', name: '湖州市', parentId: null, code: '330500' }]);
    expect(names(tree.ofKind('county'))).toEqual(['吴兴区', '南浔区', '德清县', '长兴县', '安吉县']);
    for (const county of tree.ofKind('county')) expect(county.parentId).toBe(HUZHOU_CITY_ID);
  });

  it('gives every county several townships', () => {
    for (const county of tree.ofKind('county')) {
      expect(tree.children(county.id).filter((unit) => unit.kind === 'township').length).toBeGreaterThanOrEqual(3);
    }
    expect(names(tree.children('anji').filter((unit) => unit.kind === 'township'))).toEqual(['递铺街道', '天荒坪镇', '溪龙乡', '孝丰镇']);
  });

  it('puts 余村 in 天荒坪镇 and 黄杜村 in 溪龙乡, both in 安吉县', () => {
    expect(names(tree.chain('anji-tianhuangping-yucun'))).toEqual(['余村', '天荒坪镇', '安吉县', '湖州市']);
    expect(names(tree.chain('anji-xilong-huangdu'))).toEqual(['黄杜村', '溪龙乡', '安吉县', '湖州市']);
    expect(tree.get('anji-tianhuangping-yucun').kind).toBe('village');
    expect(tree.get('anji-xilong-huangdu').kind).toBe('village');
  });

  it('names other real villages under their townships', () => {
    expect(names(tree.chain('anji-dipu-lujia'))).toEqual(['鲁家村', '递铺街道', '安吉县', '湖州市']);
    expect(names(tree.chain('changxing-shuikou-guzhu'))).toEqual(['顾渚村', '水口乡', '长兴县', '湖州市']);
  });

  it('gives ids that read as their place in the tree', () => {
    for (const unit of HUZHOU_UNITS) {
      if (unit.kind === 'township' || unit.kind === 'village' || unit.kind === 'grid') expect(unit.id.startsWith(`${unit.parentId}-`)).toBe(true);
    }
  });

  it('includes a grid and departments beside the levels', () => {
    expect(tree.get('anji-tianhuangping-yucun-grid-1')).toMatchObject({ kind: 'grid', parentId: 'anji-tianhuangping-yucun' });
    expect(tree.countyOf('anji-education')?.id).toBe('anji');
    expect(tree.get('huzhou-education')).toMatchObject({ kind: 'department', parentId: 'huzhou' });
  });

  describe('responsible people', () => {
    it('every county, township and village has a secretary (第一责任人)', () => {
      for (const unit of HUZHOU_UNITS.filter((candidate) => ['city', 'county', 'township', 'village'].includes(candidate.kind))) {
        expect(HUZHOU_RESPONSIBLE_PEOPLE.some((person) => person.unitId === unit.id && person.role === 'secretary')).toBe(true);
      }
    });

    it('counties have a deputy and a liaison too', () => {
      for (const county of tree.ofKind('county')) {
        const roles = HUZHOU_RESPONSIBLE_PEOPLE.filter((person) => person.unitId === county.id).map((person) => person.role);
        expect(roles).toEqual(['secretary', 'deputy', 'liaison']);
      }
    });

    it('are placeholders: a surname and a title, with unique ids, each on a unit that exists', () => {
      expect(new Set(HUZHOU_RESPONSIBLE_PEOPLE.map((person) => person.personId)).size).toBe(HUZHOU_RESPONSIBLE_PEOPLE.length);
      for (const person of HUZHOU_RESPONSIBLE_PEOPLE) {
        expect(tree.has(person.unitId)).toBe(true);
        expect(person.name).toMatch(/^.(书记|副市长|副区长|副县长|副镇长|副乡长|副主任|村委会主任|联络员)$/);
      }
    });
  });

  describe('demo users', () => {
    it('are the eight logins of the issue', () => {
      expect(HUZHOU_DEMO_USERS.map((user) => user.username)).toEqual([
        'admin',
        'inspector.wuxing',
        'inspector.anji',
        'official.anji',
        'official.nanxun',
        'official.yucun',
        'auditor',
        'viewer',
      ]);
    });

    it('each acts for a unit that exists, and a home county is the county of that unit', () => {
      for (const user of HUZHOU_DEMO_USERS) {
        expect(tree.has(user.orgUnitId)).toBe(true);
        if (user.homeCountyId !== undefined) expect(tree.countyOf(user.orgUnitId)?.id).toBe(user.homeCountyId);
      }
    });

    it('put the inspectors and officials where the issue says', () => {
      const byName = new Map(HUZHOU_DEMO_USERS.map((user) => [user.username, user]));
      expect(byName.get('inspector.wuxing')).toMatchObject({ roles: ['inspector'], homeCountyId: 'wuxing' });
      expect(byName.get('inspector.anji')).toMatchObject({ roles: ['inspector'], homeCountyId: 'anji' });
      expect(byName.get('official.anji')).toMatchObject({ roles: ['official'], orgUnitId: 'anji' });
      expect(byName.get('official.nanxun')).toMatchObject({ roles: ['official'], orgUnitId: 'nanxun' });
      expect(byName.get('official.yucun')).toMatchObject({ roles: ['official'], orgUnitId: 'anji-tianhuangping-yucun', homeCountyId: 'anji' });
      expect(byName.get('admin')!.roles).toEqual(['admin']);
      expect(byName.get('auditor')!.roles).toEqual(['auditor']);
      expect(byName.get('viewer')!.roles).toEqual(['viewer']);
    });
  });

  describe('seed commands', () => {
    it('register each unit before its children, and assign its people right after', () => {
      const commands = huzhouSeedCommands();
      const registrations = commands.filter((entry) => entry.command.type === 'RegisterUnit');
      expect(registrations.map((entry) => entry.unitId)).toEqual(HUZHOU_UNITS.map((unit) => unit.id));
      expect(commands.filter((entry) => entry.command.type === 'AssignResponsiblePerson')).toHaveLength(HUZHOU_RESPONSIBLE_PEOPLE.length);
      expect(commands[0]).toEqual({
        streamId: orgUnitStreamId('huzhou'),
        unitId: 'huzhou',
        command: { type: 'RegisterUnit', unitId: 'huzhou', kind: 'city', name: '湖州市', parentId: null, parentKind: null, code: '330500' },
      });
    });

    it('all pass the org-unit workflow as the system actor, building the same tree with its people', () => {
      const context = { actor: SYSTEM_ACTOR, now: new Date('2026-03-02T01:00:00.000Z'), calendar: loadChinaCalendar(), settings: undefined };
      const streams = new Map<string, OrgUnitState>();
      const appended: OrgUnitEvent[] = [];
      for (const { streamId, unitId, command } of huzhouSeedCommands()) {
        expect(streamId).toBe(orgUnitStreamId(unitId));
        const state = streams.get(streamId) ?? orgUnitWorkflow.initialState();
        const events = decideByDefinition(orgUnitWorkflow, state, command, context);
        appended.push(...events);
        streams.set(streamId, events.reduce(orgUnitWorkflow.evolve, state));
      }
      expect(appended.filter((event) => event.type === 'ResponsiblePersonReplaced')).toEqual([]);
      const yucun = streams.get(orgUnitStreamId('anji-tianhuangping-yucun'));
      expect(yucun).toMatchObject({
        status: 'registered',
        kind: 'village',
        name: '余村',
        parentId: 'anji-tianhuangping',
        responsible: { secretary: { personId: 'person-anji-tianhuangping-yucun-secretary', from: HUZHOU_PEOPLE_FROM } },
      });
      expect(streams.size).toBe(HUZHOU_UNITS.length);
    });
  });
});
