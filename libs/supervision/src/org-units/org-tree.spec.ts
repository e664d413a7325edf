import { OrgTree, OrgUnitSummary } from './org-tree';
import { InvalidOrgTree, OrgUnitNotFound } from './org-unit.errors';

const units: OrgUnitSummary[] = [
  { id: 'huzhou', kind: 'city', name: '湖州市', parentId: null },
  { id: 'huzhou-education', kind: 'department', name: '湖州市教育局', parentId: 'huzhou' },
  { id: 'anji', kind: 'county', name: '安吉县', parentId: 'huzhou' },
  { id: 'anji-education', kind: 'department', name: '安吉县教育局', parentId: 'anji' },
  { id: 'anji-tianhuangping', kind: 'township', name: '天荒坪镇', parentId: 'anji' },
  { id: 'anji-tianhuangping-yucun', kind: 'village', name: '余村', parentId: 'anji-tianhuangping' },
  { id: 'anji-tianhuangping-yucun-grid-1', kind: 'grid', name: '余村第一网格', parentId: 'anji-tianhuangping-yucun' },
  { id: 'anji-xilong', kind: 'township', name: '溪龙乡', parentId: 'anji' },
  { id: 'anji-xilong-huangdu', kind: 'village', name: '黄杜村', parentId: 'anji-xilong' },
  { id: 'nanxun', kind: 'county', name: '南浔区', parentId: 'huzhou' },
  { id: 'nanxun-lianshi', kind: 'township', name: '练市镇', parentId: 'nanxun' },
];

const ids = (found: readonly OrgUnitSummary[]): string[] => found.map((unit) => unit.id);

describe('OrgTree', () => {
  const tree = new OrgTree(units);

  describe('ancestors', () => {
    it('runs from the parent up to the city, nearest first', () => {
      expect(ids(tree.ancestors('anji-tianhuangping-yucun-grid-1'))).toEqual(['anji-tianhuangping-yucun', 'anji-tianhuangping', 'anji', 'huzhou']);
    });

    it('of a department is the level it hangs beside and the levels above', () => {
      expect(ids(tree.ancestors('anji-education'))).toEqual(['anji', 'huzhou']);
    });

    it('of the city is empty', () => {
      expect(tree.ancestors('huzhou')).toEqual([]);
    });

    it('of an unknown unit throws ORG_UNIT_NOT_FOUND (a NotFoundError, 404)', () => {
      expect(() => tree.ancestors('nowhere')).toThrow(OrgUnitNotFound);
      expect(() => tree.ancestors('nowhere')).toThrow(expect.objectContaining({ code: 'ORG_UNIT_NOT_FOUND' }));
    });
  });

  it('chain is the unit followed by its ancestors', () => {
    expect(ids(tree.chain('anji-xilong-huangdu'))).toEqual(['anji-xilong-huangdu', 'anji-xilong', 'anji', 'huzhou']);
  });

  describe('children and descendants', () => {
    it('children are the units directly below, levels and departments alike, in the order given', () => {
      expect(ids(tree.children('anji'))).toEqual(['anji-education', 'anji-tianhuangping', 'anji-xilong']);
      expect(tree.children('anji-xilong-huangdu')).toEqual([]);
    });

    it('descendants are every unit below, parents before children', () => {
      expect(ids(tree.descendants('anji'))).toEqual([
        'anji-education',
        'anji-tianhuangping',
        'anji-xilong',
        'anji-tianhuangping-yucun',
        'anji-xilong-huangdu',
        'anji-tianhuangping-yucun-grid-1',
      ]);
    });

    it('children of an unknown unit throws ORG_UNIT_NOT_FOUND', () => {
      expect(() => tree.children('nowhere')).toThrow(expect.objectContaining({ code: 'ORG_UNIT_NOT_FOUND' }));
    });
  });

  describe('isWithin (a scope is a unit and everything below it)', () => {
    it.each([
      ['anji', 'anji'],
      ['anji-tianhuangping-yucun', 'anji'],
      ['anji-tianhuangping-yucun-grid-1', 'anji-tianhuangping'],
      ['anji-education', 'anji'],
      ['nanxun-lianshi', 'huzhou'],
    ])('%s is within %s', (unitId, root) => {
      expect(tree.isWithin(unitId, root)).toBe(true);
    });

    it.each([
      ['anji', 'anji-tianhuangping'],
      ['anji-tianhuangping-yucun', 'nanxun'],
      ['anji-xilong-huangdu', 'anji-tianhuangping'],
      ['huzhou-education', 'anji'],
      ['nowhere', 'anji'],
      ['anji', 'nowhere'],
    ])('%s is not within %s', (unitId, root) => {
      expect(tree.isWithin(unitId, root)).toBe(false);
    });
  });

  describe('countyOf', () => {
    it.each([
      ['anji-tianhuangping-yucun-grid-1', 'anji'],
      ['anji-xilong-huangdu', 'anji'],
      ['anji', 'anji'],
      ['anji-education', 'anji'],
      ['nanxun-lianshi', 'nanxun'],
    ])('of %s is %s', (unitId, county) => {
      expect(tree.countyOf(unitId)?.id).toBe(county);
    });

    it('is undefined at city level', () => {
      expect(tree.countyOf('huzhou')).toBeUndefined();
      expect(tree.countyOf('huzhou-education')).toBeUndefined();
    });
  });

  it('finds, gets and lists units by kind', () => {
    expect(tree.has('anji')).toBe(true);
    expect(tree.find('nowhere')).toBeUndefined();
    expect(tree.get('anji-tianhuangping-yucun').name).toBe('余村');
    expect(ids(tree.ofKind('county'))).toEqual(['anji', 'nanxun']);
    expect(tree.units).toHaveLength(units.length);
  });

  describe('refuses a list that is not an org tree with INVALID_ORG_TREE', () => {
    const expectProblem = (list: OrgUnitSummary[], problem: RegExp): void => {
      let thrown: unknown;
      try {
        new OrgTree(list);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidOrgTree);
      expect((thrown as InvalidOrgTree).code).toBe('INVALID_ORG_TREE');
      expect((thrown as InvalidOrgTree).problems.join('\n')).toMatch(problem);
    };

    it('a unit listed twice', () => {
      expectProblem([...units, units[2]!], /anji appears more than once/);
    });

    it('a parent missing from the list', () => {
      expectProblem([{ id: 'deqing', kind: 'county', name: '德清县', parentId: 'hangzhou' }], /hangzhou, which is not in the list/);
    });

    it('a kind under the wrong parent', () => {
      expectProblem([...units, { id: 'x', kind: 'village', name: 'x', parentId: 'anji' }], /x is a village and cannot hang under the county anji/);
    });

    it('departments that are their own ancestors', () => {
      expectProblem(
        [
          { id: 'd1', kind: 'department', name: 'd1', parentId: 'd2' },
          { id: 'd2', kind: 'department', name: 'd2', parentId: 'd1' },
        ],
        /d1 is its own ancestor/,
      );
    });
  });
});
