import { DomainError, ForbiddenError, RoleNotAllowedError } from '@app/workflow';
import { CaseEvent } from './case.events';
import {
  admin,
  after,
  COMMANDS,
  county,
  extensionRequested,
  HISTORY,
  inspector,
  nanxun,
  spec,
  stateOf,
  Step,
  submitted,
  township,
} from './case.spec-fixtures';

/** Friday 6 March 2026, 10:00 in China. */
const FRIDAY = new Date('2026-03-06T02:00:00.000Z');

describe('case extensions (延期)', () => {
  describe('RequestExtension (延期 requested)', () => {
    it.each<Step>(['assigned', 'signed', 'in-progress'])('the unit asks for a new deadline on a case that is %s', (step) => {
      spec.given(HISTORY[step])
        .when({ type: 'RequestExtension', newDueWorkingDays: 10, reason: ' 设备采购周期长 ' }, { actor: township })
        .then([extensionRequested]);
    });

    it('one request at a time: a second gets EXTENSION_ALREADY_PENDING', () => {
      spec.given([...HISTORY['in-progress'], extensionRequested])
        .when(COMMANDS.RequestExtension[0], { actor: township })
        .thenThrows(DomainError, 'EXTENSION_ALREADY_PENDING');
    });

    it('refuses no reason with EXTENSION_REASON_REQUIRED', () => {
      spec.given(HISTORY['in-progress'])
        .when({ type: 'RequestExtension', newDueWorkingDays: 10, reason: '' }, { actor: township })
        .thenThrows(DomainError, 'EXTENSION_REASON_REQUIRED');
    });

    it.each([0, -3, 1.5])('refuses newDueWorkingDays %p with INVALID_DEADLINE', (newDueWorkingDays) => {
      spec.given(HISTORY['in-progress'])
        .when({ type: 'RequestExtension', newDueWorkingDays, reason: '需要时间' }, { actor: township })
        .thenThrows(DomainError, 'INVALID_DEADLINE');
    });

    it.each([2, 3])('refuses %p working days from Wednesday 4 March, not after the deadline of Monday 9 March, with EXTENSION_NOT_LATER', (days) => {
      spec.given(HISTORY['in-progress'])
        .when({ type: 'RequestExtension', newDueWorkingDays: days, reason: '需要时间' }, { actor: township })
        .thenThrows(DomainError, 'EXTENSION_NOT_LATER');
    });

    it('accepts 4 working days from Wednesday 4 March: Tuesday 10 March, one day later', () => {
      expect(spec.given(HISTORY['in-progress']).when({ type: 'RequestExtension', newDueWorkingDays: 4, reason: '需要时间' }, { actor: township }).events()).toHaveLength(1);
    });

    it('refuses an official of another county with OUT_OF_SCOPE', () => {
      spec.given(HISTORY['in-progress']).when(COMMANDS.RequestExtension[0], { actor: nanxun }).thenThrows(ForbiddenError, 'OUT_OF_SCOPE');
    });

    it.each([admin, inspector])('refuses $userId with ROLE_NOT_ALLOWED', (actor) => {
      spec.given(HISTORY['in-progress']).when(COMMANDS.RequestExtension[0], { actor }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('ApproveExtension (延期 approved)', () => {
    const approved: CaseEvent = {
      type: 'ExtensionApproved',
      data: {
        caseId: 'c-1',
        extensionNumber: 1,
        newDueWorkingDays: 10,
        previousDueOn: '2026-03-09',
        previousDeadlineAt: '2026-03-09T15:59:59.999Z',
        dueOn: '2026-03-20',
        deadlineAt: '2026-03-20T15:59:59.999Z',
        comment: '同意',
        requestedBy: 'official.tianhuangping',
        approvedBy: 'admin',
        approvedAt: FRIDAY.toISOString(),
      },
    };

    it('an admin approves: the new deadline counts from the day of approval (Friday 6 March + 10 → Friday 20 March)', () => {
      spec.given([...HISTORY['in-progress'], extensionRequested])
        .when({ type: 'ApproveExtension', comment: '同意' }, { actor: admin, now: FRIDAY })
        .then([approved]);
      expect(stateOf([...HISTORY['in-progress'], extensionRequested, approved])).toMatchObject({
        status: 'in-progress',
        deadline: { dueOn: '2026-03-20', deadlineAt: '2026-03-20T15:59:59.999Z' },
        pendingExtension: null,
        approvedExtensions: 1,
      });
    });

    it('is answered on a submitted case too (the request was made while in progress)', () => {
      const history = [...HISTORY['in-progress'], extensionRequested, submitted];
      expect(spec.given(history).when({ type: 'ApproveExtension' }, { actor: admin, now: FRIDAY }).events()[0]).toMatchObject({ type: 'ExtensionApproved', data: { comment: null } });
    });

    it.each<Step>(['assigned', 'in-progress', 'submitted'])('with nothing pending on a case that is %s, gets NO_PENDING_EXTENSION', (step) => {
      spec.given(HISTORY[step]).when({ type: 'ApproveExtension' }, { actor: admin }).thenThrows(DomainError, 'NO_PENDING_EXTENSION');
    });

    it('a second request after an approval is answered on its own', () => {
      let history = after([...HISTORY['in-progress'], extensionRequested], { type: 'ApproveExtension' }, { actor: admin, now: FRIDAY });
      history = after(history, { type: 'RequestExtension', newDueWorkingDays: 15, reason: '汛期施工受限' }, { actor: township, now: FRIDAY });
      expect(stateOf(history)).toMatchObject({ pendingExtension: { newDueWorkingDays: 15 } });
    });

    it.each([inspector, township])('refuses $userId with ROLE_NOT_ALLOWED', (actor) => {
      spec.given([...HISTORY['in-progress'], extensionRequested]).when({ type: 'ApproveExtension' }, { actor }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('DenyExtension (延期 denied)', () => {
    it('an admin denies with a reason; the deadline stands and the unit may ask again', () => {
      const history = [...HISTORY['in-progress'], extensionRequested];
      spec.given(history)
        .when({ type: 'DenyExtension', reason: ' 理由不充分 ' }, { actor: admin, now: FRIDAY })
        .then([
          {
            type: 'ExtensionDenied',
            data: { caseId: 'c-1', newDueWorkingDays: 10, reason: '理由不充分', requestedBy: 'official.tianhuangping', deniedBy: 'admin', deniedAt: FRIDAY.toISOString() },
          },
        ]);
      const denied = after(history, { type: 'DenyExtension', reason: '理由不充分' }, { actor: admin, now: FRIDAY });
      expect(stateOf(denied)).toMatchObject({ pendingExtension: null, approvedExtensions: 0, deadline: { dueOn: '2026-03-09' } });
      expect(spec.given(denied).when(COMMANDS.RequestExtension[0], { actor: township, now: FRIDAY }).events()).toHaveLength(1);
    });

    it('with nothing pending gets NO_PENDING_EXTENSION', () => {
      spec.given(HISTORY.signed).when({ type: 'DenyExtension', reason: '无' }, { actor: admin }).thenThrows(DomainError, 'NO_PENDING_EXTENSION');
    });

    it('refuses no reason with EXTENSION_REASON_REQUIRED', () => {
      spec.given([...HISTORY.signed, extensionRequested])
        .when({ type: 'DenyExtension', reason: ' ' }, { actor: admin })
        .thenThrows(DomainError, 'EXTENSION_REASON_REQUIRED');
    });

    it('refuses an official with ROLE_NOT_ALLOWED', () => {
      spec.given([...HISTORY.signed, extensionRequested]).when(COMMANDS.DenyExtension[0], { actor: county }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });
});
