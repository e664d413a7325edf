import type { LoggedEvent, ProcessManager, Reaction } from '@app/workflow';
import { caseStreamId, caseStreams } from './case';
import { AssignCase, OpenCase, RecordChildCaseClosed } from './case.commands';
import { CaseClosed, CaseSplit } from './case.events';

/**
 * Keeps parent and child cases in step (逐级传导压力 and back):
 * - a split opens each child case for its unit and hands it over (交办) at once, as the system;
 *   a child given no description of its own shares its parent's;
 * - a child's closing (办结) is recorded on its parent, which may be submitted only once every
 *   child is closed.
 */
export const caseLineageProcess: ProcessManager = {
  name: 'case-lineage',
  categories: [caseStreams.category],
  types: ['CaseSplit', 'CaseClosed'],
  react(event: LoggedEvent): Reaction[] {
    if (event.type === 'CaseSplit') return childCasesOf(event.data as unknown as CaseSplit['data']);
    if (event.type === 'CaseClosed') return parentOf(event.data as unknown as CaseClosed['data']);
    return [];
  },
};

function childCasesOf(split: CaseSplit['data']): Reaction[] {
  return split.children.flatMap((child): Reaction[] => {
    const opening: OpenCase = {
      type: 'OpenCase',
      caseId: child.caseId,
      title: child.title,
      description: child.description ?? null,
      severity: split.severity,
      source: split.source,
      responsibleUnitId: child.unitId,
      unitChain: child.unitChain,
      dueWorkingDays: child.dueWorkingDays,
      parentCaseId: split.caseId,
    };
    const assignment: AssignCase = { type: 'AssignCase' };
    const streamId = caseStreamId(child.caseId);
    return [
      { workflow: 'case', streamId, command: opening, key: `open:${child.caseId}`, orgUnitId: child.unitId },
      { workflow: 'case', streamId, command: assignment, key: `assign:${child.caseId}`, orgUnitId: child.unitId },
    ];
  });
}

function parentOf(closed: CaseClosed['data']): Reaction[] {
  if (closed.parentCaseId === null) return [];
  const command: RecordChildCaseClosed = { type: 'RecordChildCaseClosed', childCaseId: closed.caseId };
  return [{ workflow: 'case', streamId: caseStreamId(closed.parentCaseId), command, key: `child-closed:${closed.caseId}` }];
}
