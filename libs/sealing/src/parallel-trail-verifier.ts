import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { jsonLineBatches } from './export-reader';
import { MalformedExport, parseJsonLine } from './exported-trail';
import { Hash } from './merkle-tree';
import { readJsonLine } from './json-line-check';
import { digestOfRecord, LeafChecks, leafOfRecord, ProblemLog, PROBLEMS_KEPT, StreamChecks, TrailProblem, TrailVerification } from './offline-verifier';
import { Checkpoint } from './signed-checkpoint';

/**
 * The offline check of a JSON Lines export on several threads. Each worker reads the whole file
 * but checks only the streams that fall to it (by a hash of the stream id): digests and chains
 * need nothing from other streams. It hands back, for each of its records in line order, the leaf
 * index and leaf hash; the main thread merges them by line and runs the checks over the export's
 * order (leaf indexes, the tree against the checkpoint), so the verdict is the one
 * {@link TrailVerifier} gives on one thread.
 */

/** The script a worker runs — one that calls {@link runTrailWorkerIfAsked} when it loads — and how Node is to start it. */
export interface WorkerScript {
  readonly file: string;
  readonly execArgv?: readonly string[];
}

interface TrailWorkerTask {
  readonly kind: 'supervision-engine/trail-verifier';
  readonly path: string;
  readonly part: number;
  readonly parts: number;
  readonly wholeLog: boolean;
  readonly leaves: boolean;
}

interface TrailWorkerResult {
  readonly lines: Float64Array;
  /** -1 for a record that is not sealed. */
  readonly leafIndexes: Float64Array;
  readonly positions: Float64Array;
  readonly versions: Float64Array;
  readonly streamIds: string[];
  /** 32 bytes per record (zeros where no leaf was computed). */
  readonly leafHashes: Uint8Array;
  readonly problems: TrailProblem[];
  readonly problemCount: number;
  readonly streams: number;
  readonly unanchored: number;
}

type WorkerMessage = { readonly result: TrailWorkerResult } | { readonly malformed: { readonly line: number; readonly message: string } };

export async function verifyJsonLinesInParallel(path: string, checkpoint: Checkpoint | null, parts: number, script: WorkerScript): Promise<TrailVerification> {
  const results = await Promise.all(
    Array.from({ length: parts }, (_, part) =>
      runWorker(script, { kind: 'supervision-engine/trail-verifier', path, part, parts, wholeLog: checkpoint !== null, leaves: checkpoint !== null }),
    ),
  );
  const problems = new ProblemLog();
  const leaves = new LeafChecks(checkpoint, problems);
  // Merge the workers' records by line: each list is in line order already.
  const next = results.map(() => 0);
  let events = 0;
  for (;;) {
    let from = -1;
    for (let part = 0; part < results.length; part++) {
      const at = next[part]!;
      if (at < results[part]!.lines.length && (from < 0 || results[part]!.lines[at]! < results[from]!.lines[next[from]!]!)) from = part;
    }
    if (from < 0) break;
    const result = results[from]!;
    const at = next[from]!++;
    events += 1;
    const leafIndex = result.leafIndexes[at]!;
    const leaf = (): Hash => Buffer.from(result.leafHashes.buffer, result.leafHashes.byteOffset + at * 32, 32);
    leaves.add(leafIndex < 0 ? null : leafIndex, leaf, { line: result.lines[at]!, position: result.positions[at]!, streamId: result.streamIds[at]!, version: result.versions[at]! });
  }
  const verdict = leaves.finish();
  // Every problem in line order (those of the whole export, with no line, last); the workers' before the leaf checks' on a line.
  const all = [...results.flatMap((result) => result.problems), ...problems.kept].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  const problemCount = problems.count + results.reduce((sum, result) => sum + result.problemCount, 0);
  return {
    ok: problemCount === 0,
    events,
    streams: results.reduce((sum, result) => sum + result.streams, 0),
    sealedEvents: leaves.sealed,
    unanchoredEvents: results.reduce((sum, result) => sum + result.unanchored, 0),
    checkpoint: verdict,
    problemCount,
    problems: all.slice(0, PROBLEMS_KEPT),
  };
}

function runWorker(script: WorkerScript, task: TrailWorkerTask): Promise<TrailWorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script.file, { workerData: task, execArgv: [...(script.execArgv ?? [])] });
    let settled = false;
    worker.once('message', (message: WorkerMessage) => {
      settled = true;
      if ('result' in message) resolve(message.result);
      else reject(new MalformedExport(message.malformed.line, message.malformed.message));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`a trail verifier worker stopped (exit code ${code}) without an answer`));
    });
  });
}

/**
 * In a worker thread started by {@link verifyJsonLinesInParallel}, runs the worker's part and
 * answers; anywhere else does nothing. Call it when the worker script loads.
 */
export function runTrailWorkerIfAsked(): boolean {
  const task = workerData as Partial<TrailWorkerTask> | undefined;
  if (isMainThread || task?.kind !== 'supervision-engine/trail-verifier') return false;
  checkPart(task as TrailWorkerTask).then(
    (message) => {
      const result = 'result' in message ? message.result : undefined;
      const buffers = result === undefined ? [] : [result.lines, result.leafIndexes, result.positions, result.versions, result.leafHashes].map((array) => array.buffer as ArrayBuffer);
      parentPort!.postMessage(message, buffers);
    },
    (error: unknown) => {
      throw error;
    },
  );
  return true;
}

async function checkPart(task: TrailWorkerTask): Promise<WorkerMessage> {
  const problems = new ProblemLog();
  const streams = new StreamChecks(task.wholeLog, problems);
  const records = new GrowingRecords();
  try {
    for await (const { bytes, starts, ends, numbers } of jsonLineBatches(task.path)) {
      for (let i = 0; i < starts.length; i++) {
        const line = numbers[i]!;
        const quick = partOfLeadingStreamId(bytes, starts[i]!, ends[i]!, task.parts);
        const event = quick === undefined ? parseJsonLine(bytes.toString('utf8', starts[i], ends[i]), line) : undefined;
        if ((quick ?? partOfStreamId(event!.streamId, task.parts)) !== task.part) continue;
        const { facts, computedDigest } = event === undefined ? readJsonLine(bytes, starts[i]!, ends[i]!, line) : { facts: event, computedDigest: digestOfRecord(event) };
        const checked = streams.check(facts, line, computedDigest);
        const leaf = task.leaves && facts.leafIndex !== null ? leafOfRecord(facts, checked) : undefined;
        records.push(line, facts.leafIndex ?? -1, facts.position, facts.version, facts.streamId, leaf);
      }
    }
  } catch (error) {
    if (error instanceof MalformedExport) return { malformed: { line: error.line, message: error.message.replace(/^line \d+: /, '') } };
    throw error;
  }
  return { result: { ...records.done(), problems: problems.kept, problemCount: problems.count, streams: streams.streamCount, unanchored: streams.unanchored } };
}

/**
 * The part of the record's stream when the line starts as `jsonLine` writes it —
 * `{"leafIndex":<digits or null>,"position":<digits>,"transactionId":"<digits>","streamId":"<id without escapes>"` —
 * read from the bytes without decoding the line; undefined otherwise (the line is parsed to find it).
 */
function partOfLeadingStreamId(bytes: Buffer, from: number, to: number, parts: number): number | undefined {
  let at = from;
  const literal = (text: Buffer): boolean => {
    if (at + text.length > to || bytes.compare(text, 0, text.length, at, at + text.length) !== 0) return false;
    at += text.length;
    return true;
  };
  const digits = (): boolean => {
    const start = at;
    while (at < to && bytes[at]! >= 0x30 && bytes[at]! <= 0x39) at += 1;
    return at > start;
  };
  if (!literal(LEAF_INDEX) || !(literal(NULL) || digits())) return undefined;
  if (!literal(POSITION) || !digits() || !literal(TRANSACTION) || !digits() || !literal(STREAM)) return undefined;
  const start = at;
  while (at < to && bytes[at] !== 0x22) {
    if (bytes[at] === 0x5c) return undefined; // an escape: let JSON say what the id is
    at += 1;
  }
  return at < to ? partOf(bytes, start, at, parts) : undefined;
}

const LEAF_INDEX = Buffer.from('{"leafIndex":');
const NULL = Buffer.from('null');
const POSITION = Buffer.from(',"position":');
const TRANSACTION = Buffer.from(',"transactionId":"');
const STREAM = Buffer.from('","streamId":"');

/** The part of a stream id read from a parsed record: the same hash over its UTF-8 bytes. */
function partOfStreamId(streamId: string, parts: number): number {
  const bytes = Buffer.from(streamId, 'utf8');
  return partOf(bytes, 0, bytes.length, parts);
}

/** FNV-1a over the stream id's UTF-8 bytes `[from, to)`, into `parts`. */
function partOf(bytes: Buffer, from: number, to: number, parts: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    hash ^= bytes[i]!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % parts;
}

/** A worker's records in typed arrays that double as they fill. */
class GrowingRecords {
  private size = 0;
  private lines = new Float64Array(1024);
  private leafIndexes = new Float64Array(1024);
  private positions = new Float64Array(1024);
  private versions = new Float64Array(1024);
  private leafHashes = new Uint8Array(1024 * 32);
  private readonly streamIds: string[] = [];

  push(line: number, leafIndex: number, position: number, version: number, streamId: string, leaf: Hash | undefined): void {
    if (this.size === this.lines.length) this.grow();
    this.lines[this.size] = line;
    this.leafIndexes[this.size] = leafIndex;
    this.positions[this.size] = position;
    this.versions[this.size] = version;
    this.streamIds.push(streamId);
    if (leaf !== undefined) this.leafHashes.set(leaf, this.size * 32);
    this.size += 1;
  }

  done(): Pick<TrailWorkerResult, 'lines' | 'leafIndexes' | 'positions' | 'versions' | 'streamIds' | 'leafHashes'> {
    return {
      lines: this.lines.slice(0, this.size),
      leafIndexes: this.leafIndexes.slice(0, this.size),
      positions: this.positions.slice(0, this.size),
      versions: this.versions.slice(0, this.size),
      streamIds: this.streamIds,
      leafHashes: this.leafHashes.slice(0, this.size * 32),
    };
  }

  private grow(): void {
    const wider = (array: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => {
      const next = new Float64Array(array.length * 2);
      next.set(array);
      return next;
    };
    this.lines = wider(this.lines);
    this.leafIndexes = wider(this.leafIndexes);
    this.positions = wider(this.positions);
    this.versions = wider(this.versions);
    const hashes = new Uint8Array(this.leafHashes.length * 2);
    hashes.set(this.leafHashes);
    this.leafHashes = hashes;
  }
}
