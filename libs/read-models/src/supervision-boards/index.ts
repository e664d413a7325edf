import type { ProjectionDefinition } from '@app/projections';
import { caseBoardProjection } from './case-board/case-board.projection';
import { orgResponsibilityProjection } from './org-responsibility/org-responsibility.projection';
import { projectBoardProjection } from './project-board/project-board.projection';
import { taskBoardProjection } from './task-board/task-board.projection';

/** The read models behind the boards, the responsibility chains and the 三张清单. */
export function boardProjections(): ProjectionDefinition[] {
  return [orgResponsibilityProjection(), taskBoardProjection(), caseBoardProjection(), projectBoardProjection()];
}

export { caseBoardProjection } from './case-board/case-board.projection';
export { orgResponsibilityProjection } from './org-responsibility/org-responsibility.projection';
export { taskBoardProjection } from './task-board/task-board.projection';
export { projectBoardProjection } from './project-board/project-board.projection';
export { BoardPage, decodeListCursor, encodeListCursor, InvalidCursor, isProvisionalDeadline, ReadModelReader, WorkingDayClock, workingDaysOverdue } from './board-query';
export { CaseBoardFilter, caseBoardQuery, caseDeadlineProvisional, caseOverdueWorkingDays, CaseView, caseViewQuery, caseViewsOf } from './case-board/case-board.query';
export { OpenCasesByWarning, openCasesByWarningQuery } from './case-board/open-cases.query';
export { ChainLevel, chainQuery, ChainStep, ChildCaseView, ResponsibilityChainView } from './case-board/chain.query';
export { CaseBoardStatus, CaseChildEntry, CaseDocument, PendingExtensionEntry } from './case-board/case-document';
export { TaskBoardStatus, TaskDocument, TaskFindingEntry } from './task-board/task-document';
export { RoundProgress, roundProgressQuery, roundUnitTaskIdsQuery, TaskBoardFilter, taskBoardQuery, taskView, TaskView, taskViewQuery } from './task-board/task-board.query';
export { taskRoundIdQuery } from './task-board/task-board.query';
export { RoleHolders, TermView } from './org-responsibility/responsibility.query';
export {
  ListedTask,
  OpenProblem,
  ProblemCounts,
  ResponsibilityEntry,
  TaskCounts,
  unitListsQuery,
  UnitListsView,
  WarningBand,
} from './unit-lists/unit-lists.query';
export { HandOverEntry, MilestoneEntry, ProjectBoardDocument, ProjectDocument, ProjectEvaluationEntry, ProjectProgressEntry } from './project-board/project-document';
export {
  activeProjectsOfUnitQuery,
  ListedProject,
  ProjectBoardFilter,
  projectBoardQuery,
  ProjectChainLevel,
  projectPageQuery,
  ProjectPageView,
  ProjectView,
} from './project-board/project-board.query';
