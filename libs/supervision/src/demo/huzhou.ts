import { OrgTree, OrgUnitCommand, OrgUnitKind, OrgUnitSummary, orgUnitStreamId, ResponsibleRole } from '../org-units';
import { AccountRole } from '../accounts/account';

/*
 * Demo data: the Huzhou (湖州市) org tree with its five districts and counties, several real
 * townships each, and real villages, among them 余村 (天荒坪镇) and 黄杜村 (溪龙乡) in 安吉县.
 * Unit names are real; every person is a placeholder (a surname and a title), not an official.
 */

export interface DemoUnit extends OrgUnitSummary {
  /** The administrative division code (行政区划代码), where given. */
  readonly code?: string;
}

export interface DemoResponsiblePerson {
  readonly unitId: string;
  readonly role: ResponsibleRole;
  readonly personId: string;
  readonly name: string;
}

/** A demo login. Passwords are not here: the auth module seeds them in demo mode. */
export interface DemoUser {
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly AccountRole[];
  readonly orgUnitId: string;
  readonly homeCountyId?: string;
}

type VillageSpec = readonly [slug: string, name: string];
type TownshipSpec = readonly [slug: string, name: string, villages?: readonly VillageSpec[]];

interface CountySpec {
  readonly id: string;
  readonly name: string;
  readonly code: string;
  readonly townships: readonly TownshipSpec[];
}

export const HUZHOU_CITY_ID = 'huzhou';

const COUNTIES: readonly CountySpec[] = [
  {
    id: 'wuxing',
    name: '吴兴区',
    code: '330502',
    townships: [['aishan', '爱山街道'], ['zhili', '织里镇', [['yigao', '义皋村']]], ['balidian', '八里店镇'], ['miaoxi', '妙西镇']],
  },
  {
    id: 'nanxun',
    name: '南浔区',
    code: '330503',
    townships: [['nanxun', '南浔镇'], ['lianshi', '练市镇'], ['shuanglin', '双林镇'], ['hefu', '和孚镇', [['digang', '荻港村']]]],
  },
  {
    id: 'deqing',
    name: '德清县',
    code: '330521',
    townships: [
      ['wukang', '武康街道'],
      ['xinshi', '新市镇'],
      ['moganshan', '莫干山镇', [['xiantan', '仙潭村'], ['laoling', '劳岭村']]],
      ['qianyuan', '乾元镇'],
    ],
  },
  {
    id: 'changxing',
    name: '长兴县',
    code: '330522',
    townships: [['zhicheng', '雉城街道'], ['taihu', '太湖街道'], ['shuikou', '水口乡', [['guzhu', '顾渚村']]], ['meishan', '煤山镇']],
  },
  {
    id: 'anji',
    name: '安吉县',
    code: '330523',
    townships: [
      ['dipu', '递铺街道', [['lujia', '鲁家村']]],
      ['tianhuangping', '天荒坪镇', [['yucun', '余村']]],
      ['xilong', '溪龙乡', [['huangdu', '黄杜村']]],
      ['xiaofeng', '孝丰镇'],
    ],
  },
];

/** Grids (网格) and departments (横向到边) added to the levels above. */
const EXTRA_UNITS: readonly DemoUnit[] = [
  { id: 'huzhou-education', kind: 'department', name: '湖州市教育局', parentId: HUZHOU_CITY_ID },
  { id: 'anji-education', kind: 'department', name: '安吉县教育局', parentId: 'anji' },
  { id: 'anji-health', kind: 'department', name: '安吉县卫生健康局', parentId: 'anji' },
  { id: 'anji-tianhuangping-yucun-grid-1', kind: 'grid', name: '余村第一网格', parentId: 'anji-tianhuangping-yucun' },
];

function buildUnits(): DemoUnit[] {
  const units: DemoUnit[] = [{ id: HUZHOU_CITY_ID, kind: 'city', name: '湖州市', parentId: null, code: '330500' }];
  const extras = (parentId: string): DemoUnit[] => EXTRA_UNITS.filter((unit) => unit.parentId === parentId);
  units.push(...extras(HUZHOU_CITY_ID));
  for (const county of COUNTIES) {
    units.push({ id: county.id, kind: 'county', name: county.name, parentId: HUZHOU_CITY_ID, code: county.code }, ...extras(county.id));
    for (const [townshipSlug, townshipName, villages = []] of county.townships) {
      const townshipId = `${county.id}-${townshipSlug}`;
      units.push({ id: townshipId, kind: 'township', name: townshipName, parentId: county.id }, ...extras(townshipId));
      for (const [villageSlug, villageName] of villages) {
        const villageId = `${townshipId}-${villageSlug}`;
        units.push({ id: villageId, kind: 'village', name: villageName, parentId: townshipId }, ...extras(villageId));
      }
    }
  }
  return units;
}

/** Every demo unit, each after its parent. */
export const HUZHOU_UNITS: readonly DemoUnit[] = buildUnits();

const SURNAMES = ['张', '王', '李', '赵', '陈', '刘', '杨', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];

/** The deputy's title follows the unit: 副区长 in a district, 副县长 in a county, 副镇长 in a town, and so on. */
function deputyTitle(unit: DemoUnit): string {
  switch (unit.kind) {
    case 'city':
      return '副市长';
    case 'county':
      return unit.name.endsWith('区') ? '副区长' : '副县长';
    case 'township':
      return unit.name.endsWith('街道') ? '副主任' : unit.name.endsWith('乡') ? '副乡长' : '副镇长';
    case 'village':
      return '村委会主任';
    default:
      return '副局长';
  }
}

/** Which roles the demo fills at each kind of unit. */
const ROLES_BY_KIND: { readonly [K in OrgUnitKind]: readonly ResponsibleRole[] } = {
  city: ['secretary', 'deputy', 'liaison'],
  county: ['secretary', 'deputy', 'liaison'],
  township: ['secretary', 'deputy', 'liaison'],
  village: ['secretary', 'liaison'],
  grid: ['liaison'],
  department: ['secretary', 'liaison'],
};

function buildPeople(): DemoResponsiblePerson[] {
  const people: DemoResponsiblePerson[] = [];
  let next = 0;
  for (const unit of HUZHOU_UNITS) {
    for (const role of ROLES_BY_KIND[unit.kind]) {
      const surname = SURNAMES[next % SURNAMES.length]!;
      next += 1;
      const title = role === 'secretary' ? '书记' : role === 'deputy' ? deputyTitle(unit) : '联络员';
      people.push({ unitId: unit.id, role, personId: `person-${unit.id}-${role}`, name: `${surname}${title}` });
    }
  }
  return people;
}

/** Placeholder responsible people (第一责任人, 分管领导, 联络员) for every demo unit. */
export const HUZHOU_RESPONSIBLE_PEOPLE: readonly DemoResponsiblePerson[] = buildPeople();

/** When the demo's responsible people took office: 2025-01-01 00:00 in China. */
export const HUZHOU_PEOPLE_FROM = '2024-12-31T16:00:00.000Z';

/** The demo logins (issue 3), each with the unit it acts for and, where it has one, its home county. */
export const HUZHOU_DEMO_USERS: readonly DemoUser[] = [
  { username: 'admin', displayName: '市委督查室管理员', roles: ['admin'], orgUnitId: HUZHOU_CITY_ID },
  { username: 'inspector.wuxing', displayName: '督查员（吴兴区）', roles: ['inspector'], orgUnitId: 'wuxing', homeCountyId: 'wuxing' },
  { username: 'inspector.anji', displayName: '督查员（安吉县）', roles: ['inspector'], orgUnitId: 'anji', homeCountyId: 'anji' },
  { username: 'official.anji', displayName: '安吉县督查联络员', roles: ['official'], orgUnitId: 'anji', homeCountyId: 'anji' },
  { username: 'official.nanxun', displayName: '南浔区督查联络员', roles: ['official'], orgUnitId: 'nanxun', homeCountyId: 'nanxun' },
  {
    username: 'official.yucun',
    displayName: '余村联络员',
    roles: ['official'],
    orgUnitId: 'anji-tianhuangping-yucun',
    homeCountyId: 'anji',
  },
  { username: 'auditor', displayName: '纪检审计员', roles: ['auditor'], orgUnitId: HUZHOU_CITY_ID },
  { username: 'viewer', displayName: '观察员', roles: ['viewer'], orgUnitId: HUZHOU_CITY_ID },
];

export function huzhouOrgTree(): OrgTree {
  return new OrgTree(HUZHOU_UNITS);
}

/** One command for the org-unit workflow, with the stream it goes to. */
export interface OrgUnitSeedCommand {
  readonly streamId: string;
  readonly unitId: string;
  readonly command: OrgUnitCommand;
}

/**
 * The commands that build the demo org tree: each unit's RegisterUnit (with its parent's kind
 * filled in), then its AssignResponsiblePerson commands, parents before children. Send them as
 * the `system` actor at or after `from`.
 */
export function huzhouSeedCommands(from: string = HUZHOU_PEOPLE_FROM): OrgUnitSeedCommand[] {
  const kindOf = new Map(HUZHOU_UNITS.map((unit) => [unit.id, unit.kind]));
  const commands: OrgUnitSeedCommand[] = [];
  for (const unit of HUZHOU_UNITS) {
    const streamId = orgUnitStreamId(unit.id);
    commands.push({
      streamId,
      unitId: unit.id,
      command: {
        type: 'RegisterUnit',
        unitId: unit.id,
        kind: unit.kind,
        name: unit.name,
        parentId: unit.parentId,
        parentKind: unit.parentId === null ? null : (kindOf.get(unit.parentId) ?? null),
        ...(unit.code === undefined ? {} : { code: unit.code }),
      },
    });
    for (const person of HUZHOU_RESPONSIBLE_PEOPLE.filter((candidate) => candidate.unitId === unit.id)) {
      commands.push({
        streamId,
        unitId: unit.id,
        command: { type: 'AssignResponsiblePerson', role: person.role, personId: person.personId, name: person.name, from },
      });
    }
  }
  return commands;
}
