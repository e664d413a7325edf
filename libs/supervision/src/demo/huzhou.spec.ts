import { createHash } from 'node:crypto';
import { decideByDefinition, loadChinaCalendar, SYSTEM_ACTOR } from '@app/workflow';
import { OrgUnitEvent, OrgUnitState, orgUnitStreamId, orgUnitWorkflow } from '../org-units';
import {
  DEMO_SCALES,
  DemoUnit,
  HUZHOU_CITY_ID,
  HUZHOU_DEMO_USERS,
  HUZHOU_GRID_COUNT,
  HUZHOU_PEOPLE_FROM,
  HUZHOU_UNITS,
  HUZHOU_VILLAGE_COUNT,
  huzhouOrgTree,
  huzhouResponsiblePeople,
  huzhouSeedStreams,
  huzhouUnits,
} from './huzhou';

const tree = huzhouOrgTree();
const names = (ids: readonly { name: string }[]): string[] => ids.map((unit) => unit.name);
const ofKind = (units: readonly DemoUnit[], kind: DemoUnit['kind']): DemoUnit[] => units.filter((unit) => unit.kind === kind);

describe.each(DEMO_SCALES)('Huzhou demo tree at %s scale', (scale) => {
  const units = huzhouUnits(scale);

  it('forms an org tree: ids unique, every parent present, every kind under an allowed parent', () => {
    // OrgTree refuses anything else; this also proves there is no loop.
    expect(huzhouOrgTree(scale).units).toHaveLength(units.length);
    expect(new Set(units.map((unit) => unit.id)).size).toBe(units.length);
  });

  it('lists every unit after its parent', () => {
    const seen = new Set<string>();
    for (const unit of units) {
      if (unit.parentId !== null) expect(seen.has(unit.parentId)).toBe(true);
      seen.add(unit.id);
    }
  });

  it('marks every made-up name: 示例村, 示例社区 or 示例网格 and a serial, and no real name reads so', () => {
    for (const unit of units) {
      if (unit.generated === true) expect(unit.name).toMatch(unit.kind === 'grid' ? /^示例网格\d{4}$/ : /^示例(村|社区)\d{4}$/);
      else expect(unit.name).not.toMatch(/示例/);
    }
    const generated = units.filter((unit) => unit.generated === true);
    expect(new Set(names(generated)).size).toBe(generated.length);
  });

  it('gives every unit its placeholder people, and every person a unit of the tree', () => {
    const ids = new Set(units.map((unit) => unit.id));
    const people = huzhouResponsiblePeople(scale);
    for (const person of people) expect(ids.has(person.unitId)).toBe(true);
    expect(new Set(people.map((person) => person.unitId)).size).toBe(units.length);
  });
});

describe('Huzhou demo tree at city scale', () => {
  const core = huzhouUnits('core');

  it('has the source\'s 1,212 villages and communities and 2,512 grids, under 68 townships and streets', () => {
    expect(HUZHOU_VILLAGE_COUNT).toBe(1212);
    expect(HUZHOU_GRID_COUNT).toBe(2512);
    expect(ofKind(HUZHOU_UNITS, 'village')).toHaveLength(1212);
    expect(ofKind(HUZHOU_UNITS, 'grid')).toHaveLength(2512);
    expect(ofKind(HUZHOU_UNITS, 'township')).toHaveLength(68);
    expect(ofKind(HUZHOU_UNITS, 'village').filter((unit) => unit.name.includes('社区')).length).toBeGreaterThan(100);
  });

  it('gives every village at least one grid and every township villages', () => {
    for (const village of tree.ofKind('village')) expect(tree.children(village.id).some((unit) => unit.kind === 'grid')).toBe(true);
    for (const township of tree.ofKind('township')) expect(tree.children(township.id).length).toBeGreaterThan(0);
  });

  it('holds every unit of the core demo, with the same id, kind, name and parent, and nothing made up among them', () => {
    const byId = new Map(HUZHOU_UNITS.map((unit) => [unit.id, unit]));
    for (const unit of core) expect(byId.get(unit.id)).toEqual(unit);
    expect(core.filter((unit) => unit.generated === true)).toEqual([]);
  });

  it('keeps real names for the counties and townships', () => {
    expect([...ofKind(HUZHOU_UNITS, 'county'), ...ofKind(HUZHOU_UNITS, 'township')].filter((unit) => unit.generated === true)).toEqual([]);
    expect(names(tree.children('anji').filter((unit) => unit.kind === 'township'))).toEqual([
      '递铺街道',
      '天荒坪镇',
      '溪龙乡',
      '孝丰镇',
      '昌硕街道',
      '灵峰街道',
      '孝源街道',
      '报福镇',
      '章村镇',
      '梅溪镇',
      '天子湖镇',
      '鄣吴镇',
      '杭垓镇',
      '上墅乡',
      '山川乡',
    ]);
  });

  it('is the same tree on every run (its digest is pinned)', () => {
    const digest = createHash('sha256').update(JSON.stringify(HUZHOU_UNITS)).digest('hex');
    expect(digest).toBe('38d6dc48bdfc9bba0d37b0e522faa51b421de6dcd2dba2917b0687486499e939');
  });
});

describe('Huzhou demo seed (core scale)', () => {
  const tree = huzhouOrgTree('core');

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
    for (const unit of huzhouUnits('core')) {
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
      for (const unit of huzhouUnits('core').filter((candidate) => ['city', 'county', 'township', 'village'].includes(candidate.kind))) {
        expect(huzhouResponsiblePeople('core').some((person) => person.unitId === unit.id && person.role === 'secretary')).toBe(true);
      }
    });

    it('counties have a deputy and a liaison too', () => {
      for (const county of tree.ofKind('county')) {
        const roles = huzhouResponsiblePeople('core').filter((person) => person.unitId === county.id).map((person) => person.role);
        expect(roles).toEqual(['secretary', 'deputy', 'liaison']);
      }
    });

    it('are placeholders: a surname and a title (a grid has its 网格党支部 secretary and a 网格员), with unique ids, each on a unit that exists', () => {
      expect(new Set(huzhouResponsiblePeople('core').map((person) => person.personId)).size).toBe(huzhouResponsiblePeople('core').length);
      for (const person of huzhouResponsiblePeople('core')) {
        expect(tree.has(person.unitId)).toBe(true);
        expect(person.name).toMatch(/^.(书记|支部书记|副市长|副区长|副县长|副镇长|副乡长|副主任|村委会主任|联络员|网格员)$/);
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

});

describe.each(DEMO_SCALES)('Huzhou demo seed streams at %s scale', (scale) => {
  const units = huzhouUnits(scale);
  const streams = huzhouSeedStreams(scale);

  it('build one stream per unit, parents first: the unit registered, then its people assigned', () => {
    expect(streams.map((stream) => stream.unitId)).toEqual(units.map((unit) => unit.id));
    for (const stream of streams) {
      expect(stream.streamId).toBe(orgUnitStreamId(stream.unitId));
      expect(stream.commands[0]!.type).toBe('RegisterUnit');
      expect(stream.commands.slice(1).every((command) => command.type === 'AssignResponsiblePerson')).toBe(true);
    }
    expect(streams.flatMap((stream) => stream.commands.slice(1))).toHaveLength(huzhouResponsiblePeople(scale).length);
    expect(streams[0]).toEqual({
      streamId: orgUnitStreamId('huzhou'),
      unitId: 'huzhou',
      commands: [
        { type: 'RegisterUnit', unitId: 'huzhou', kind: 'city', name: '湖州市', parentId: null, parentKind: null, code: '330500' },
        ...['secretary', 'deputy', 'liaison'].map((role) => expect.objectContaining({ type: 'AssignResponsiblePerson', role, from: HUZHOU_PEOPLE_FROM })),
      ],
    });
  });

  it('all pass the org-unit workflow as the system actor, building the same tree with its people', () => {
    const context = { actor: SYSTEM_ACTOR, now: new Date('2026-03-02T01:00:00.000Z'), calendar: loadChinaCalendar(), settings: undefined };
    const states = new Map<string, OrgUnitState>();
    const appended: OrgUnitEvent[] = [];
    for (const { streamId, commands } of streams) {
      let state = orgUnitWorkflow.initialState();
      for (const command of commands) {
        const events = decideByDefinition(orgUnitWorkflow, state, command, context);
        appended.push(...events);
        state = events.reduce(orgUnitWorkflow.evolve, state);
      }
      states.set(streamId, state);
    }
    expect(appended.filter((event) => event.type === 'ResponsiblePersonReplaced')).toEqual([]);
    expect(states.get(orgUnitStreamId('anji-tianhuangping-yucun'))).toMatchObject({
      status: 'registered',
      kind: 'village',
      name: '余村',
      parentId: 'anji-tianhuangping',
      responsible: { secretary: { personId: 'person-anji-tianhuangping-yucun-secretary', from: HUZHOU_PEOPLE_FROM } },
    });
    expect(states.size).toBe(units.length);
  });
});
