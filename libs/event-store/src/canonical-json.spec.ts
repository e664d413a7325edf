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

describe('canonicalJson when something is not JSON', () => {
  it.each([
    ['a hole in an array', { list: withHole() }, '$.list[1]'],
    ['undefined inside an array', { list: [1, undefined] }, '$.list[1]'],
    ['a lone surrogate in a key', { ['k\uDC00']: 1 }, '$.k\uDC00'],
    ['a nested class instance', { a: [{ b: new Map() }] }, '$.a[0].b'],
  ])('rejects %s and names where it is', (_name, value, path) => {
    // When the value is written
    const attempt = () => canonicalJson(value);

    // Then the error names the path of the offending part
    expect(attempt).toThrow(NotJsonError);
    try {
      attempt();
    } catch (error) {
      expect((error as NotJsonError).path).toBe(path);
    }
  });

  it('writes a value normally after a failed attempt at the same objects', () => {
    // Given objects rejected once because of a value deep inside them
    const inner = { c: Number.NaN as number };
    const outer = { a: { b: inner } };
    expect(() => canonicalJson(outer)).toThrow(NotJsonError);

    // When the offending value is fixed and the same objects are written again
    inner.c = 1;

    // Then they write normally: nothing of the failed walk is left over to read as a cycle
    expect(canonicalJson(outer)).toBe('{"a":{"b":{"c":1}}}');
  });

  it('gives the same text for the same value whatever order its keys were set in', () => {
    // Given two objects with the same entries, built in opposite orders, with keys that sort by code unit
    const forwards = { a: 1, B: 2, é: 3, '\uD83D\uDE00': 4, z: { y: [1, 'x'], x: null } };
    const backwards = { z: { x: null, y: [1, 'x'] }, '\uD83D\uDE00': 4, é: 3, B: 2, a: 1 };

    // Then both write alike
    expect(canonicalJson(backwards)).toBe(canonicalJson(forwards));
    expect(canonicalJson(forwards)).toBe('{"B":2,"a":1,"z":{"x":null,"y":[1,"x"]},"é":3,"😀":4}');
  });
});

/** [1, <hole>, 3]: index 1 was never set. */
function withHole(): number[] {
  const list: number[] = [];
  list[0] = 1;
  list[2] = 3;
  return list;
}
