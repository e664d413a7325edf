import { fingerprintOf } from './idempotency.interceptor';

describe('the fingerprint an idempotency key is kept with', () => {
  it('is the same for the same fields in another order, and differs for another method, path or field', () => {
    const base = fingerprintOf('POST', '/cases/c-1/progress', { report: '已整改', extra: [1, { b: 2, a: 1 }] });
    expect(fingerprintOf('POST', '/cases/c-1/progress', { extra: [1, { a: 1, b: 2 }], report: '已整改' })).toBe(base);
    expect(fingerprintOf('POST', '/cases/c-2/progress', { report: '已整改', extra: [1, { b: 2, a: 1 }] })).not.toBe(base);
    expect(fingerprintOf('POST', '/cases/c-1/progress', { report: '未整改', extra: [1, { b: 2, a: 1 }] })).not.toBe(base);
  });

  it('leaves passwords out, at any depth, so no hash of one is kept: another password is the same request', () => {
    const opened = fingerprintOf('POST', '/users', { username: 'li.ming', password: 'Given-by-ops-2026' });
    expect(fingerprintOf('POST', '/users', { username: 'li.ming', password: 'Another-one-2026' })).toBe(opened);
    expect(fingerprintOf('POST', '/users', { username: 'wang.fang', password: 'Given-by-ops-2026' })).not.toBe(opened);
    const change = (newPassword: string) => fingerprintOf('POST', '/auth/password', { username: 'li.ming', currentPassword: 'x', nested: { newPassword } });
    expect(change('first-choice-2026')).toBe(change('second-choice-2026'));
  });
});
