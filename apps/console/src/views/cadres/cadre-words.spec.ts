import { adjustableTerms, unitsServed } from './cadre-words';

const terms = [
  { unitId: 'anji-tianhuangping-yucun', unitName: '余村', unitKind: 'village', role: 'liaison', until: '2025-01-01T00:00:00.000Z' },
  { unitId: 'anji-tianhuangping-yucun', unitName: '余村', unitKind: 'village', role: 'secretary', until: null },
  { unitId: 'anji-tianhuangping', unitName: '天荒坪镇', unitKind: 'township', role: 'deputy', until: null },
];

describe('the cadre page', () => {
  it('offers each unit the person served once for a record, and only the village roles held now for an adjustment', () => {
    expect(unitsServed(terms)).toEqual([
      { unitId: 'anji-tianhuangping-yucun', label: '余村' },
      { unitId: 'anji-tianhuangping', label: '天荒坪镇' },
    ]);
    expect(adjustableTerms(terms).map((term) => term.role)).toEqual(['secretary']);
  });
});
