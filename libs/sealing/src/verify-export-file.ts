import { exportFormatOf, jsonLineBatches, readExportFile } from './export-reader';
import { readJsonLine } from './json-line-check';
import { TrailVerification, TrailVerifier } from './offline-verifier';
import { verifyJsonLinesInParallel, WorkerScript } from './parallel-trail-verifier';
import { Checkpoint } from './signed-checkpoint';

/**
 * Checks an export file (JSON Lines or CSV) as {@link TrailVerifier} does: on `threads` threads
 * for JSON Lines when a worker script is given (see parallel-trail-verifier), else on this one.
 */
export async function verifyExportFile(path: string, checkpoint: Checkpoint | null, threads = 1, worker?: WorkerScript): Promise<TrailVerification> {
  const format = await exportFormatOf(path);
  if (format === 'jsonl' && threads > 1 && worker !== undefined) return verifyJsonLinesInParallel(path, checkpoint, threads, worker);
  const verifier = new TrailVerifier(checkpoint);
  if (format === 'jsonl') {
    for await (const { bytes, starts, ends, numbers } of jsonLineBatches(path)) {
      for (let i = 0; i < starts.length; i++) {
        const { facts, computedDigest } = readJsonLine(bytes, starts[i]!, ends[i]!, numbers[i]!);
        verifier.addFacts(facts, computedDigest, numbers[i]!);
      }
    }
  } else {
    for await (const { event, line } of readExportFile(path)) verifier.add(event, line);
  }
  return verifier.finish();
}
