import { Actor, DomainError, ForbiddenError, RoleNotAllowedError } from '@app/workflow';
import { admin, after, COMMANDS, county, HISTORY, inspector, LATER, nanxun, spec, stateOf, township, village } from './case.spec-fixtures';

const EVIDENCE = { sha256: 'b'.repeat(64), name: '会议纪要.pdf', contentType: 'application/pdf', size: 20_480 };

describe('case handling (签收, 办理, 反馈)', () => {
  describe('SignCase (签收)', () => {
    it('an official of the responsible unit signs for the case', () => {
      spec.given(HISTORY.assigned)
        .when({ type: 'SignCase' }, { actor: township })
        .then([
          { type: 'CaseSigned', data: { caseId: 'c-1', unitId: 'anji-tianhuangping', signedBy: 'official.tianhuangping', signedAt: LATER.toISOString() } },
        ]);
    });

    it('an official of a unit above it signs for it too', () => {
      expect(spec.given(HISTORY.assigned).when({ type: 'SignCase' }, { actor: county }).events()[0]).toMatchObject({ data: { signedBy: 'official.anji' } });
    });

    it.each<[string, Actor]>([
      ['a unit below', village],
      ['another county', nanxun],
      ['no unit', { userId: 'official.nowhere', roles: ['official'] }],
    ])('an official of %s gets OUT_OF_SCOPE (403)', (_name, actor) => {
      spec.given(HISTORY.assigned).when({ type: 'SignCase' }, { actor }).thenThrows(ForbiddenError, 'OUT_OF_SCOPE');
    });

    it.each([admin, inspector])('refuses $userId with ROLE_NOT_ALLOWED', (actor) => {
      spec.given(HISTORY.assigned).when({ type: 'SignCase' }, { actor }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('ReportProgress (办理)', () => {
    it('the first report starts the handling: signed → in-progress', () => {
      spec.given(HISTORY.signed)
        .when({ type: 'ReportProgress', report: ' 已排查全镇终端设施 ' }, { actor: township })
        .then([
          {
            type: 'CaseProgressReported',
            data: { caseId: 'c-1', report: '已排查全镇终端设施', reportNumber: 1, reportedBy: 'official.tianhuangping', reportedAt: LATER.toISOString() },
          },
        ]);
      expect(stateOf(HISTORY['in-progress'])).toMatchObject({ status: 'in-progress', progressReports: 1 });
    });

    it('is repeatable: later reports are numbered on and the case stays in progress', () => {
      const history = after(HISTORY['in-progress'], { type: 'ReportProgress', report: '已恢复3处终端' }, { actor: county });
      expect(history.at(-1)).toMatchObject({ data: { reportNumber: 2, reportedBy: 'official.anji' } });
      expect(stateOf(history)).toMatchObject({ status: 'in-progress', progressReports: 2 });
    });

    it.each(['', '  '])('refuses report %p with REPORT_REQUIRED', (report) => {
      spec.given(HISTORY.signed).when({ type: 'ReportProgress', report }, { actor: township }).thenThrows(DomainError, 'REPORT_REQUIRED');
    });

    it('records the evidence put in with the report, by hash, name trimmed', () => {
      const photo = { sha256: 'a'.repeat(64), name: ' 整改前.jpg ', contentType: 'image/jpeg', size: 52_113 };
      spec.given(HISTORY.signed)
        .when({ type: 'ReportProgress', report: '已排查', attachments: [photo] }, { actor: township })
        .then([
          {
            type: 'CaseProgressReported',
            data: {
              caseId: 'c-1',
              report: '已排查',
              reportNumber: 1,
              reportedBy: 'official.tianhuangping',
              reportedAt: LATER.toISOString(),
              attachments: [{ ...photo, name: '整改前.jpg' }],
            },
          },
        ]);
    });

    it.each([
      ['a file twice', [EVIDENCE, EVIDENCE]],
      ['eleven files', Array.from({ length: 11 }, (_, n) => ({ ...EVIDENCE, sha256: n.toString(16).padStart(64, '0') }))],
      ['a hash that is not SHA-256 hex', [{ ...EVIDENCE, sha256: 'A'.repeat(64) }]],
      ['a name with a path', [{ ...EVIDENCE, name: '../etc/passwd' }]],
      ['a blank name', [{ ...EVIDENCE, name: '  ' }]],
    ])('refuses %s with INVALID_ATTACHMENTS', (_name, attachments) => {
      spec.given(HISTORY.signed).when({ type: 'ReportProgress', report: '已排查', attachments }, { actor: township }).thenThrows(DomainError, 'INVALID_ATTACHMENTS');
    });

    it('refuses an official of another county with OUT_OF_SCOPE', () => {
      spec.given(HISTORY.signed).when(COMMANDS.ReportProgress[0], { actor: nanxun }).thenThrows(ForbiddenError, 'OUT_OF_SCOPE');
    });

    it('refuses an inspector with ROLE_NOT_ALLOWED', () => {
      spec.given(HISTORY.signed).when(COMMANDS.ReportProgress[0], { actor: inspector }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('SubmitCase (反馈)', () => {
    it('the unit submits its completion report', () => {
      spec.given(HISTORY['in-progress'])
        .when({ type: 'SubmitCase', report: '停运设施全部恢复运行' }, { actor: township })
        .then([{ type: 'CaseSubmitted', data: { caseId: 'c-1', report: '停运设施全部恢复运行', submittedBy: 'official.tianhuangping', submittedAt: LATER.toISOString() } }]);
      expect(stateOf(HISTORY.submitted)).toMatchObject({ status: 'submitted' });
    });

    it('refuses an empty report with REPORT_REQUIRED', () => {
      spec.given(HISTORY['in-progress']).when({ type: 'SubmitCase', report: ' ' }, { actor: township }).thenThrows(DomainError, 'REPORT_REQUIRED');
    });

    it('records the evidence of the completed rectification with the report', () => {
      spec.given(HISTORY['in-progress'])
        .when({ type: 'SubmitCase', report: '已完成', attachments: [EVIDENCE] }, { actor: township })
        .then([{ type: 'CaseSubmitted', data: { caseId: 'c-1', report: '已完成', submittedBy: 'official.tianhuangping', submittedAt: LATER.toISOString(), attachments: [EVIDENCE] } }]);
    });

    it('refuses an official of a unit below with OUT_OF_SCOPE', () => {
      spec.given(HISTORY['in-progress']).when(COMMANDS.SubmitCase[0], { actor: village }).thenThrows(ForbiddenError, 'OUT_OF_SCOPE');
    });

    it.each([admin, inspector])('refuses $userId with ROLE_NOT_ALLOWED', (actor) => {
      spec.given(HISTORY['in-progress']).when(COMMANDS.SubmitCase[0], { actor }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });
});
