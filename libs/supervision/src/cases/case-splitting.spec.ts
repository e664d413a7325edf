import { DomainError, ForbiddenError, RoleNotAllowedError } from '@app/workflow';
import { ChildCasesOpen, DuplicateChildCase, UnknownChildCase } from './case.errors';
import { CaseEvent } from './case.events';
import {
  admin,
  after,
  assigned,
  COMMANDS,
  HISTORY,
  inspector,
  LATER,
  openCase,
  opened,
  OPENED_AT,
  signed,
  spec,
  splitCase,
  stateOf,
  system,
  township,
  village,
  YUCUN_CHAIN,
} from './case.spec-fixtures';

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('case splitting (逐级传导压力, 纵向到底)', () => {
  describe('SplitCase (逐级传导: split to lower units)', () => {
    const GRID_CHAIN = ['anji-tianhuangping-yucun-grid-1', ...YUCUN_CHAIN];

    it('the responsible unit passes part of the case down to a village; the child refers to the parent’s description, not a copy', () => {
      spec.given(HISTORY.signed)
        .when(splitCase(), { actor: township })
        .then([
          {
            type: 'CaseSplit',
            data: {
              caseId: 'c-1',
              severity: 'high',
              source: { kind: 'finding', roundId: 'r-2026-q1', taskId: 't-anji', findingId: 'f-1' },
              children: [{ caseId: 'c-1-yucun', unitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN, title: '余村终端设施恢复运行', dueWorkingDays: 3 }],
              splitBy: 'official.tianhuangping',
              splitAt: LATER.toISOString(),
            },
          },
        ]);
    });

    it('a split of 50 children of a 5000-character description stays small: no child carries the parent’s text', () => {
      const long = '农村生活污水处理终端设施长期停运'.repeat(313).slice(0, 5000);
      const history = [{ ...opened, data: { ...opened.data, description: long } }, assigned, signed];
      const children = Array.from({ length: 50 }, (_unused, index) => ({
        caseId: `c-1-child-${index}`,
        unitId: 'anji-tianhuangping-yucun',
        unitChain: YUCUN_CHAIN,
        title: `余村第${index + 1}项整改`,
        dueWorkingDays: 3,
      }));
      const [event] = spec.given(history).when(splitCase({ children }), { actor: township }).events();
      expect(JSON.stringify(event).length).toBeLessThan(16 * 1024);
      expect(JSON.stringify(event)).not.toContain(long.slice(0, 50));
    });

    it('a child opened with no description of its own records none: it shares its parent’s', () => {
      const child = openCase({ caseId: 'c-1-yucun', responsibleUnitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN, parentCaseId: 'c-1', description: null });
      const [event] = spec.given([]).when(child, { actor: system, now: OPENED_AT }).events();
      expect(event).toMatchObject({ type: 'CaseOpened', data: { caseId: 'c-1-yucun', description: null, parentCaseId: 'c-1' } });
      expect(stateOf([event!])).toMatchObject({ description: null, parentCaseId: 'c-1' });
    });

    it('a case that is no child has a description of its own: CASE_DETAILS_REQUIRED otherwise', () => {
      const error = thrownBy(() => spec.given([]).when(openCase({ description: null }), { actor: admin }).events());
      expect(error).toMatchObject({ code: 'CASE_DETAILS_REQUIRED', details: { missing: ['description'] } });
    });

    it('a split recorded with copies of the parent’s description (before children shared it) still folds, and its child still opens with its copy', () => {
      const copied: CaseEvent = {
        type: 'CaseSplit',
        data: {
          caseId: 'c-1',
          severity: 'high',
          source: opened.data.source,
          children: [{ caseId: 'c-1-yucun', unitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN, title: '余村', description: opened.data.description!, dueWorkingDays: 3 }],
          splitBy: 'official.tianhuangping',
          splitAt: LATER.toISOString(),
        },
      };
      expect(stateOf([...HISTORY.signed, copied])).toMatchObject({ children: [{ caseId: 'c-1-yucun', title: '余村', closed: false }] });
      const childOpened: CaseEvent = {
        type: 'CaseOpened',
        data: { ...opened.data, caseId: 'c-1-yucun', responsibleUnitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN, parentCaseId: 'c-1', openedBy: 'system' },
      };
      expect(stateOf([childOpened])).toMatchObject({ description: opened.data.description, parentCaseId: 'c-1' });
    });

    it('an admin splits to several units at once, any depth below; the parent follows each child', () => {
      const history = after(
        HISTORY['in-progress'],
        splitCase({
          children: [
            { caseId: 'c-1-yucun', unitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN, title: '余村', description: '余村终端', dueWorkingDays: 3 },
            { caseId: 'c-1-grid', unitId: 'anji-tianhuangping-yucun-grid-1', unitChain: GRID_CHAIN, title: '第一网格', dueWorkingDays: 1 },
          ],
        }),
        { actor: admin },
      );
      expect(history.at(-1)).toMatchObject({ data: { children: [{ description: '余村终端' }, { caseId: 'c-1-grid' }], splitBy: 'admin' } });
      expect(stateOf(history)).toMatchObject({
        status: 'in-progress',
        children: [
          { caseId: 'c-1-yucun', unitId: 'anji-tianhuangping-yucun', title: '余村', closed: false },
          { caseId: 'c-1-grid', unitId: 'anji-tianhuangping-yucun-grid-1', title: '第一网格', closed: false },
        ],
      });
    });

    it.each<[string, string, string[]]>([
      ['a village of another township', 'anji-xilong-huangdu', ['anji-xilong-huangdu', 'anji-xilong', 'anji', 'huzhou']],
      ['the county above', 'anji', ['anji', 'huzhou']],
      ['the case’s own unit', 'anji-tianhuangping', ['anji-tianhuangping', 'anji', 'huzhou']],
    ])('refuses %s with CHILD_UNIT_NOT_BELOW', (_name, unitId, unitChain) => {
      spec.given(HISTORY.signed)
        .when(splitCase({ children: [{ caseId: 'c-1-x', unitId, unitChain, title: '子件', dueWorkingDays: 2 }] }), { actor: township })
        .thenThrows(DomainError, 'CHILD_UNIT_NOT_BELOW');
    });

    it('refuses a child chain that does not start at the child unit with INVALID_UNIT_CHAIN', () => {
      spec.given(HISTORY.signed)
        .when(splitCase({ children: [{ caseId: 'c-1-x', unitId: 'anji-tianhuangping-yucun', unitChain: ['anji-tianhuangping', 'anji'], title: '子件', dueWorkingDays: 2 }] }), { actor: township })
        .thenThrows(DomainError, 'INVALID_UNIT_CHAIN');
    });

    it('refuses no children with SPLIT_WITHOUT_CHILDREN', () => {
      spec.given(HISTORY.signed).when(splitCase({ children: [] }), { actor: township }).thenThrows(DomainError, 'SPLIT_WITHOUT_CHILDREN');
    });

    it.each([{ caseId: '' }, { unitId: ' ' }, { title: '' }])('refuses a child with %p with CHILD_CASE_INCOMPLETE', (overrides) => {
      spec.given(HISTORY.signed)
        .when(splitCase({ children: [{ ...splitCase().children[0]!, ...overrides }] }), { actor: township })
        .thenThrows(DomainError, 'CHILD_CASE_INCOMPLETE');
    });

    it('refuses a child id already taken — the parent’s, a sibling’s, an earlier child’s — with DUPLICATE_CHILD_CASE', () => {
      const child = splitCase().children[0]!;
      spec.given(HISTORY.signed).when(splitCase({ children: [{ ...child, caseId: 'c-1' }] }), { actor: township }).thenThrows(DuplicateChildCase, 'DUPLICATE_CHILD_CASE');
      spec.given(HISTORY.signed).when(splitCase({ children: [child, child] }), { actor: township }).thenThrows(DuplicateChildCase, 'DUPLICATE_CHILD_CASE');
      const history = after(HISTORY.signed, splitCase(), { actor: township });
      spec.given(history).when(splitCase(), { actor: township }).thenThrows(DuplicateChildCase, 'DUPLICATE_CHILD_CASE');
    });

    it.each([0, 2.5])('refuses a child due in %p working days with INVALID_DEADLINE', (dueWorkingDays) => {
      spec.given(HISTORY.signed)
        .when(splitCase({ children: [{ ...splitCase().children[0]!, dueWorkingDays }] }), { actor: township })
        .thenThrows(DomainError, 'INVALID_DEADLINE');
    });

    it('a child is due no later than its parent: on the same day is fine, a day later gets CHILD_DEADLINE_AFTER_PARENT', () => {
      // From Wednesday 4 March, 3 working days is Monday 9 March, the parent's due day; 4 is Tuesday.
      const child = splitCase().children[0]!;
      expect(spec.given(HISTORY.signed).when(splitCase({ children: [{ ...child, dueWorkingDays: 3 }] }), { actor: township }).events()).toHaveLength(1);
      spec.given(HISTORY.signed)
        .when(splitCase({ children: [{ ...child, dueWorkingDays: 4 }] }), { actor: township })
        .thenThrows(DomainError, 'CHILD_DEADLINE_AFTER_PARENT');
    });

    it('refuses an official of a unit below with OUT_OF_SCOPE', () => {
      spec.given(HISTORY.signed).when(splitCase(), { actor: village }).thenThrows(ForbiddenError, 'OUT_OF_SCOPE');
    });

    it('refuses an inspector with ROLE_NOT_ALLOWED', () => {
      spec.given(HISTORY.signed).when(splitCase(), { actor: inspector }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('child cases and the parent’s submission', () => {
    const two = splitCase({
      children: [
        { caseId: 'c-1-yucun', unitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN, title: '余村', dueWorkingDays: 3 },
        { caseId: 'c-1-grid', unitId: 'anji-tianhuangping-yucun-grid-1', unitChain: ['anji-tianhuangping-yucun-grid-1', ...YUCUN_CHAIN], title: '网格', dueWorkingDays: 2 },
      ],
    });
    const split = after(HISTORY['in-progress'], two, { actor: township });
    const childClosed = (childCaseId: string): CaseEvent => ({ type: 'ChildCaseClosed', data: { caseId: 'c-1', childCaseId, recordedAt: LATER.toISOString() } });

    it('while any child is open the parent is not submitted: CHILD_CASES_OPEN names the open ones', () => {
      const error = thrownBy(() => spec.given(split).when(COMMANDS.SubmitCase[0], { actor: township }).events());
      expect(error).toBeInstanceOf(ChildCasesOpen);
      expect(error).toMatchObject({ code: 'CHILD_CASES_OPEN', details: { caseId: 'c-1', openChildCaseIds: ['c-1-yucun', 'c-1-grid'] } });
      const oneClosed = [...split, childClosed('c-1-yucun')];
      expect(thrownBy(() => spec.given(oneClosed).when(COMMANDS.SubmitCase[0], { actor: township }).events())).toMatchObject({
        code: 'CHILD_CASES_OPEN',
        details: { openChildCaseIds: ['c-1-grid'] },
      });
    });

    it('the system records a child’s closing; when every child is closed the parent is submitted', () => {
      spec.given(split).when({ type: 'RecordChildCaseClosed', childCaseId: 'c-1-yucun' }, { actor: system }).then([childClosed('c-1-yucun')]);
      const history = [...split, childClosed('c-1-yucun'), childClosed('c-1-grid')];
      expect(stateOf(history)).toMatchObject({ children: [{ closed: true }, { closed: true }] });
      expect(spec.given(history).when(COMMANDS.SubmitCase[0], { actor: township }).events()).toEqual([expect.objectContaining({ type: 'CaseSubmitted' })]);
    });

    it('a closing delivered twice decides nothing the second time, even once the parent is closed', () => {
      const history = [...split, childClosed('c-1-yucun')];
      spec.given(history).when({ type: 'RecordChildCaseClosed', childCaseId: 'c-1-yucun' }, { actor: system }).then([]);
      let closedParent = [...history, childClosed('c-1-grid')];
      closedParent = after(closedParent, COMMANDS.SubmitCase[0], { actor: township });
      closedParent = after(closedParent, { type: 'VerifyCase' }, { actor: admin });
      spec.given(closedParent).when({ type: 'RecordChildCaseClosed', childCaseId: 'c-1-grid' }, { actor: system }).then([]);
    });

    it('a case that is not a child gets UNKNOWN_CHILD_CASE, on an open or a closed parent', () => {
      spec.given(split).when({ type: 'RecordChildCaseClosed', childCaseId: 'c-9' }, { actor: system }).thenThrows(UnknownChildCase, 'UNKNOWN_CHILD_CASE');
      spec.given(HISTORY.closed).when({ type: 'RecordChildCaseClosed', childCaseId: 'c-9' }, { actor: system }).thenThrows(UnknownChildCase, 'UNKNOWN_CHILD_CASE');
    });

    it.each([admin, township])('only the system records a child’s closing: $userId gets ROLE_NOT_ALLOWED', (actor) => {
      spec.given(split).when({ type: 'RecordChildCaseClosed', childCaseId: 'c-1-yucun' }, { actor }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });

    it('end to end: the process manager opens and assigns a child from CaseSplit; its CaseClosed names the parent', () => {
      const [splitEvent] = spec.given(HISTORY.signed).when(splitCase(), { actor: township }).events();
      if (splitEvent?.type !== 'CaseSplit') throw new Error('expected CaseSplit');
      const plan = splitEvent.data.children[0]!;
      let child = after(
        [],
        {
          type: 'OpenCase',
          caseId: plan.caseId,
          title: plan.title,
          description: plan.description ?? null,
          severity: splitEvent.data.severity,
          source: splitEvent.data.source,
          responsibleUnitId: plan.unitId,
          unitChain: plan.unitChain,
          dueWorkingDays: plan.dueWorkingDays,
          parentCaseId: splitEvent.data.caseId,
        },
        { actor: system },
      );
      child = after(child, { type: 'AssignCase' }, { actor: system });
      expect(stateOf(child)).toMatchObject({ status: 'assigned', deadline: { dueOn: '2026-03-09' } });
      child = after(child, { type: 'SignCase' }, { actor: village });
      child = after(child, { type: 'ReportProgress', report: '已维修' }, { actor: village });
      child = after(child, { type: 'SubmitCase', report: '已恢复运行' }, { actor: township });
      child = after(child, { type: 'VerifyCase' }, { actor: inspector });
      expect(child.at(-1)).toMatchObject({ type: 'CaseClosed', data: { caseId: 'c-1-yucun', parentCaseId: 'c-1' } });

      let parent = after([...HISTORY.signed, splitEvent], { type: 'ReportProgress', report: '已分解' }, { actor: township });
      parent = after(parent, { type: 'RecordChildCaseClosed', childCaseId: 'c-1-yucun' }, { actor: system });
      parent = after(parent, COMMANDS.SubmitCase[0], { actor: township });
      parent = after(parent, { type: 'VerifyCase' }, { actor: admin });
      expect(stateOf(parent)).toMatchObject({ status: 'closed', children: [{ caseId: 'c-1-yucun', closed: true }] });
    });
  });
});
