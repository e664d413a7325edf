import { optionalText } from '@app/workflow';
import { AssignCase, OpenCase } from './case.commands';
import {
  assertCaseDetailsGiven,
  assertCaseUnitOnFindingChain,
  assertCaseSource,
  assertChildOpenedBySplit,
  assertDirectCaseByAdmin,
  assertKnownSeverity,
  assertUnitChain,
  assertWholeWorkingDays,
  existingCase,
  sharesParentDescription,
} from './case.rules';
import { deadlineAfter } from './case.state';
import type { CaseTransition } from './case.workflow';

/**
 * 立项: a case is opened from a finding (by an inspector or an admin), directly (by an admin), or
 * as the child of a split (by the system). The caller resolves the unit chain; the deadline is
 * kept in working days until the case is handed over.
 */
export const opening: CaseTransition<OpenCase> = {
  roles: ['admin', 'inspector', 'system'],
  decide: (_state, command, { actor, now }) => {
    assertCaseDetailsGiven(command);
    assertKnownSeverity(command.severity);
    assertCaseSource(command.source);
    assertChildOpenedBySplit(command, actor);
    assertDirectCaseByAdmin(command.source, actor);
    assertUnitChain(command.responsibleUnitId, command.unitChain);
    assertCaseUnitOnFindingChain(command);
    assertWholeWorkingDays(command.dueWorkingDays);
    const { source } = command;
    return [
      {
        type: 'CaseOpened',
        data: {
          caseId: command.caseId,
          title: command.title.trim(),
          description: sharesParentDescription(command) ? null : command.description!.trim(),
          severity: command.severity,
          source: source.kind === 'finding' ? { kind: 'finding', roundId: source.roundId, taskId: source.taskId, findingId: source.findingId } : { kind: 'direct' },
          responsibleUnitId: command.responsibleUnitId,
          unitChain: [...command.unitChain],
          dueWorkingDays: command.dueWorkingDays,
          parentCaseId: optionalText(command.parentCaseId),
          openedBy: actor.userId,
          openedAt: now.toISOString(),
        },
      },
    ];
  },
};

/** 交办: the case is handed to its unit and its deadline starts counting today. The system assigns the children of a split right after opening them. */
export const assignment: CaseTransition<AssignCase> = {
  roles: ['admin', 'inspector', 'system'],
  decide: (state, _command, { actor, now, calendar }) => {
    const found = existingCase(state);
    return [
      {
        type: 'CaseAssigned',
        data: {
          caseId: found.caseId,
          responsibleUnitId: found.responsibleUnitId,
          dueWorkingDays: found.dueWorkingDays,
          ...deadlineAfter(now, found.dueWorkingDays, calendar),
          assignedBy: actor.userId,
          assignedAt: now.toISOString(),
        },
      },
    ];
  },
};
