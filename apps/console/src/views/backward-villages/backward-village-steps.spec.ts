import { isCountyOf, listingActions, stageOf } from './backward-village-steps';

const anji = { roles: ['official'], orgUnitId: 'anji' };
const yucun = { roles: ['official'], orgUnitId: 'anji-tianhuangping-yucun' };
const admin = { roles: ['admin'], orgUnitId: 'huzhou' };
const viewer = { roles: ['viewer'], orgUnitId: 'huzhou' };
const open = [{ completedAt: null }, { completedAt: '2026-03-10T02:00:00.000Z' }];
const done = [{ completedAt: '2026-03-10T02:00:00.000Z' }];

describe('the backward-village page', () => {
  it('offers the plan first, progress while rectifying, and the county’s acceptance once every measure is done', () => {
    expect(listingActions({ status: 'listed', countyId: 'anji', measures: [] }, yucun)).toEqual(['plan', 'progress']);
    expect(listingActions({ status: 'rectifying', countyId: 'anji', measures: open }, anji)).toEqual(['progress']);
    expect(listingActions({ status: 'rectifying', countyId: 'anji', measures: done }, anji)).toEqual(['progress', 'acceptance']);
    expect(listingActions({ status: 'rectifying', countyId: 'anji', measures: done }, yucun)).toEqual(['progress']);
    expect(listingActions({ status: 'accepted', countyId: 'anji', measures: done }, admin)).toEqual(['delist']);
    expect(listingActions({ status: 'accepted', countyId: 'anji', measures: done }, yucun)).toEqual([]);
    expect(listingActions({ status: 'listed', countyId: 'anji', measures: [] }, viewer)).toEqual([]);
    expect(listingActions({ status: 'delisted', countyId: 'anji', measures: done }, admin)).toEqual([]);
  });

  it('the county is the village’s own county, or an admin', () => {
    expect(isCountyOf({ countyId: 'anji' }, anji)).toBe(true);
    expect(isCountyOf({ countyId: 'nanxun' }, anji)).toBe(false);
    expect(isCountyOf({ countyId: null }, admin)).toBe(true);
  });

  it('shows the stage being worked on', () => {
    expect(stageOf({ status: 'listed', measures: [] })).toBe(1);
    expect(stageOf({ status: 'rectifying', measures: open })).toBe(2);
    expect(stageOf({ status: 'rectifying', measures: done })).toBe(3);
    expect(stageOf({ status: 'accepted', measures: done })).toBe(4);
    expect(stageOf({ status: 'delisted', measures: done })).toBe(5);
  });
});
