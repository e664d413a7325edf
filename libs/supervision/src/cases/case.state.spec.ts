import { CaseEvent } from './case.events';
import { accountableUnitIdsOf, accountableUnitOf, ExistingCase } from './case.state';
import { HISTORY, LATER, opened, signed, stateOf } from './case.spec-fixtures';

describe('case state', () => {
  describe('the state', () => {
    it('names the unit accountable now: the responsible unit until an escalation', () => {
      expect(accountableUnitOf(stateOf(HISTORY['in-progress']) as ExistingCase)).toBe('anji-tianhuangping');
      const escalated: CaseEvent = {
        type: 'CaseEscalated',
        data: { caseId: 'c-1', fromUnitId: 'anji-tianhuangping', toUnitId: 'anji', escalationLevel: 1, escalatedAt: LATER.toISOString() },
      };
      expect(accountableUnitOf(stateOf([...HISTORY['in-progress'], escalated]) as ExistingCase)).toBe('anji');
    });

    it('after a red escalation the responsible unit stays accountable, beside the unit above it', () => {
      const escalated: CaseEvent = {
        type: 'CaseEscalated',
        data: { caseId: 'c-1', fromUnitId: 'anji-tianhuangping', toUnitId: 'anji', escalationLevel: 1, escalatedAt: LATER.toISOString() },
      };
      expect(accountableUnitIdsOf(stateOf(HISTORY['in-progress']) as ExistingCase)).toEqual(['anji-tianhuangping']);
      expect(accountableUnitIdsOf(stateOf([...HISTORY['in-progress'], escalated]) as ExistingCase)).toEqual(['anji-tianhuangping', 'anji']);
      const again: CaseEvent = { type: 'CaseEscalated', data: { ...escalated.data, fromUnitId: 'anji', toUnitId: 'huzhou', escalationLevel: 2 } };
      expect(accountableUnitIdsOf(stateOf([...HISTORY['in-progress'], escalated, again]) as ExistingCase)).toEqual(['anji-tianhuangping', 'anji', 'huzhou']);
    });

    it('ignores an event that does not fit the step (folding never throws)', () => {
      expect(stateOf([opened, signed])).toMatchObject({ status: 'registered' });
      expect(stateOf([...HISTORY.closed, opened])).toMatchObject({ status: 'closed' });
    });
  });
});
