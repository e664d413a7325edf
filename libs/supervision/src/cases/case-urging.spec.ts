import { RoleNotAllowedError } from '@app/workflow';
import { admin, after, county, HISTORY, inspector, LATER, spec, stateOf, Step } from './case.spec-fixtures';

describe('case urging (催办)', () => {
  describe('UrgeCase (催办)', () => {
    it.each<Step>(['assigned', 'signed', 'in-progress'])('an admin urges a case that is %s', (step) => {
      spec.given(HISTORY[step])
        .when({ type: 'UrgeCase', message: '请加快整改' }, { actor: admin })
        .then([
          {
            type: 'CaseUrged',
            data: { caseId: 'c-1', message: '请加快整改', urgeNumber: 1, urgedUnitId: 'anji-tianhuangping', urgedBy: 'admin', urgedAt: LATER.toISOString() },
          },
        ]);
    });

    it('an inspector urges without a message; urges are counted and change nothing else', () => {
      const history = after(after(HISTORY.signed, { type: 'UrgeCase' }, { actor: inspector }), { type: 'UrgeCase' }, { actor: inspector });
      expect(history.at(-1)).toMatchObject({ data: { message: null, urgeNumber: 2 } });
      expect(stateOf(history)).toMatchObject({ status: 'signed', urges: 2 });
    });

    it('refuses an official with ROLE_NOT_ALLOWED', () => {
      spec.given(HISTORY.signed).when({ type: 'UrgeCase' }, { actor: county }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });
});
