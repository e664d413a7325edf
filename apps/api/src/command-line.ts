/** What `node dist/apps/api/main.js --help` prints: every command of the program. */
export const USAGE = `Usage: node dist/apps/api/main.js [command]

  (no command)                     serve the API and the web console on PORT
  migrate                          apply the database migrations, then exit
  rebuild <read model>|--all       rebuild read models from the event log and swap them in
  calendar load <notice.json>      load a year's State Council holiday notice
  users …                          administer accounts (users --help lists its commands)
  verify [--from N] [--to N]       check the event log's digests and hash chains (positions N..N),
                                   and for the whole log the sealed tree against the latest
                                   checkpoint; prints the report as JSON, exit 0 intact, 3 broken
  verify-export --trail <file> [--checkpoint <file> --key <key|file>]
                                   check an exported trail (JSON Lines or CSV) without the
                                   database: every digest and chain, and the Merkle root
                                   against a signed checkpoint; exit 0 intact, 3 not
  verify-inclusion --event <file> --proof <file> --checkpoint <file> --key <key|file>
                                   check one exported event's inclusion proof against a
                                   signed checkpoint, without the database
  help, --help, -h                 print this text

Exit codes: 0 done, 1 failed, 2 a mistake in the command line, 3 a verify command found a break.
Configuration comes from the environment (see README: Configuration); logs are JSON lines on
standard output at LOG_LEVEL.`;

/** Exit code of `verify` when the log does not verify. */
export const LOG_BROKEN = 3;

/** `--from N --to N` as a range of positions, or what is wrong with them. */
export function verifyRangeOf(args: readonly string[]): { from?: number; to?: number } | string {
  const range: { from?: number; to?: number } = {};
  for (let index = 0; index < args.length; index += 2) {
    const [flag, value] = [args[index], args[index + 1]];
    if (flag !== '--from' && flag !== '--to') return `unknown argument "${flag}"; usage: verify [--from N] [--to N]`;
    if (value === undefined || !/^[1-9]\d{0,15}$/.test(value)) return `${flag} needs a position, a whole number from 1`;
    range[flag === '--from' ? 'from' : 'to'] = Number(value);
  }
  if (range.from !== undefined && range.to !== undefined && range.from > range.to) return '--from is after --to';
  return range;
}
