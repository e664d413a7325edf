import { RoleNotAllowedError } from '@app/workflow';
import { RoundNotActive } from '../rounds';
import { ReopenReasonRequired } from './task.errors';
import { admin, HISTORY, LATER, spec, wuxing, wuxingScored } from './task.spec-fixtures';

describe('task review', () => {
  describe('CloseTask', () => {
    it('an admin closes a submitted task', () => {
      spec.given(HISTORY.submitted)
        .when({ type: 'CloseTask' }, { actor: admin })
        .then([{ type: 'TaskClosed', data: { taskId: 't-anji', closedBy: 'admin', closedAt: LATER.toISOString() } }]);
    });

    it('refuses an inspector with ROLE_NOT_ALLOWED', () => {
      spec.given(HISTORY.submitted).when({ type: 'CloseTask' }, { actor: wuxing }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('ReopenTask', () => {
    it.each(['submitted', 'closed'] as const)('an admin reopens a %s task with a reason', (status) => {
      spec.given(HISTORY[status])
        .when({ type: 'ReopenTask', roundStatus: 'active', reason: ' 评分有误，需复核 ' }, { actor: admin })
        .then([
          {
            type: 'TaskReopened',
            data: { taskId: 't-anji', reason: '评分有误，需复核', reopenedFrom: status, reopenedBy: 'admin', reopenedAt: LATER.toISOString() },
          },
        ]);
    });

    it('a reopened task is open again: scores are re-recorded and it is submitted again', () => {
      const reopened = spec.given(HISTORY.closed).when({ type: 'ReopenTask', roundStatus: 'active', reason: '评分有误' }, { actor: admin }).events();
      const history = [...HISTORY.closed, ...reopened];
      expect(spec.given(history).state()).toMatchObject({ status: 'opened', reopenCount: 1, scores: { 'inspector.wuxing': { A1: 8, A2: 4 } } });
      const rescored = spec.given(history).when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A1', score: 7 }] }, { actor: wuxing }).events();
      const [resubmitted] = spec.given([...history, ...rescored])
        .when({ type: 'SubmitTask' }, { actor: wuxing })
        .events();
      expect(resubmitted!.type).toBe('TaskSubmitted');
    });

    it.each(['', '   '])('refuses reason %p with REOPEN_REASON_REQUIRED', (reason) => {
      spec.given(HISTORY.closed).when({ type: 'ReopenTask', roundStatus: 'active', reason }, { actor: admin }).thenThrows(ReopenReasonRequired, 'REOPEN_REASON_REQUIRED');
    });

    it('refuses an inspector with ROLE_NOT_ALLOWED', () => {
      spec.given(HISTORY.closed).when({ type: 'ReopenTask', roundStatus: 'active', reason: 'x' }, { actor: wuxing }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });

    it.each(['scoring-closed', 'published', 'archived'] as const)('refuses to reopen a task once its round is %s with ROUND_NOT_ACTIVE', (roundStatus) => {
      spec.given(HISTORY.closed).when({ type: 'ReopenTask', roundStatus, reason: '评分有误' }, { actor: admin }).thenThrows(RoundNotActive, 'ROUND_NOT_ACTIVE');
      spec.given(HISTORY.submitted).when({ type: 'ReopenTask', roundStatus, reason: '评分有误' }, { actor: admin }).thenThrows(RoundNotActive, 'ROUND_NOT_ACTIVE');
    });
  });

  describe('after the round’s scoring closed', () => {
    it('an opened task is still submitted by its inspector and closed by an admin: they add nothing the ranking rests on', () => {
      const history = [...HISTORY.opened, wuxingScored];
      const [submittedLate] = spec.given(history).when({ type: 'SubmitTask' }, { actor: wuxing }).events();
      expect(submittedLate).toMatchObject({ type: 'TaskSubmitted' });
      expect(spec.given([...history, submittedLate!]).when({ type: 'CloseTask' }, { actor: admin }).events()).toEqual([
        { type: 'TaskClosed', data: { taskId: 't-anji', closedBy: 'admin', closedAt: LATER.toISOString() } },
      ]);
    });
  });
});
