import type { EventToAppend } from '@app/event-store';
import { CaseEvent, CaseState, caseStreams, evolveCase, initialCaseState } from '@app/supervision';
import { at, caseEscalated, caseEvent, caseOpened, caseSplit, randomBoardHistory, warningRaised } from '../board-history.spec-fixtures';
import { CaseBoardDocument, CaseDocument, foldCaseDocument, highestAccountableUnit, NO_CASE } from './case-document';

const chain = ['town', 'county', 'city'];

/** Given these events of one case's stream, in version order: the board's document. */
function given(...events: EventToAppend[]): CaseBoardDocument {
  return events.reduce<CaseBoardDocument>(
    (document, event, index) => foldCaseDocument(document, { streamId: 'case-c', version: index + 1, type: event.type, data: event.data as Record<string, unknown> }),
    NO_CASE,
  );
}

function opened(document: CaseBoardDocument): CaseDocument {
  if (document.status === 'unopened') throw new Error('the case was not opened');
  return document;
}

describe('the case board’s document', () => {
  it('given CaseOpened: the case is registered (立项) with its details and nothing counted yet', () => {
    expect(given(caseOpened('c', chain, { severity: 'high' }))).toEqual({
      status: 'registered',
      caseId: 'c',
      title: 'case c',
      description: 'd',
      severity: 'high',
      source: { kind: 'direct' },
      responsibleUnitId: 'town',
      unitChain: chain,
      dueWorkingDays: 5,
      parentCaseId: null,
      openedAt: at(0),
      escalationLevel: 0,
      activeWarnings: [],
      pendingExtension: null,
      approvedExtensions: 0,
      children: [],
      progressReports: 0,
      urges: 0,
      rejections: 0,
    });
  });

  it('given 交办: the case is assigned with its deadline and the instant it was handed over', () => {
    const document = opened(given(caseOpened('c', chain), caseEvent('c', 'CaseAssigned', 1)));
    expect(document).toMatchObject({ status: 'assigned', deadline: { dueOn: at(8).slice(0, 10), deadlineAt: at(8) }, assignedAt: at(1) });
  });

  it('given a step out of turn (签收 before 交办, 反馈 before 办理): the document stays where it was', () => {
    const document = opened(given(caseOpened('c', chain), caseEvent('c', 'CaseSigned', 1), caseEvent('c', 'CaseSubmitted', 2)));
    expect(document.status).toBe('registered');
    expect(document).not.toHaveProperty('signedAt');
    expect(document).not.toHaveProperty('submittedAt');
  });

  it('given progress reports: each counts whenever it comes, and the first after 签收 starts 办理', () => {
    const early = given(caseOpened('c', chain), caseEvent('c', 'CaseAssigned', 1), caseEvent('c', 'CaseProgressReported', 2));
    expect(opened(early)).toMatchObject({ status: 'assigned', progressReports: 1 });
    const signed = given(caseOpened('c', chain), caseEvent('c', 'CaseAssigned', 1), caseEvent('c', 'CaseSigned', 2), caseEvent('c', 'CaseProgressReported', 3));
    expect(opened(signed)).toMatchObject({ status: 'in-progress', signedAt: at(2), progressReports: 1 });
  });

  it('given a rejection at 复核: the case is back in 办理 without the submission turned down, and the rejection counts', () => {
    const document = opened(
      given(
        caseOpened('c', chain), caseEvent('c', 'CaseAssigned', 1), caseEvent('c', 'CaseSigned', 2), caseEvent('c', 'CaseProgressReported', 3),
        caseEvent('c', 'CaseSubmitted', 4), caseEvent('c', 'CaseRejected', 5),
      ),
    );
    expect(document).toMatchObject({ status: 'in-progress', rejections: 1 });
    expect(document).not.toHaveProperty('submittedAt');
  });

  it('given 办结: the case is closed and an extension still asked for lapses', () => {
    const document = opened(
      given(
        caseOpened('c', chain), caseEvent('c', 'CaseAssigned', 1), caseEvent('c', 'CaseSigned', 2), caseEvent('c', 'CaseProgressReported', 3),
        caseEvent('c', 'ExtensionRequested', 3), caseEvent('c', 'CaseSubmitted', 4), caseEvent('c', 'CaseClosed', 5),
      ),
    );
    expect(document).toMatchObject({ status: 'closed', submittedAt: at(4), closedAt: at(5), pendingExtension: null });
  });

  it('given warnings: each colour shows once, in colour order, and comes down on its own (摘牌)', () => {
    const raised = given(caseOpened('c', chain), caseEvent('c', 'CaseAssigned', 1), warningRaised('c', 'red', 9), warningRaised('c', 'blue', 5), warningRaised('c', 'red', 10));
    expect(opened(raised).activeWarnings).toEqual(['blue', 'red']);
    const cleared = given(caseOpened('c', chain), warningRaised('c', 'red', 9), warningRaised('c', 'blue', 5), caseEvent('c', 'WarningCleared', 11, { colour: 'blue' }));
    expect(opened(cleared).activeWarnings).toEqual(['red']);
  });

  it('given an escalation: the unit it reached is the highest accountable, the responsible unit stays accountable', () => {
    const document = opened(given(caseOpened('c', chain), caseEvent('c', 'CaseAssigned', 1), warningRaised('c', 'red', 12), caseEscalated('c', 'town', 'county', 1, 12)));
    expect(document.escalationLevel).toBe(1);
    expect(highestAccountableUnit(document)).toBe('county');
    expect(highestAccountableUnit(opened(given(caseOpened('c', chain))))).toBe('town');
  });

  it('given an approved extension: the deadline moves and the request is answered; before 交办 an approval changes nothing', () => {
    const extended = opened(given(caseOpened('c', chain), caseEvent('c', 'CaseAssigned', 1), caseEvent('c', 'ExtensionRequested', 3), caseEvent('c', 'ExtensionApproved', 4)));
    expect(extended).toMatchObject({ deadline: { dueOn: at(16).slice(0, 10), deadlineAt: at(16) }, approvedExtensions: 1, pendingExtension: null });
    const early = opened(given(caseOpened('c', chain), caseEvent('c', 'ExtensionApproved', 4)));
    expect(early).not.toHaveProperty('deadline');
    expect(early.approvedExtensions).toBe(0);
  });

  it('given a split: the children are listed open, and each is closed when its closing reaches the parent', () => {
    const children = [
      { caseId: 'c-1', unitId: 'village-1', unitChain: ['village-1', ...chain], title: '子件一' },
      { caseId: 'c-2', unitId: 'village-2', unitChain: ['village-2', ...chain], title: '子件二' },
    ];
    const document = opened(given(caseOpened('c', chain), caseSplit('c', children, 3), caseEvent('c', 'ChildCaseClosed', 6, { childCaseId: 'c-2' })));
    expect(document.children).toEqual([
      { caseId: 'c-1', unitId: 'village-1', title: '子件一', closed: false },
      { caseId: 'c-2', unitId: 'village-2', title: '子件二', closed: true },
    ]);
  });

  it('given events before CaseOpened, or events no case has: no case, and nothing changed', () => {
    expect(given(caseEvent('c', 'CaseAssigned', 1))).toEqual(NO_CASE);
    const document = given(caseOpened('c', chain));
    expect(foldCaseDocument(document, { streamId: 'case-c', version: 2, type: 'TaskOpened', data: {} })).toBe(document);
    expect(foldCaseDocument(document, { streamId: 'case-c', version: 2, type: 'CaseOpened', data: caseOpened('x', chain).data as Record<string, unknown> })).toBe(document);
  });

  it('holds what the case views show for every case of a long random history: the same fields and values as the decider’s state', () => {
    const history = randomBoardHistory('doc', 23, { tasks: 0, cases: 400 });
    const cases = [...history.streams].filter(([streamId]) => caseStreams.includes(streamId));
    expect(cases.length).toBeGreaterThan(400);
    for (const [, events] of cases) {
      const decided = events.reduce<CaseState>((state, event) => evolveCase(state, event as unknown as CaseEvent), initialCaseState());
      expect(given(...events)).toEqual(decided);
    }
  });
});
