import { canonicalJson, NotJsonError } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined properties', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null }, u: undefined })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it.each([
    ['undefined at the top', undefined],
    ['a function', { f: () => 1 }],
    ['a bigint', { n: 10n }],
    ['NaN', { n: Number.NaN }],
    ['Infinity', [Number.POSITIVE_INFINITY]],
    ['a Date instance', { at: new Date(0) }],
    ['a NUL character', { s: 'a\u0000b' }],
    ['a lone surrogate', { s: '\uD800x' }],
  ])('rejects %s', (_name, value) => {
    expect(() => canonicalJson(value)).toThrow(NotJsonError);
  });

  it('rejects a cycle but accepts the same object twice side by side', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cycle/);
  });
});
