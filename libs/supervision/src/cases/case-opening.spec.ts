import { DomainError, ForbiddenError, RoleNotAllowedError } from '@app/workflow';
import { OpenCase } from './case.commands';
import {
  admin,
  assigned,
  auditor,
  HISTORY,
  inspector,
  openCase,
  opened,
  OPENED_AT,
  spec,
  stateOf,
  system,
  township,
  TOWNSHIP_CHAIN,
  YUCUN_CHAIN,
} from './case.spec-fixtures';

describe('case opening (立项, 交办)', () => {
  describe('OpenCase (立项)', () => {
    it('an inspector opens a case from a finding', () => {
      spec.given([]).when(openCase(), { actor: inspector, now: OPENED_AT }).then([opened]);
    });

    it('an admin opens a case directly, of critical severity, with title and description trimmed', () => {
      const [event] = spec.given([])
        .when(openCase({ source: { kind: 'direct' }, severity: 'critical', title: ' 标题 ', description: ' 说明 ' }), { actor: admin, now: OPENED_AT })
        .events();
      expect(event).toMatchObject({ data: { source: { kind: 'direct' }, severity: 'critical', title: '标题', description: '说明', openedBy: 'admin' } });
    });

    it('the system opens a child case of a split', () => {
      const child = openCase({ caseId: 'c-1-yucun', responsibleUnitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN, parentCaseId: 'c-1' });
      const [event] = spec.given([]).when(child, { actor: system, now: OPENED_AT }).events();
      expect(event).toMatchObject({ data: { caseId: 'c-1-yucun', parentCaseId: 'c-1', unitChain: YUCUN_CHAIN, openedBy: 'system' } });
      expect(stateOf([event!])).toMatchObject({ status: 'registered', parentCaseId: 'c-1', escalationLevel: 0, activeWarnings: [] });
    });

    it('an inspector opening a case not from a finding gets DIRECT_CASE_ADMIN_ONLY (403)', () => {
      spec.given([]).when(openCase({ source: { kind: 'direct' } }), { actor: inspector }).thenThrows(ForbiddenError, 'DIRECT_CASE_ADMIN_ONLY');
    });

    it.each([admin, inspector])('$userId opening a child case gets CHILD_CASE_OPENED_BY_SPLIT_ONLY (403)', (actor) => {
      spec.given([]).when(openCase({ parentCaseId: 'c-0' }), { actor }).thenThrows(ForbiddenError, 'CHILD_CASE_OPENED_BY_SPLIT_ONLY');
    });

    it.each<Partial<OpenCase>>([{ caseId: '' }, { title: ' ' }, { description: '' }, { responsibleUnitId: '' }])(
      'refuses %p with CASE_DETAILS_REQUIRED',
      (overrides) => {
        spec.given([]).when(openCase(overrides), { actor: admin }).thenThrows(DomainError, 'CASE_DETAILS_REQUIRED');
      },
    );

    it('refuses an unknown severity with UNKNOWN_CASE_SEVERITY', () => {
      spec.given([])
        .when(openCase({ severity: 'dire' as OpenCase['severity'] }), { actor: admin })
        .thenThrows(DomainError, 'UNKNOWN_CASE_SEVERITY');
    });

    it.each<[string, unknown]>([
      ['a finding without its ids', { kind: 'finding', roundId: 'r-1', taskId: '', findingId: 'f-1' }],
      ['an unknown kind', { kind: 'rumour' }],
      ['no source', undefined],
    ])('refuses %s with INVALID_CASE_SOURCE', (_name, source) => {
      spec.given([])
        .when(openCase({ source: source as OpenCase['source'] }), { actor: admin })
        .thenThrows(DomainError, 'INVALID_CASE_SOURCE');
    });

    it.each<[string, unknown]>([
      ['an empty chain', []],
      ['a chain not starting at the responsible unit', ['anji', 'huzhou']],
      ['a chain naming a unit twice', ['anji-tianhuangping', 'anji', 'anji', 'huzhou']],
      ['a chain with a blank unit', ['anji-tianhuangping', '', 'huzhou']],
    ])('refuses %s with INVALID_UNIT_CHAIN', (_name, unitChain) => {
      spec.given([])
        .when(openCase({ unitChain: unitChain as string[] }), { actor: admin })
        .thenThrows(DomainError, 'INVALID_UNIT_CHAIN');
    });

    it('a finding made in a village goes to its village, its township or a unit above (the finding unit is not recorded)', () => {
      for (const [responsibleUnitId, unitChain] of [
        ['anji-tianhuangping-yucun', YUCUN_CHAIN],
        ['anji-tianhuangping', TOWNSHIP_CHAIN],
      ] as const) {
        const [event] = spec.given([]).when(openCase({ responsibleUnitId, unitChain, findingUnitChain: YUCUN_CHAIN }), { actor: inspector, now: OPENED_AT }).events();
        expect(event).toMatchObject({ data: { responsibleUnitId } });
        expect(event!.data).not.toHaveProperty('findingUnitChain');
      }
    });

    it('refuses a finding’s case for a unit beside or below where the problem was found with CASE_UNIT_OFF_FINDING_CHAIN', () => {
      spec.given([])
        .when(openCase({ responsibleUnitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN, findingUnitChain: TOWNSHIP_CHAIN }), { actor: inspector })
        .thenThrows(DomainError, 'CASE_UNIT_OFF_FINDING_CHAIN');
      spec.given([])
        .when(openCase({ responsibleUnitId: 'anji-tianhuangping', unitChain: TOWNSHIP_CHAIN, findingUnitChain: ['deqing', 'huzhou'] }), { actor: inspector })
        .thenThrows(DomainError, 'CASE_UNIT_OFF_FINDING_CHAIN');
    });

    it.each([0, -1, 2.5])('refuses dueWorkingDays %p with INVALID_DEADLINE', (dueWorkingDays) => {
      spec.given([]).when(openCase({ dueWorkingDays }), { actor: admin }).thenThrows(DomainError, 'INVALID_DEADLINE');
    });

    it.each([township, auditor])('refuses $userId with ROLE_NOT_ALLOWED', (actor) => {
      spec.given([]).when(openCase(), { actor }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('AssignCase (交办)', () => {
    it('an admin assigns the case: due 5 working days from today, Monday to Monday', () => {
      spec.given(HISTORY.registered).when({ type: 'AssignCase' }, { actor: admin, now: OPENED_AT }).then([assigned]);
      expect(stateOf(HISTORY.assigned)).toMatchObject({ status: 'assigned', deadline: { dueOn: '2026-03-09', deadlineAt: '2026-03-09T15:59:59.999Z' } });
    });

    it.each([inspector, system])('$userId assigns too', (actor) => {
      const [event] = spec.given(HISTORY.registered).when({ type: 'AssignCase' }, { actor, now: OPENED_AT }).events();
      expect(event).toMatchObject({ type: 'CaseAssigned', data: { assignedBy: actor.userId, dueOn: '2026-03-09' } });
    });

    it('counts over the Spring Festival onto the make-up Saturday and past the holiday week', () => {
      // Thursday 12 February: Fri 13 (1), make-up Sat 14 (2), 15–23 off, Tue 24 (3).
      const history = [{ ...opened, data: { ...opened.data, dueWorkingDays: 3 } }];
      const [event] = spec.given(history).when({ type: 'AssignCase' }, { actor: admin, now: new Date('2026-02-12T02:00:00.000Z') }).events();
      expect(event).toMatchObject({ data: { dueOn: '2026-02-24', deadlineAt: '2026-02-24T15:59:59.999Z' } });
    });

    it('counts from the day it is in China, not in UTC', () => {
      // 17:00 UTC on Sunday 1 March is 01:00 on Monday 2 March in China.
      const [event] = spec.given(HISTORY.registered).when({ type: 'AssignCase' }, { actor: admin, now: new Date('2026-03-01T17:00:00.000Z') }).events();
      expect(event).toMatchObject({ data: { dueOn: '2026-03-09' } });
    });

    it.each([township, auditor])('refuses $userId with ROLE_NOT_ALLOWED', (actor) => {
      spec.given(HISTORY.registered).when({ type: 'AssignCase' }, { actor }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });
});
