import { problemInstance, requestIdFrom } from './request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdFrom', () => {
  it("takes the client's X-Request-Id, else its X-Correlation-Id", () => {
    expect(requestIdFrom({ 'x-request-id': 'gw-7f3a.1', 'x-correlation-id': 'corr-1' })).toBe('gw-7f3a.1');
    expect(requestIdFrom({ 'x-correlation-id': 'urn:batch:2026-12' })).toBe('urn:batch:2026-12');
  });

  it('mints a UUID when neither is sent', () => {
    expect(requestIdFrom({})).toMatch(UUID);
    expect(requestIdFrom({})).not.toBe(requestIdFrom({}));
  });

  it('refuses an id that is too long, empty, repeated or holds anything but plain characters', () => {
    for (const bad of ['x'.repeat(129), '', ' padded', 'a b', 'line\nbreak', '<script>', '"quoted"', '-leading', 'ünïcode', '请求']) {
      expect(requestIdFrom({ 'x-request-id': bad })).toMatch(UUID);
    }
    expect(requestIdFrom({ 'x-request-id': ['a', 'b'] })).toMatch(UUID);
    expect(requestIdFrom({ 'x-request-id': 'x'.repeat(128) })).toBe('x'.repeat(128));
  });

  it('falls back to a well-formed X-Correlation-Id when X-Request-Id is not', () => {
    expect(requestIdFrom({ 'x-request-id': 'not ok', 'x-correlation-id': 'corr-2' })).toBe('corr-2');
  });
});

describe('problemInstance', () => {
  it('names the request as a URN', () => {
    expect(problemInstance('gw-7f3a.1')).toBe('urn:request:gw-7f3a.1');
  });
});
