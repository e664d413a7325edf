import { DomainError, RoleNotAllowedError } from '@app/workflow';
import { CaseEvent } from './case.events';
import {
  admin,
  after,
  assigned,
  COMMANDS,
  extensionRequested,
  HISTORY,
  inspector,
  LATER,
  opened,
  progressed,
  signed,
  spec,
  stateOf,
  submitted,
  timersAfter,
  township,
} from './case.spec-fixtures';

describe('case review (复核)', () => {
  describe('VerifyCase (复核 passed → 办结)', () => {
    it('an admin closes a submitted case', () => {
      spec.given(HISTORY.submitted)
        .when({ type: 'VerifyCase', comment: ' 经现场核查属实 ' }, { actor: admin })
        .then([
          {
            type: 'CaseClosed',
            data: { caseId: 'c-1', parentCaseId: null, comment: '经现场核查属实', pendingExtensionLapsed: false, verifiedBy: 'admin', closedAt: LATER.toISOString() },
          },
        ]);
    });

    it('an inspector closes it too; the closed case wants no timers', () => {
      const history = after(HISTORY.submitted, { type: 'VerifyCase' }, { actor: inspector });
      expect(history.at(-1)).toMatchObject({ type: 'CaseClosed', data: { verifiedBy: 'inspector.wuxing', comment: null } });
      expect(stateOf(history).status).toBe('closed');
      expect(timersAfter(history)).toEqual([]);
    });

    it('closing takes down every warning (摘牌): one WarningCleared per colour up, after CaseClosed', () => {
      const raised = (colour: 'blue' | 'yellow' | 'red'): CaseEvent => ({
        type: 'WarningRaised',
        data: {
          caseId: 'c-1',
          colour,
          level: colour === 'blue' ? 1 : colour === 'yellow' ? 2 : 3,
          reason: colour === 'blue' ? 'deadline-near' : colour === 'yellow' ? 'overdue' : 'long-overdue',
          dueOn: '2026-03-09',
          deadlineAt: '2026-03-09T15:59:59.999Z',
          timerDueAt: null,
          accountableUnitId: 'anji-tianhuangping',
          raisedBy: 'system',
          raisedAt: '2026-03-03T00:00:00.000Z',
        },
      });
      const history = [opened, assigned, signed, progressed, raised('blue'), raised('yellow'), raised('red'), submitted];
      const events = spec.given(history).when({ type: 'VerifyCase' }, { actor: admin }).events();
      const cleared = (colour: string) => ({
        type: 'WarningCleared',
        data: { caseId: 'c-1', colour, reason: 'case-closed', clearedBy: 'admin', clearedAt: LATER.toISOString() },
      });
      expect(events).toEqual([expect.objectContaining({ type: 'CaseClosed' }), cleared('blue'), cleared('yellow'), cleared('red')]);
      expect(stateOf([...history, ...events])).toMatchObject({ status: 'closed', activeWarnings: [] });
    });

    it('an extension still pending lapses with the closing', () => {
      const history = [opened, assigned, signed, progressed, extensionRequested, submitted];
      const [event] = spec.given(history).when({ type: 'VerifyCase' }, { actor: admin }).events();
      expect(event).toMatchObject({ data: { pendingExtensionLapsed: true } });
      expect(stateOf([...history, event!])).toMatchObject({ pendingExtension: null });
    });

    it('refuses an official with ROLE_NOT_ALLOWED', () => {
      spec.given(HISTORY.submitted).when({ type: 'VerifyCase' }, { actor: township }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('RejectCase (复核 failed → back to 办理)', () => {
    it('sends the case back with the reason recorded', () => {
      spec.given(HISTORY.submitted)
        .when({ type: 'RejectCase', reason: ' 整改材料不全 ' }, { actor: inspector })
        .then([{ type: 'CaseRejected', data: { caseId: 'c-1', reason: '整改材料不全', rejectionNumber: 1, rejectedBy: 'inspector.wuxing', rejectedAt: LATER.toISOString() } }]);
    });

    it('the case is in progress again: it is reported on and submitted again, and rejections are counted', () => {
      let history = after(HISTORY.submitted, { type: 'RejectCase', reason: '材料不全' }, { actor: admin });
      expect(stateOf(history)).toMatchObject({ status: 'in-progress', rejections: 1 });
      expect(stateOf(history)).not.toHaveProperty('submittedAt');
      history = after(history, { type: 'ReportProgress', report: '补充材料' }, { actor: township });
      history = after(history, { type: 'SubmitCase', report: '补充完成' }, { actor: township });
      history = after(history, { type: 'RejectCase', reason: '仍有遗漏' }, { actor: admin });
      expect(history.at(-1)).toMatchObject({ data: { rejectionNumber: 2 } });
    });

    it.each(['', ' '])('refuses reason %p with REJECTION_REASON_REQUIRED', (reason) => {
      spec.given(HISTORY.submitted).when({ type: 'RejectCase', reason }, { actor: admin }).thenThrows(DomainError, 'REJECTION_REASON_REQUIRED');
    });

    it('refuses an official with ROLE_NOT_ALLOWED', () => {
      spec.given(HISTORY.submitted).when(COMMANDS.RejectCase[0], { actor: township }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });
});
