import { Actor } from '@app/workflow';
import { assertWithinOrgScope, isWithinOrgScope, orgScopeOfList } from './org-scope';

const YUCUN_CHAIN = ['anji-tianhuangping-yucun', 'anji-tianhuangping', 'anji', 'huzhou'];
const official = (orgUnitId?: string): Actor => ({ userId: 'o', roles: ['official'], ...(orgUnitId === undefined ? {} : { orgUnitId }) });

describe('org scope (属地)', () => {
  it.each([
    ['the unit itself', 'anji-tianhuangping-yucun', true],
    ['a unit above it', 'anji-tianhuangping', true],
    ['the county above', 'anji', true],
    ['a unit beside it', 'anji-xilong', false],
    ['another county', 'nanxun', false],
  ])('an official of %s acts on 余村 → %s', (_name, unit, within) => {
    expect(isWithinOrgScope(official(unit), YUCUN_CHAIN)).toBe(within);
  });

  it('an official without a unit is within nothing; other roles and admins are within everything', () => {
    expect(isWithinOrgScope(official(), YUCUN_CHAIN)).toBe(false);
    for (const roles of [['admin'], ['inspector'], ['auditor'], ['viewer'], ['official', 'admin']]) {
      expect(isWithinOrgScope({ userId: 'x', roles, orgUnitId: 'nanxun' }, YUCUN_CHAIN)).toBe(true);
    }
  });

  it('refuses with OUT_OF_SCOPE and names nothing of the resource', () => {
    let refusal: unknown;
    try {
      assertWithinOrgScope(official('nanxun'), YUCUN_CHAIN);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ code: 'OUT_OF_SCOPE' });
    expect(JSON.stringify(refusal)).not.toMatch(/yucun|anji/);
  });

  it('confines an official’s lists to its own unit and the one asked for; reads nothing without a unit', () => {
    expect(orgScopeOfList(official('anji'), undefined)).toEqual(['anji']);
    expect(orgScopeOfList(official('anji'), 'anji-xilong')).toEqual(['anji', 'anji-xilong']);
    expect(orgScopeOfList(official(), 'anji')).toBeUndefined();
    expect(orgScopeOfList({ userId: 'a', roles: ['admin'] }, 'anji')).toEqual(['anji']);
    expect(orgScopeOfList({ userId: 'a', roles: ['viewer'] }, undefined)).toEqual([]);
  });
});
