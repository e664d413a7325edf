import { REDACTED, redactSecrets, redactText } from './log-redaction';

describe('redactSecrets', () => {
  it('replaces every field named like a password, at any depth', () => {
    const entry = { message: 'x', body: { username: 'ops', password: 'p1', newPassword: 'p2', currentPassword: 'p3', nested: [{ adminPassword: 'p4' }] } };
    expect(redactSecrets(entry)).toEqual({
      message: 'x',
      body: { username: 'ops', password: REDACTED, newPassword: REDACTED, currentPassword: REDACTED, nested: [{ adminPassword: REDACTED }] },
    });
  });

  it('replaces tokens, secrets and the Authorization and Cookie headers', () => {
    const entry = { token: 't', accessToken: 'a', jwtSecret: 's', headers: { authorization: 'Bearer abc', Cookie: 'sid=1', accept: 'application/json' } };
    expect(redactSecrets(entry)).toEqual({
      token: REDACTED,
      accessToken: REDACTED,
      jwtSecret: REDACTED,
      headers: { authorization: REDACTED, Cookie: REDACTED, accept: 'application/json' },
    });
  });

  it('keeps the password of a database URL out of any text, errors included', () => {
    const error = new Error('connect failed: postgres://admin:hunter2@db:5432/prod');
    const redacted = redactSecrets({ error: String(error), cause: error }) as { error: string; cause: { message: string; stack: string } };
    expect(redacted.error).toBe(`Error: connect failed: postgres://admin:${REDACTED}@db:5432/prod`);
    expect(redacted.cause.message).not.toContain('hunter2');
    expect(redacted.cause.stack).not.toContain('hunter2');
  });

  it('leaves what is not a secret as it was, and objects it does not know to the serializers', () => {
    const request = new (class IncomingRequest {})();
    const entry = { message: 'listening on http://localhost:3000', port: 3000, ok: true, none: null, request };
    expect(redactSecrets(entry)).toEqual(entry);
    expect((redactSecrets(entry) as { request: unknown }).request).toBe(request);
  });

  it('leaves an empty secret field empty (an absent password is not a leak)', () => {
    expect(redactSecrets({ password: undefined, token: null })).toEqual({ password: undefined, token: null });
  });
});

describe('redactText', () => {
  it('replaces bearer tokens and URL passwords, leaves URLs without one', () => {
    expect(redactText('Authorization: Bearer eyJ.abc.def')).toBe(`Authorization: Bearer ${REDACTED}`);
    expect(redactText('postgresql://u:p%40ss@h/d and http://localhost:3000/ui/')).toBe(`postgresql://u:${REDACTED}@h/d and http://localhost:3000/ui/`);
  });
});
