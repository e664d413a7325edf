import { DomainError, NotFoundError } from '@app/workflow';
import { CaseCommand } from './case.commands';
import { caseWorkflow } from './case.workflow';
import { auditor, COMMANDS, HISTORY, spec, stateOf, Step } from './case.spec-fixtures';

describe('case workflow: the state table', () => {
  describe('the lifecycle as data', () => {
    it('each step takes exactly these commands', () => {
      const accepted = Object.fromEntries(Object.entries(caseWorkflow.states).map(([status, state]) => [status, Object.keys(state.on).sort()]));
      const whileWithUnit = ['ApproveExtension', 'DenyExtension', 'RaiseWarning', 'RecordChildCaseClosed', 'RequestExtension', 'UrgeCase'];
      expect(accepted).toEqual({
        unopened: ['OpenCase'],
        registered: ['AssignCase', 'RaiseWarning'],
        assigned: [...whileWithUnit, 'SignCase'].sort(),
        signed: [...whileWithUnit, 'ReportProgress', 'SplitCase'].sort(),
        'in-progress': [...whileWithUnit, 'ReportProgress', 'SplitCase', 'SubmitCase'].sort(),
        submitted: ['ApproveExtension', 'DenyExtension', 'RaiseWarning', 'RecordChildCaseClosed', 'RejectCase', 'VerifyCase'],
        closed: ['RaiseWarning', 'RecordChildCaseClosed'],
      });
      expect(caseWorkflow).toMatchObject({ name: 'case', version: 1 });
    });

    it.each<[Step, string]>([
      ['registered', 'registered'],
      ['assigned', 'assigned'],
      ['signed', 'signed'],
      ['in-progress', 'in-progress'],
      ['submitted', 'submitted'],
      ['closed', 'closed'],
    ])('the %s history folds to status %s', (step, status) => {
      expect(stateOf(HISTORY[step]).status).toBe(status);
    });
  });

  describe('forbidden transitions', () => {
    it.each<[Step, CaseCommand['type'], string]>([
      ['registered', 'OpenCase', 'CASE_ALREADY_OPENED'],
      ['registered', 'SignCase', 'CASE_NOT_ASSIGNED'],
      ['registered', 'ReportProgress', 'CASE_NOT_ASSIGNED'],
      ['registered', 'SubmitCase', 'CASE_NOT_ASSIGNED'],
      ['registered', 'VerifyCase', 'CASE_NOT_ASSIGNED'],
      ['registered', 'RejectCase', 'CASE_NOT_ASSIGNED'],
      ['registered', 'UrgeCase', 'CASE_NOT_ASSIGNED'],
      ['registered', 'RequestExtension', 'CASE_NOT_ASSIGNED'],
      ['registered', 'ApproveExtension', 'CASE_NOT_ASSIGNED'],
      ['registered', 'DenyExtension', 'CASE_NOT_ASSIGNED'],
      ['registered', 'SplitCase', 'CASE_NOT_ASSIGNED'],
      ['registered', 'RecordChildCaseClosed', 'CASE_NOT_ASSIGNED'],
      ['assigned', 'OpenCase', 'CASE_ALREADY_OPENED'],
      ['assigned', 'AssignCase', 'CASE_ALREADY_ASSIGNED'],
      ['assigned', 'ReportProgress', 'CASE_NOT_SIGNED'],
      ['assigned', 'SubmitCase', 'CASE_NOT_SIGNED'],
      ['assigned', 'VerifyCase', 'CASE_NOT_SUBMITTED'],
      ['assigned', 'RejectCase', 'CASE_NOT_SUBMITTED'],
      ['assigned', 'SplitCase', 'CASE_NOT_SIGNED'],
      ['signed', 'OpenCase', 'CASE_ALREADY_OPENED'],
      ['signed', 'AssignCase', 'CASE_ALREADY_ASSIGNED'],
      ['signed', 'SignCase', 'CASE_ALREADY_SIGNED'],
      ['signed', 'SubmitCase', 'CASE_NOT_IN_PROGRESS'],
      ['signed', 'VerifyCase', 'CASE_NOT_SUBMITTED'],
      ['signed', 'RejectCase', 'CASE_NOT_SUBMITTED'],
      ['in-progress', 'OpenCase', 'CASE_ALREADY_OPENED'],
      ['in-progress', 'AssignCase', 'CASE_ALREADY_ASSIGNED'],
      ['in-progress', 'SignCase', 'CASE_ALREADY_SIGNED'],
      ['in-progress', 'VerifyCase', 'CASE_NOT_SUBMITTED'],
      ['in-progress', 'RejectCase', 'CASE_NOT_SUBMITTED'],
      ['submitted', 'OpenCase', 'CASE_ALREADY_OPENED'],
      ['submitted', 'AssignCase', 'CASE_ALREADY_ASSIGNED'],
      ['submitted', 'SignCase', 'CASE_ALREADY_SIGNED'],
      ['submitted', 'ReportProgress', 'CASE_ALREADY_SUBMITTED'],
      ['submitted', 'SubmitCase', 'CASE_ALREADY_SUBMITTED'],
      ['submitted', 'UrgeCase', 'CASE_ALREADY_SUBMITTED'],
      ['submitted', 'RequestExtension', 'CASE_ALREADY_SUBMITTED'],
      ['submitted', 'SplitCase', 'CASE_ALREADY_SUBMITTED'],
      ['closed', 'OpenCase', 'CASE_ALREADY_OPENED'],
      ['closed', 'AssignCase', 'CASE_ALREADY_CLOSED'],
      ['closed', 'SignCase', 'CASE_ALREADY_CLOSED'],
      ['closed', 'ReportProgress', 'CASE_ALREADY_CLOSED'],
      ['closed', 'SubmitCase', 'CASE_ALREADY_CLOSED'],
      ['closed', 'VerifyCase', 'CASE_ALREADY_CLOSED'],
      ['closed', 'RejectCase', 'CASE_ALREADY_CLOSED'],
      ['closed', 'UrgeCase', 'CASE_ALREADY_CLOSED'],
      ['closed', 'RequestExtension', 'CASE_ALREADY_CLOSED'],
      ['closed', 'ApproveExtension', 'CASE_ALREADY_CLOSED'],
      ['closed', 'DenyExtension', 'CASE_ALREADY_CLOSED'],
      ['closed', 'SplitCase', 'CASE_ALREADY_CLOSED'],
    ])('a %s case refuses %s with %s', (step, type, code) => {
      const [command, actor] = COMMANDS[type];
      spec.given(HISTORY[step]).when(command, { actor }).thenThrows(DomainError, code);
    });

    it.each(Object.keys(COMMANDS).filter((type) => type !== 'OpenCase') as CaseCommand['type'][])(
      'an unopened case refuses %s with CASE_NOT_FOUND (404)',
      (type) => {
        const [command, actor] = COMMANDS[type];
        spec.given([]).when(command, { actor }).thenThrows(NotFoundError, 'CASE_NOT_FOUND');
      },
    );

    it('a refused command is refused before the actor’s role is looked at', () => {
      spec.given(HISTORY.closed).when({ type: 'SignCase' }, { actor: auditor }).thenThrows(DomainError, 'CASE_ALREADY_CLOSED');
    });
  });
});
