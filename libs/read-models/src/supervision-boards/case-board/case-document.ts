import type { CaseEvent, CaseOpened, WarningColour } from '@app/supervision';
import { accountableUnitIdsOf, CASE_EVENT_TYPES, WARNING_COLOURS } from '@app/supervision';
import type { CalendarDate } from '@app/workflow';
import type { FoldableEvent } from '../stream-fold';

/** The steps of a 督办 case the board shows: 立项 registered, 交办, 签收, 办理, 反馈, 办结. */
export type CaseBoardStatus = 'registered' | 'assigned' | 'signed' | 'in-progress' | 'submitted' | 'closed';

/** A child of a split as its parent's page lists it. */
export interface CaseChildEntry {
  readonly caseId: string;
  readonly unitId: string;
  readonly title: string;
  readonly closed: boolean;
}

/** 延期 asked for and not answered yet. */
export interface PendingExtensionEntry {
  readonly newDueWorkingDays: number;
  readonly reason: string;
  readonly requestedBy: string;
  readonly requestedAt: string;
}

/**
 * A case as the case board keeps it and every case view shows it (the board, the case page, the
 * chain, 三张清单): what its CaseOpened said, and what the board has followed since. The board
 * builds it from the case's events with its own fold ({@link foldCaseDocument}), so what the views
 * show is the board's to decide, not the decider's internal state. The instants of the steps are
 * there once the case has reached them (`deadline` and `assignedAt` from 交办; `submittedAt` while
 * submitted or closed). `description` is `null` for a child of a split sharing its parent's (the
 * views resolve it).
 */
export type CaseDocument = Readonly<
  Pick<CaseOpened['data'], 'caseId' | 'title' | 'description' | 'severity' | 'source' | 'responsibleUnitId' | 'dueWorkingDays' | 'parentCaseId' | 'openedAt'>
> & {
  readonly status: CaseBoardStatus;
  /** The responsible unit, then each unit above it up to the city. */
  readonly unitChain: readonly string[];
  /** How far up `unitChain` the case has been escalated: 0 at the responsible unit. */
  readonly escalationLevel: number;
  /** The warnings up now, in colour order (blue, yellow, red). */
  readonly activeWarnings: readonly WarningColour[];
  readonly pendingExtension: PendingExtensionEntry | null;
  readonly approvedExtensions: number;
  readonly children: readonly CaseChildEntry[];
  readonly progressReports: number;
  readonly urges: number;
  readonly rejections: number;
  readonly deadline?: { readonly dueOn: CalendarDate; readonly deadlineAt: string };
  readonly assignedAt?: string;
  readonly signedAt?: string;
  readonly submittedAt?: string;
  readonly closedAt?: string;
};

/** A case stream whose CaseOpened the board has not met: no case to show. */
export interface UnopenedCaseDocument {
  readonly status: 'unopened';
}

export type CaseBoardDocument = CaseDocument | UnopenedCaseDocument;

export const NO_CASE: UnopenedCaseDocument = { status: 'unopened' };

/** The highest unit accountable now: the last of the units accountable (the unit the case escalated to). */
export function highestAccountableUnit(document: Pick<CaseDocument, 'unitChain' | 'escalationLevel' | 'responsibleUnitId'>): string {
  return accountableUnitIdsOf(document).at(-1) ?? document.responsibleUnitId;
}

const CASE_TYPES = new Set<string>(CASE_EVENT_TYPES);

/**
 * Folds one event of a case's stream into its board document. Events that do not belong to a
 * case, and anything before CaseOpened, change nothing. A step is taken only from the step it
 * follows (交办 from 立项, 签收 from 交办…), so an event that came too late to matter, such as a
 * CaseClosed after a rejection, leaves the document as it was.
 */
export function foldCaseDocument(document: CaseBoardDocument, event: FoldableEvent): CaseBoardDocument {
  if (!CASE_TYPES.has(event.type)) return document;
  const caseEvent = { type: event.type, data: event.data } as CaseEvent;
  if (caseEvent.type === 'CaseOpened') return document.status === 'unopened' ? opened(caseEvent.data) : document;
  return document.status === 'unopened' ? document : afterEvent(document, caseEvent);
}

function opened(data: CaseOpened['data']): CaseDocument {
  return {
    status: 'registered',
    caseId: data.caseId,
    title: data.title,
    description: data.description,
    severity: data.severity,
    source: data.source,
    responsibleUnitId: data.responsibleUnitId,
    unitChain: data.unitChain,
    dueWorkingDays: data.dueWorkingDays,
    parentCaseId: data.parentCaseId,
    openedAt: data.openedAt,
    escalationLevel: 0,
    activeWarnings: [],
    pendingExtension: null,
    approvedExtensions: 0,
    children: [],
    progressReports: 0,
    urges: 0,
    rejections: 0,
  };
}

/** The document after taking the step `to` from `from`; unchanged when the case is at another step. */
function step(document: CaseDocument, from: CaseBoardStatus, to: Partial<CaseDocument> & { status: CaseBoardStatus }): CaseDocument {
  return document.status === from ? { ...document, ...to } : document;
}

function afterEvent(document: CaseDocument, event: Exclude<CaseEvent, CaseOpened>): CaseDocument {
  switch (event.type) {
    case 'CaseAssigned': {
      const { dueOn, deadlineAt, assignedAt } = event.data;
      return step(document, 'registered', { status: 'assigned', deadline: { dueOn, deadlineAt }, assignedAt });
    }
    case 'CaseSigned':
      return step(document, 'assigned', { status: 'signed', signedAt: event.data.signedAt });
    case 'CaseProgressReported':
      // Every report counts; the first one after 签收 starts 办理.
      return { ...step(document, 'signed', { status: 'in-progress' }), progressReports: document.progressReports + 1 };
    case 'CaseSubmitted':
      return step(document, 'in-progress', { status: 'submitted', submittedAt: event.data.submittedAt });
    case 'CaseRejected': {
      if (document.status !== 'submitted') return document;
      // Back to 办理: the submission the review turned down is no longer the case's.
      const { submittedAt: _turnedDown, ...rest } = document;
      return { ...rest, status: 'in-progress', rejections: document.rejections + 1 };
    }
    case 'CaseClosed':
      return step(document, 'submitted', { status: 'closed', closedAt: event.data.closedAt, pendingExtension: null });
    case 'CaseUrged':
      return { ...document, urges: document.urges + 1 };
    case 'ExtensionRequested': {
      const { newDueWorkingDays, reason, requestedBy, requestedAt } = event.data;
      return { ...document, pendingExtension: { newDueWorkingDays, reason, requestedBy, requestedAt } };
    }
    case 'ExtensionApproved': {
      if (document.deadline === undefined) return document;
      const { dueOn, deadlineAt, extensionNumber } = event.data;
      return { ...document, deadline: { dueOn, deadlineAt }, approvedExtensions: extensionNumber, pendingExtension: null };
    }
    case 'ExtensionDenied':
      return { ...document, pendingExtension: null };
    case 'CaseSplit':
      return {
        ...document,
        children: [...document.children, ...event.data.children.map(({ caseId, unitId, title }) => ({ caseId, unitId, title, closed: false }))],
      };
    case 'ChildCaseClosed': {
      const closedId = event.data.childCaseId;
      return { ...document, children: document.children.map((child) => (child.caseId === closedId ? { ...child, closed: true } : child)) };
    }
    case 'WarningRaised': {
      const raised = event.data.colour;
      return { ...document, activeWarnings: WARNING_COLOURS.filter((colour) => colour === raised || document.activeWarnings.includes(colour)) };
    }
    case 'WarningCleared':
      return { ...document, activeWarnings: document.activeWarnings.filter((colour) => colour !== event.data.colour) };
    case 'CaseEscalated':
      return { ...document, escalationLevel: event.data.escalationLevel };
  }
}
