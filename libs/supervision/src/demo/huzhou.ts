import { OrgTree, OrgUnitCommand, OrgUnitKind, OrgUnitSummary, orgUnitStreamId, ResponsibleRole } from '../org-units';
import { AccountRole } from '../accounts/account';

/*
 * Demo data: the Huzhou (湖州市) org tree at the source's scale — the five districts and counties,
 * their 68 townships and streets, 1,212 villages and communities and 2,512 grids (全科网格).
 * Counties and townships carry their real names, as do the villages the source or the demo names
 * (余村, 黄杜村, 鲁家村 …); every other village, community and grid is made up, flagged
 * `generated`, and named so that it reads as an example: 示例村0001, 示例社区0001, 示例网格0001.
 * The tree is the same on every run (a seeded generator). Every person is a placeholder (a
 * surname and a title), not an official.
 *
 * Two scales: `city`, the whole tree (what `npm start` seeds), and `core`, the real-named units
 * of the first demo only (city, counties, 20 townships, 8 villages, a grid, 3 departments), which
 * the test suites seed. Every core unit is in the city tree, under the same parent, with the same id.
 */

export interface DemoUnit extends OrgUnitSummary {
  /** The administrative division code (行政区划代码), where given. */
  readonly code?: string;
  /** The name is made up (示例…), not a real place's. */
  readonly generated?: true;
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

/** `city`: the whole of Huzhou at the source's scale; `core`: the first demo's real-named units only. */
export type DemoScale = 'city' | 'core';

export const DEMO_SCALES: readonly DemoScale[] = ['city', 'core'];

type VillageSpec = readonly [slug: string, name: string];
type TownshipSpec = readonly [slug: string, name: string, villages?: readonly VillageSpec[]];

interface CountySpec {
  readonly id: string;
  readonly name: string;
  readonly code: string;
  /** The townships of the core demo, with its real villages. */
  readonly townships: readonly TownshipSpec[];
  /** The county's other townships and streets (real names), in the city tree only. */
  readonly moreTownships: readonly TownshipSpec[];
}

export const HUZHOU_CITY_ID = 'huzhou';

/** The source's counts: villages and communities (第一书记全覆盖), and grids (全科网格). */
export const HUZHOU_VILLAGE_COUNT = 1212;
export const HUZHOU_GRID_COUNT = 2512;

const COUNTIES: readonly CountySpec[] = [
  {
    id: 'wuxing',
    name: '吴兴区',
    code: '330502',
    townships: [['aishan', '爱山街道'], ['zhili', '织里镇', [['yigao', '义皋村']]], ['balidian', '八里店镇'], ['miaoxi', '妙西镇']],
    moreTownships: [
      ['yuehe', '月河街道'],
      ['chaoyang', '朝阳街道'],
      ['feiying', '飞英街道'],
      ['longquan', '龙泉街道'],
      ['fenghuang', '凤凰街道'],
      ['kangshan', '康山街道'],
      ['renhuangshan', '仁皇山街道'],
      ['binhu', '滨湖街道'],
      ['yangjiabu', '杨家埠街道'],
      ['huanzhu', '环渚街道'],
      ['daixi', '埭溪镇'],
      ['donglin', '东林镇'],
    ],
  },
  {
    id: 'nanxun',
    name: '南浔区',
    code: '330503',
    townships: [['nanxun', '南浔镇'], ['lianshi', '练市镇'], ['shuanglin', '双林镇'], ['hefu', '和孚镇', [['digang', '荻港村']]]],
    moreTownships: [
      ['linghu', '菱湖镇'],
      ['shanlian', '善琏镇'],
      ['qianjin', '千金镇'],
      ['shicong', '石淙镇'],
      ['jiuguan', '旧馆街道'],
      ['dongqian', '东迁街道'],
    ],
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
    moreTownships: [
      ['wuyang', '舞阳街道'],
      ['fuxi', '阜溪街道'],
      ['xiazhuhu', '下渚湖街道'],
      ['luoshe', '洛舍镇'],
      ['zhongguan', '钟管镇'],
      ['xinan', '新安镇'],
      ['yuyue', '禹越镇'],
      ['leidian', '雷甸镇'],
    ],
  },
  {
    id: 'changxing',
    name: '长兴县',
    code: '330522',
    townships: [['zhicheng', '雉城街道'], ['taihu', '太湖街道'], ['shuikou', '水口乡', [['guzhu', '顾渚村']]], ['meishan', '煤山镇']],
    moreTownships: [
      ['huaxi', '画溪街道'],
      ['longshan', '龙山街道'],
      ['hongqiao', '洪桥镇'],
      ['lijiaxiang', '李家巷镇'],
      ['jiapu', '夹浦镇'],
      ['lincheng', '林城镇'],
      ['hongxingqiao', '虹星桥镇'],
      ['xiaopu', '小浦镇'],
      ['sian', '泗安镇'],
      ['heping', '和平镇'],
      ['lvshan', '吕山乡'],
    ],
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
    moreTownships: [
      ['changshuo', '昌硕街道'],
      ['lingfeng', '灵峰街道'],
      ['xiaoyuan', '孝源街道'],
      ['baofu', '报福镇'],
      ['zhangcun', '章村镇'],
      ['meixi', '梅溪镇'],
      ['tianzihu', '天子湖镇'],
      ['zhangwu', '鄣吴镇'],
      ['hangai', '杭垓镇'],
      ['shangshu', '上墅乡'],
      ['shanchuan', '山川乡'],
    ],
  },
];

/** Grids (网格) and departments (横向到边) of the core demo, added to the levels above. */
const EXTRA_UNITS: readonly DemoUnit[] = [
  { id: 'huzhou-education', kind: 'department', name: '湖州市教育局', parentId: HUZHOU_CITY_ID },
  { id: 'anji-education', kind: 'department', name: '安吉县教育局', parentId: 'anji' },
  { id: 'anji-health', kind: 'department', name: '安吉县卫生健康局', parentId: 'anji' },
  { id: 'anji-tianhuangping-yucun-grid-1', kind: 'grid', name: '余村第一网格', parentId: 'anji-tianhuangping-yucun' },
];

/** mulberry32: a small seeded generator, so the city tree is the same on every run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `total` shared out in proportion to `weights`, each share at least `floor` (largest remainders,
 * so the shares add up to `total` exactly).
 */
function shareOut(total: number, weights: readonly number[], floor: number): number[] {
  const spare = total - floor * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (spare * weight) / sum);
  const shares = exact.map((value) => Math.floor(value));
  let left = spare - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    shares[index]! += 1;
    left -= 1;
  }
  return shares.map((share) => share + floor);
}

/** Which share of a township's made-up units are communities (社区) rather than villages: most of a street's. */
function communityShare(townshipName: string): number {
  return townshipName.endsWith('街道') ? 0.7 : townshipName.endsWith('镇') ? 0.12 : 0.05;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

interface Township {
  readonly unit: DemoUnit;
  readonly villages: readonly VillageSpec[];
}

function buildUnits(scale: DemoScale): DemoUnit[] {
  const countyTownships = COUNTIES.map((county) =>
    (scale === 'city' ? [...county.townships, ...county.moreTownships] : county.townships).map(
      ([slug, name, villages = []]): Township => ({ unit: { id: `${county.id}-${slug}`, kind: 'township', name, parentId: county.id }, villages }),
    ),
  );
  const townships = countyTownships.flat();
  const random = seededRandom(20260101);
  const villageCounts =
    scale === 'city'
      ? shareOut(HUZHOU_VILLAGE_COUNT, townships.map(() => 0.5 + random()), 0).map((count, index) => Math.max(count, townships[index]!.villages.length))
      : townships.map((township) => township.villages.length);
  const villagesOf = new Map(townships.map((township, index) => [township.unit.id, villagesUnder(township, villageCounts[index]!, random)]));
  const allVillages = [...villagesOf.values()].flat();
  const gridCounts = scale === 'city' ? shareOut(HUZHOU_GRID_COUNT, allVillages.map(() => random() ** 2), 1) : allVillages.map(() => 0);
  const gridsOf = new Map(allVillages.map((village, index) => [village.id, gridCounts[index]!]));

  const units: DemoUnit[] = [];
  const extras = (parentId: string): DemoUnit[] => EXTRA_UNITS.filter((unit) => unit.parentId === parentId);
  const serial = { village: 0, community: 0, grid: 0 };
  units.push({ id: HUZHOU_CITY_ID, kind: 'city', name: '湖州市', parentId: null, code: '330500' }, ...extras(HUZHOU_CITY_ID));
  for (const [countyIndex, county] of COUNTIES.entries()) {
    units.push({ id: county.id, kind: 'county', name: county.name, parentId: HUZHOU_CITY_ID, code: county.code }, ...extras(county.id));
    for (const township of countyTownships[countyIndex]!) {
      units.push(township.unit, ...extras(township.unit.id));
      for (const village of villagesOf.get(township.unit.id)!) {
        units.push(village.generated === true ? nameGenerated(village, serial) : village, ...extras(village.id));
        const kept = extras(village.id).filter((unit) => unit.kind === 'grid').length;
        for (let n = kept + 1; n <= gridsOf.get(village.id)!; n += 1) {
          serial.grid += 1;
          units.push({ id: `${village.id}-grid-${n}`, kind: 'grid', name: `示例网格${pad(serial.grid, 4)}`, parentId: village.id, generated: true });
        }
      }
    }
  }
  return units;
}

/** A township's villages: its real ones, then made-up villages and communities up to `count` (named later, in tree order). */
function villagesUnder(township: Township, count: number, random: () => number): DemoUnit[] {
  const { id: townshipId, name: townshipName } = township.unit;
  const real: DemoUnit[] = township.villages.map(([slug, name]) => ({ id: `${townshipId}-${slug}`, kind: 'village', name, parentId: townshipId }));
  const made = count - real.length;
  const communities = Math.min(made, Math.round(made * communityShare(townshipName) + (random() - 0.5)));
  const generated: DemoUnit[] = [];
  for (let n = 1; n <= made; n += 1) {
    const community = n <= communities;
    const id = community ? `${townshipId}-community-${pad(n, 2)}` : `${townshipId}-village-${pad(n - communities, 2)}`;
    generated.push({ id, kind: 'village', name: community ? '社区' : '村', parentId: townshipId, generated: true });
  }
  return [...real, ...generated];
}

/** 示例社区0001, 示例村0001 …: numbered across the city in tree order. */
function nameGenerated(village: DemoUnit, serial: { village: number; community: number }): DemoUnit {
  const community = village.name === '社区';
  if (community) serial.community += 1;
  else serial.village += 1;
  return { ...village, name: community ? `示例社区${pad(serial.community, 4)}` : `示例村${pad(serial.village, 4)}` };
}

const UNITS: { readonly [S in DemoScale]: readonly DemoUnit[] } = { city: buildUnits('city'), core: buildUnits('core') };

/** The demo's units at `scale`, each after its parent. */
export function huzhouUnits(scale: DemoScale): readonly DemoUnit[] {
  return UNITS[scale];
}

/** Every unit of the whole city's demo tree, each after its parent. */
export const HUZHOU_UNITS: readonly DemoUnit[] = UNITS.city;

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
  // 全科网格: the grid's 网格党支部 secretary and its 网格员.
  grid: ['secretary', 'grid-worker'],
  department: ['secretary', 'liaison'],
};

function buildPeople(units: readonly DemoUnit[]): DemoResponsiblePerson[] {
  const people: DemoResponsiblePerson[] = [];
  let next = 0;
  for (const unit of units) {
    for (const role of ROLES_BY_KIND[unit.kind]) {
      const surname = SURNAMES[next % SURNAMES.length]!;
      next += 1;
      const title = role === 'secretary' ? (unit.kind === 'grid' ? '支部书记' : '书记') : role === 'deputy' ? deputyTitle(unit) : role === 'grid-worker' ? '网格员' : '联络员';
      people.push({ unitId: unit.id, role, personId: `person-${unit.id}-${role}`, name: `${surname}${title}` });
    }
  }
  return people;
}

const PEOPLE: { readonly [S in DemoScale]: readonly DemoResponsiblePerson[] } = { city: buildPeople(UNITS.city), core: buildPeople(UNITS.core) };

/** Placeholder responsible people (第一责任人, 分管领导, 联络员) for every unit of the demo at `scale`. */
export function huzhouResponsiblePeople(scale: DemoScale): readonly DemoResponsiblePerson[] {
  return PEOPLE[scale];
}

/** Placeholder responsible people for every unit of the whole city's demo tree. */
export const HUZHOU_RESPONSIBLE_PEOPLE: readonly DemoResponsiblePerson[] = PEOPLE.city;

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

export function huzhouOrgTree(scale: DemoScale = 'city'): OrgTree {
  return new OrgTree(UNITS[scale]);
}

/** The commands that build one unit's stream, in order, with the stream they go to. */
export interface OrgUnitSeedStream {
  readonly streamId: string;
  readonly unitId: string;
  readonly commands: readonly OrgUnitCommand[];
}

/**
 * The commands that build the demo org tree at `scale`, one stream per unit, parents before
 * children: the unit's RegisterUnit (with its parent's kind filled in), then its
 * AssignResponsiblePerson commands. Send them as the `system` actor at or after `from`.
 */
export function huzhouSeedStreams(scale: DemoScale, from: string = HUZHOU_PEOPLE_FROM): OrgUnitSeedStream[] {
  const units = UNITS[scale];
  const kindOf = new Map(units.map((unit) => [unit.id, unit.kind]));
  const peopleOf = new Map<string, DemoResponsiblePerson[]>();
  for (const person of PEOPLE[scale]) peopleOf.set(person.unitId, [...(peopleOf.get(person.unitId) ?? []), person]);
  return units.map((unit) => ({
    streamId: orgUnitStreamId(unit.id),
    unitId: unit.id,
    commands: [
      {
        type: 'RegisterUnit',
        unitId: unit.id,
        kind: unit.kind,
        name: unit.name,
        parentId: unit.parentId,
        parentKind: unit.parentId === null ? null : (kindOf.get(unit.parentId) ?? null),
        ...(unit.code === undefined ? {} : { code: unit.code }),
      },
      ...(peopleOf.get(unit.id) ?? []).map(
        (person): OrgUnitCommand => ({ type: 'AssignResponsiblePerson', role: person.role, personId: person.personId, name: person.name, from }),
      ),
    ],
  }));
}
