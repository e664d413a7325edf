import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isBlank, isOneOf, isPositiveInteger, isPositiveNumber, optionalText } from './input-guards';

describe('input guards', () => {
  it('isBlank: anything that is not a string with a non-space character is blank', () => {
    expect([undefined, null, 3, {}, [], '', '  ', '\t\n', '\u3000'].map(isBlank)).toEqual([true, true, true, true, true, true, true, true, true]);
    expect([' 余村 ', 'a'].map(isBlank)).toEqual([false, false]);
  });

  it('optionalText: the text trimmed, or null where there is none', () => {
    expect([' 同意 ', '', '  ', undefined, null, 7].map(optionalText)).toEqual(['同意', null, null, null, null, null]);
  });

  it('isPositiveInteger: whole numbers from 1; isPositiveNumber: finite numbers above 0', () => {
    expect([1, 10, 0, -1, 2.5, Number.NaN, Infinity, '3'].map(isPositiveInteger)).toEqual([true, true, false, false, false, false, false, false]);
    expect([0.1, 3, 0, -0.5, Infinity, Number.NaN, '1'].map(isPositiveNumber)).toEqual([true, true, false, false, false, false, false]);
  });

  it('isOneOf: a name from the list, compared exactly', () => {
    const colours = ['blue', 'yellow', 'red'] as const;
    expect(['red', 'Red', 'green', undefined, 1].map((value) => isOneOf(colours, value))).toEqual([true, false, false, false, false]);
  });

  it('is the one definition of isBlank in the code base: no module keeps a copy', () => {
    const root = join(__dirname, '..', '..', '..');
    const sources = (directory: string): string[] =>
      readdirSync(directory).flatMap((name) => {
        const path = join(directory, name);
        if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
        return path.endsWith('.ts') ? [path] : [];
      });
    const copies = ['apps', 'libs', 'bench', 'test']
      .flatMap((folder) => sources(join(root, folder)))
      .filter((file) => /\bfunction isBlank\b|\bconst isBlank\s*=/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(copies).toEqual(['libs/workflow/src/input-guards.ts']);
  });
});
