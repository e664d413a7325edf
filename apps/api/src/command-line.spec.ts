import { USAGE, verifyRangeOf } from './command-line';

describe('the usage text', () => {
  it('lists every command', () => {
    for (const command of ['migrate', 'rebuild <read model>|--all', 'calendar load <notice.json>', 'users', 'verify [--from N] [--to N]', '--help']) {
      expect(USAGE).toContain(command);
    }
  });
});

describe('verifyRangeOf', () => {
  it('reads --from and --to, in either order, either or both', () => {
    expect(verifyRangeOf([])).toEqual({});
    expect(verifyRangeOf(['--from', '10'])).toEqual({ from: 10 });
    expect(verifyRangeOf(['--to', '20', '--from', '10'])).toEqual({ from: 10, to: 20 });
  });

  it('refuses anything else, a position that is not a whole number from 1, and a range that ends before it starts', () => {
    for (const args of [['--from'], ['--from', '0'], ['--from', '-1'], ['--to', '1.5'], ['--to', 'x'], ['--all'], ['10'], ['--from', '5', '--to', '4']]) {
      expect(typeof verifyRangeOf(args)).toBe('string');
    }
  });
});
