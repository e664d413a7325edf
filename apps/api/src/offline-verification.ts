import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import {
  Checkpoint,
  MalformedExport,
  openCheckpoint,
  parseJsonLine,
  parseVerifierKey,
  TrailVerification,
  verifyEventInclusion,
  InclusionVerification,
  verifyExportFile,
  WorkerScript,
} from '@app/sealing';

/**
 * The auditor's commands, which need neither the database nor the engine's configuration: an
 * exported trail, a checkpoint and the verifier key are all they read.
 *
 *   verify-export --trail <file> [--checkpoint <file> --key <key or file>]
 *   verify-inclusion --event <file> --proof <file> --checkpoint <file> --key <key or file>
 */
export const VERIFY_EXPORT_USAGE = `Usage:
  verify-export --trail <export.jsonl|export.csv> [--checkpoint <note or checkpoint JSON> --key <verifier key or a file holding it>] [--threads N]
  verify-inclusion --event <one exported event, JSON> --proof <inclusion proof JSON> --checkpoint <…> --key <…>`;

/** What a command printed and its exit code: 0 verified, 3 not, 2 a mistake in the command line, 1 an unreadable file. */
export interface OfflineOutcome {
  readonly code: 0 | 1 | 2 | 3;
  readonly output: string;
}

/**
 * `worker`: the script a thread of the parallel check runs (the program's own main.js); without
 * one, or with `--threads 1`, or for CSV, the export is checked on this thread.
 */
export async function verifyExportCommand(args: readonly string[], worker?: WorkerScript): Promise<OfflineOutcome> {
  const flags = flagsOf(args, ['--trail', '--checkpoint', '--key', '--threads']);
  if (typeof flags === 'string') return usage(flags);
  const trail = flags.get('--trail');
  if (trail === undefined) return usage('--trail is required');
  if (flags.has('--checkpoint') !== flags.has('--key')) return usage('--checkpoint and --key go together: a checkpoint is only as good as the key it is checked with');
  const threads = flags.has('--threads') ? Number(flags.get('--threads')) : Math.min(availableParallelism(), 4);
  if (!Number.isInteger(threads) || threads < 1 || threads > 64) return usage('--threads takes a whole number from 1 to 64');
  try {
    const checkpoint = flags.has('--checkpoint') ? openedCheckpoint(flags.get('--checkpoint')!, flags.get('--key')!) : null;
    const report: TrailVerification = await verifyExportFile(trail, checkpoint, threads, worker);
    return { code: report.ok ? 0 : 3, output: JSON.stringify(report) };
  } catch (error) {
    return unreadable(error);
  }
}

export function verifyInclusionCommand(args: readonly string[]): OfflineOutcome {
  const flags = flagsOf(args, ['--event', '--proof', '--checkpoint', '--key']);
  if (typeof flags === 'string') return usage(flags);
  const missing = ['--event', '--proof', '--checkpoint', '--key'].filter((flag) => !flags.has(flag));
  if (missing.length > 0) return usage(`${missing.join(', ')} required`);
  try {
    const checkpoint = openedCheckpoint(flags.get('--checkpoint')!, flags.get('--key')!);
    const event = parseJsonLine(readFileSync(flags.get('--event')!, 'utf8').trim(), 1);
    const proof = proofOf(readFileSync(flags.get('--proof')!, 'utf8'));
    const report: InclusionVerification = verifyEventInclusion(event, proof, checkpoint);
    return { code: report.ok ? 0 : 3, output: JSON.stringify(report) };
  } catch (error) {
    return unreadable(error);
  }
}

/** Why an input could not be used: a file that is not there or not of its format, a note the key did not sign. */
class UnusableInput extends Error {}

/**
 * The checkpoint a note file states, checked with the key. The file holds the signed note, or
 * the JSON `GET /audit/checkpoints/latest` answers (its `note` is used, never its `verifierKey`:
 * the key must come from the auditor's own records).
 */
function openedCheckpoint(file: string, key: string): Checkpoint {
  const text = readFileSync(file, 'utf8');
  let note = text;
  if (text.trimStart().startsWith('{')) {
    const parsed = JSON.parse(text) as { note?: unknown };
    if (typeof parsed.note !== 'string') throw new UnusableInput(`${file} is JSON without a "note"`);
    note = parsed.note;
  }
  let verifier: ReturnType<typeof parseVerifierKey>;
  try {
    verifier = parseVerifierKey(existsSync(key) ? readFileSync(key, 'utf8') : key);
  } catch (error) {
    throw new UnusableInput(`--key: ${error instanceof Error ? error.message : String(error)}`);
  }
  const checkpoint = openCheckpoint(note, verifier);
  if (checkpoint === null) throw new UnusableInput(`${file} is not a checkpoint signed by ${verifier.name}'s key`);
  return checkpoint;
}

function proofOf(text: string): { leafIndex: number; treeSize: number; proof: string[] } {
  const value = JSON.parse(text) as { leafIndex?: unknown; treeSize?: unknown; proof?: unknown };
  const whole = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
  if (!whole(value.leafIndex) || !whole(value.treeSize) || !Array.isArray(value.proof) || !value.proof.every((hash) => typeof hash === 'string')) {
    throw new UnusableInput('the proof is not an inclusion proof (leafIndex, treeSize, proof: base64 hashes) as GET /audit/proofs/inclusion answers');
  }
  return { leafIndex: value.leafIndex, treeSize: value.treeSize, proof: value.proof as string[] };
}

function flagsOf(args: readonly string[], known: readonly string[]): Map<string, string> | string {
  const flags = new Map<string, string>();
  for (let index = 0; index < args.length; index += 2) {
    const [flag, value] = [args[index]!, args[index + 1]];
    if (!known.includes(flag)) return `unknown argument "${flag}"`;
    if (value === undefined || value.startsWith('--')) return `${flag} needs a value`;
    if (flags.has(flag)) return `${flag} is given twice`;
    flags.set(flag, value);
  }
  return flags;
}

function usage(problem: string): OfflineOutcome {
  return { code: 2, output: JSON.stringify({ error: problem, usage: VERIFY_EXPORT_USAGE }) };
}

function unreadable(error: unknown): OfflineOutcome {
  if (error instanceof MalformedExport || error instanceof UnusableInput || error instanceof SyntaxError || error instanceof RangeError || isFileError(error)) {
    return { code: 1, output: JSON.stringify({ error: (error as Error).message }) };
  }
  throw error;
}

function isFileError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).code!.startsWith('E');
}
