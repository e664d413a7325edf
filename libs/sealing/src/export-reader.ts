import { createReadStream } from 'node:fs';
import { CsvTrailReader, ExportRecord, parseJsonLine } from './exported-trail';

/** Which encoding an export file is in: `{` first (after any byte-order mark and blank space) opens a JSON Lines record. */
export async function exportFormatOf(path: string): Promise<'jsonl' | 'csv' | 'empty'> {
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 }) as AsyncIterable<string>) {
    const start = chunk.replace(/^\uFEFF/, '').trimStart();
    if (start !== '') return start.startsWith('{') ? 'jsonl' : 'csv';
  }
  return 'empty';
}

/**
 * The lines of a JSON Lines file as byte ranges, a chunk (about a megabyte) at a time: `bytes`
 * holds whole lines; line `i` of the batch is `bytes[starts[i], ends[i])` (its line feed and any
 * carriage return left out) and is line `numbers[i]` of the file (from 1). Blank lines are skipped,
 * and the byte-order mark of the first line. Nothing is decoded: a reader decodes the lines it wants.
 */
export interface LineBatch {
  readonly bytes: Buffer;
  readonly starts: number[];
  readonly ends: number[];
  readonly numbers: number[];
}

export async function* jsonLineBatches(path: string): AsyncGenerator<LineBatch> {
  let rest: Buffer | undefined;
  let line = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const bytes = rest === undefined ? chunk : Buffer.concat([rest, chunk]);
    const batch: LineBatch = { bytes, starts: [], ends: [], numbers: [] };
    let from = 0;
    for (let end = bytes.indexOf(0x0a); end >= 0; end = bytes.indexOf(0x0a, from)) {
      line += 1;
      addLine(batch, from, end, line);
      from = end + 1;
    }
    rest = from < bytes.length ? bytes.subarray(from) : undefined;
    if (batch.starts.length > 0) yield batch;
  }
  if (rest !== undefined) {
    const batch: LineBatch = { bytes: rest, starts: [], ends: [], numbers: [] };
    addLine(batch, 0, rest.length, line + 1);
    if (batch.starts.length > 0) yield batch;
  }
}

const BYTE_ORDER_MARK = Buffer.from([0xef, 0xbb, 0xbf]);

/** Adds the line `[from, to)` without blank space around it (or a first line's byte-order mark), unless it is blank. */
function addLine(batch: LineBatch, from: number, to: number, number: number): void {
  const { bytes } = batch;
  let start = from;
  let end = to;
  if (number === 1 && bytes.subarray(start, start + 3).equals(BYTE_ORDER_MARK)) start += 3;
  while (start < end && isBlankByte(bytes[start]!)) start += 1;
  while (end > start && isBlankByte(bytes[end - 1]!)) end -= 1;
  if (start === end) return;
  batch.starts.push(start);
  batch.ends.push(end);
  batch.numbers.push(number);
}

function isBlankByte(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0d;
}

/**
 * The events of an exported trail file, read as a stream. JSON Lines or CSV, told apart by the
 * first character (see {@link exportFormatOf}).
 */
export async function* readExportFile(path: string): AsyncGenerator<ExportRecord> {
  const format = await exportFormatOf(path);
  if (format === 'jsonl') {
    for await (const { bytes, starts, ends, numbers } of jsonLineBatches(path)) {
      for (let i = 0; i < starts.length; i++) yield { event: parseJsonLine(bytes.toString('utf8', starts[i], ends[i]), numbers[i]!), line: numbers[i]! };
    }
  } else if (format === 'csv') {
    const csv = new CsvTrailReader();
    for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }) as AsyncIterable<string>) yield* csv.push(chunk);
    yield* csv.end();
  }
}
