import { optionalText } from '@app/workflow';
import { RecordChildCaseClosed, SplitCase } from './case.commands';
import { SplitChild } from './case.events';
import {
  assertActsForCaseUnit,
  assertChildCaseComplete,
  assertChildCaseIdNew,
  assertChildDueByParent,
  assertChildUnitBelow,
  assertSplitHasChildren,
  assertUnitChain,
  assertWholeWorkingDays,
  assignedCase,
  childCaseOf,
  existingCase,
} from './case.rules';
import { deadlineAfter } from './case.state';
import type { CaseTransition } from './case.workflow';

/*
 * 逐级传导压力, 纵向到底: a signed case is split to units below its own as child cases, which the
 * case-lineage process opens and hands over (case-lineage.process.ts); each child's closing is
 * recorded on the parent, which is submitted only once every child is closed.
 */

/**
 * Each child's chain passes through the parent's unit above the child's own, and a child is due
 * no later than the parent (its deadline counted from today, as its assignment will count it).
 * The children refer to what they share with the parent instead of copying it: its severity and
 * source are carried once, and a child without a description of its own shares the parent's.
 */
export const splitting: CaseTransition<SplitCase> = {
  roles: ['official', 'admin'],
  decide: (state, command, { actor, now, calendar }) => {
    const parent = assignedCase(state);
    assertActsForCaseUnit(parent, actor);
    assertSplitHasChildren(command.children);
    const taken = new Set([parent.caseId, ...parent.children.map((child) => child.caseId)]);
    command.children.forEach((child, index) => {
      assertChildCaseComplete(child, index);
      assertChildCaseIdNew(child.caseId, taken);
      taken.add(child.caseId);
      assertUnitChain(child.unitId, child.unitChain);
      assertChildUnitBelow(child, parent);
      assertWholeWorkingDays(child.dueWorkingDays);
      assertChildDueByParent(child.caseId, deadlineAfter(now, child.dueWorkingDays, calendar).dueOn, parent);
    });
    const children: SplitChild[] = command.children.map((child) => {
      const description = optionalText(child.description);
      return {
        caseId: child.caseId,
        unitId: child.unitId,
        unitChain: [...child.unitChain],
        title: child.title.trim(),
        ...(description === null ? {} : { description }),
        dueWorkingDays: child.dueWorkingDays,
      };
    });
    return [
      {
        type: 'CaseSplit',
        data: { caseId: parent.caseId, severity: parent.severity, source: parent.source, children, splitBy: actor.userId, splitAt: now.toISOString() },
      },
    ];
  },
};

/** A process manager may deliver a child's closing more than once: a repeat decides nothing. */
export const childClosing: CaseTransition<RecordChildCaseClosed> = {
  roles: ['system'],
  decide: (state, command, { now }) => {
    const parent = existingCase(state);
    const child = childCaseOf(parent, command.childCaseId);
    if (child.closed) return [];
    return [{ type: 'ChildCaseClosed', data: { caseId: parent.caseId, childCaseId: child.caseId, recordedAt: now.toISOString() } }];
  },
};
