import { Actor, CalendarDate, isBlank, isPositiveInteger, optionalText } from '@app/workflow';
import { assertWithinOrgScope } from '../org-units/org-scope';
import { CaseSource, isCaseSeverity, isWarningColour, WarningColour } from './case';
import { ChildCasePlan, OpenCase } from './case.commands';
import {
  CaseDetailsRequired,
  CaseUnitOffFindingChain,
  CaseNotAssigned,
  CaseNotFound,
  ChildCaseIncomplete,
  ChildCaseOpenedBySplitOnly,
  ChildCasesOpen,
  ChildDeadlineAfterParent,
  ChildUnitNotBelow,
  DirectCaseAdminOnly,
  DuplicateChildCase,
  ExtensionAlreadyPending,
  ExtensionNotLater,
  ExtensionReasonRequired,
  InvalidCaseSource,
  InvalidDeadline,
  InvalidUnitChain,
  NoPendingExtension,
  RejectionReasonRequired,
  ReportRequired,
  SplitWithoutChildren,
  UnknownCaseSeverity,
  UnknownChildCase,
  UnknownWarningColour,
} from './case.errors';
import { AssignedStageCase, CaseState, ChildCaseSummary, ExistingCase, hasDeadline, openChildCaseIds, PendingExtension } from './case.state';

/*
 * The rules of a 督办 case, each once, named by what it says; the error it throws states it
 * (case.errors.ts). The use cases (case-opening.ts, case-handling.ts, …) call them in the order
 * their answers are promised in; which step takes which command is the state table's
 * (case.workflow.ts).
 */

/** The id names a case: it has been opened. */
export function existingCase(state: CaseState): ExistingCase {
  if (state.status === 'unopened') throw new CaseNotFound();
  return state;
}

/** The case has been handed to its unit (交办), so it has a deadline. */
export function assignedCase(state: CaseState): AssignedStageCase {
  const found = existingCase(state);
  if (!hasDeadline(found)) throw new CaseNotAssigned(found.caseId);
  return found;
}

/**
 * An official acts for its own unit and the units below it (属地): the org-scope rule, on the
 * case's chain (the responsible unit, then each unit above it). Admins act everywhere.
 */
export function assertActsForCaseUnit(found: ExistingCase, actor: Actor): void {
  assertWithinOrgScope(actor, found.unitChain);
}

/** A child of a split may share its parent's description instead of carrying one: `null`. */
export function sharesParentDescription(command: OpenCase): boolean {
  return command.description === null && optionalText(command.parentCaseId) !== null;
}

/** A case has an id, a title, a description (unless it shares its parent's) and a responsible unit. */
export function assertCaseDetailsGiven(command: OpenCase): void {
  const required = {
    caseId: command.caseId,
    title: command.title,
    ...(sharesParentDescription(command) ? {} : { description: command.description }),
    responsibleUnitId: command.responsibleUnitId,
  };
  const missing = Object.entries(required)
    .filter(([, value]) => isBlank(value))
    .map(([field]) => field);
  if (missing.length > 0) throw new CaseDetailsRequired(missing);
}

/** A case is of low, medium, high or critical severity. */
export function assertKnownSeverity(severity: unknown): void {
  if (!isCaseSeverity(severity)) throw new UnknownCaseSeverity(severity);
}

/** A case comes from a finding (its round, task and finding ids) or is opened directly. */
export function assertCaseSource(source: unknown): asserts source is CaseSource {
  if (typeof source === 'object' && source !== null) {
    const candidate = source as Record<string, unknown>;
    if (candidate.kind === 'direct') return;
    if (candidate.kind === 'finding' && !isBlank(candidate.roundId) && !isBlank(candidate.taskId) && !isBlank(candidate.findingId)) return;
  }
  throw new InvalidCaseSource(source);
}

/** A child case is opened only by the system, from its parent's split. */
export function assertChildOpenedBySplit(command: OpenCase, actor: Actor): void {
  const parentCaseId = optionalText(command.parentCaseId);
  if (parentCaseId !== null && !actor.roles.includes('system')) throw new ChildCaseOpenedBySplitOnly(parentCaseId);
}

/** Only an admin opens a case that does not come from a finding (the system opens children of one). */
export function assertDirectCaseByAdmin(source: CaseSource, actor: Actor): void {
  if (source.kind === 'direct' && !actor.roles.includes('system') && !actor.roles.includes('admin')) throw new DirectCaseAdminOnly();
}

/** A unit chain starts at the responsible unit and climbs, each unit once, to the city. */
export function assertUnitChain(unitId: string, chain: unknown): asserts chain is readonly string[] {
  const valid = Array.isArray(chain) && chain.length > 0 && chain[0] === unitId && !chain.some((unit) => isBlank(unit)) && new Set(chain).size === chain.length;
  if (!valid) throw new InvalidUnitChain(unitId, chain);
}

/** A case from a finding is the business of the unit where the problem was found or of a unit above it. */
export function assertCaseUnitOnFindingChain(command: Pick<OpenCase, 'source' | 'responsibleUnitId' | 'findingUnitChain'>): void {
  const chain = command.findingUnitChain;
  if (command.source.kind !== 'finding' || chain === undefined || chain.includes(command.responsibleUnitId)) return;
  throw new CaseUnitOffFindingChain(chain[0] ?? '', command.responsibleUnitId);
}

/** A deadline is a whole number of working days, at least 1. */
export function assertWholeWorkingDays(workingDays: unknown): asserts workingDays is number {
  if (!isPositiveInteger(workingDays)) throw new InvalidDeadline(workingDays);
}

/** A progress or completion report says what was done. */
export function assertReportGiven(report: unknown): void {
  if (isBlank(report)) throw new ReportRequired();
}

/** A case is submitted, and closed, only when every case split from it is closed. */
export function assertChildCasesClosed(found: ExistingCase): void {
  const open = openChildCaseIds(found);
  if (open.length > 0) throw new ChildCasesOpen(found.caseId, open);
}

/** A case is sent back with a reason. */
export function assertRejectionReasonGiven(reason: unknown): void {
  if (isBlank(reason)) throw new RejectionReasonRequired();
}

/** An extension is requested, and denied, with a reason. */
export function assertExtensionReasonGiven(reason: unknown): void {
  if (isBlank(reason)) throw new ExtensionReasonRequired();
}

/** A case has one extension request at a time. */
export function assertNoExtensionPending(found: ExistingCase): void {
  if (found.pendingExtension !== null) throw new ExtensionAlreadyPending(found.caseId);
}

/** An extension is answered only while one is pending: the pending request. */
export function pendingExtensionOf(found: ExistingCase): PendingExtension {
  if (found.pendingExtension === null) throw new NoPendingExtension(found.caseId);
  return found.pendingExtension;
}

/** An extension moves the deadline later. */
export function assertExtensionMovesDeadlineLater(found: AssignedStageCase, requestedDueOn: CalendarDate): void {
  if (requestedDueOn <= found.deadline.dueOn) throw new ExtensionNotLater(found.caseId, found.deadline.dueOn, requestedDueOn);
}

/** A split passes at least one child case down. */
export function assertSplitHasChildren(children: unknown): asserts children is readonly ChildCasePlan[] {
  if (!Array.isArray(children) || children.length === 0) throw new SplitWithoutChildren();
}

/** A child case has an id, a unit and a title. */
export function assertChildCaseComplete(child: ChildCasePlan | undefined, index: number): asserts child is ChildCasePlan {
  if (isBlank(child?.caseId) || isBlank(child?.unitId) || isBlank(child?.title)) throw new ChildCaseIncomplete(index);
}

/** A child case id is new: not the parent, not another child. `taken` holds the ids in use. */
export function assertChildCaseIdNew(childCaseId: string, taken: ReadonlySet<string>): void {
  if (taken.has(childCaseId)) throw new DuplicateChildCase(childCaseId);
}

/** 纵向到底: a case is split only to units below its own, so the child's chain passes through it. */
export function assertChildUnitBelow(child: ChildCasePlan, parent: ExistingCase): void {
  if (!child.unitChain.slice(1).includes(parent.responsibleUnitId)) throw new ChildUnitNotBelow(child.unitId, parent.responsibleUnitId);
}

/** Pressure passes down: a child case is due no later than its parent. */
export function assertChildDueByParent(childCaseId: string, childDueOn: CalendarDate, parent: AssignedStageCase): void {
  if (childDueOn > parent.deadline.dueOn) throw new ChildDeadlineAfterParent(childCaseId, childDueOn, parent.deadline.dueOn);
}

/** Only a case split from this one is recorded as its child: the child as the parent follows it. */
export function childCaseOf(parent: ExistingCase, childCaseId: string): ChildCaseSummary {
  const child = parent.children.find((candidate) => candidate.caseId === childCaseId);
  if (child === undefined) throw new UnknownChildCase(parent.caseId, childCaseId);
  return child;
}

/** A warning is blue, yellow or red. */
export function assertWarningColour(colour: unknown): asserts colour is WarningColour {
  if (!isWarningColour(colour)) throw new UnknownWarningColour(colour);
}
