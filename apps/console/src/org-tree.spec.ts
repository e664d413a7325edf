import { matchingUnits, UNIT_MATCH_LIMIT, type UnitOption } from './org-tree';

const village = (n: number): UnitOption => ({ value: `v-${n}`, label: `示例村${String(n).padStart(4, '0')}`, kind: 'village' });

describe('matchingUnits: what a unit picker lists for what was typed', () => {
  const tree: UnitOption[] = [
    {
      value: 'huzhou',
      label: '湖州市',
      kind: 'city',
      children: [
        { value: 'anji', label: '安吉县', kind: 'county', children: [{ value: 'yucun', label: '余村', kind: 'village' }, ...Array.from({ length: 80 }, (_, n) => village(n + 1))] },
      ],
    },
  ];

  it('lists the units whose name holds the text, flat and in tree order, without their children', () => {
    expect(matchingUnits(tree, '余村')).toEqual([{ value: 'yucun', label: '余村', kind: 'village' }]);
    expect(matchingUnits(tree, '安吉')).toEqual([{ value: 'anji', label: '安吉县', kind: 'county' }]);
  });

  it('stops at the limit, however many match', () => {
    const found = matchingUnits(tree, '示例');
    expect(found).toHaveLength(UNIT_MATCH_LIMIT);
    expect(found[0]).toEqual(village(1));
    expect(matchingUnits(tree, '示例', 3).map((unit) => unit.value)).toEqual(['v-1', 'v-2', 'v-3']);
  });
});
