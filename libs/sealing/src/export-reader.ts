import { createReadStream } from 'node:fs';
import { CsvTrailReader, ExportRecord, parseJsonLine } from './exported-trail';

/**
 * The events of an exported trail file, read as a stream (a file of millions of events is never
 * held whole). JSON Lines or CSV, told apart by the first character after any byte-order mark:
 * `{` opens a JSON Lines record, anything else is the CSV header.
 */
export async function* readExportFile(path: string): AsyncGenerator<ExportRecord> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let format: 'jsonl' | 'csv' | undefined;
  let csv: CsvTrailReader | undefined;
  let rest = '';
  let line = 0;
  for await (const chunk of stream as AsyncIterable<string>) {
    if (format === undefined) {
      const start = chunk.replace(/^\uFEFF/, '').trimStart();
      if (start === '') continue;
      format = start.startsWith('{') ? 'jsonl' : 'csv';
      if (format === 'csv') csv = new CsvTrailReader();
    }
    if (csv !== undefined) {
      yield* csv.push(chunk);
      continue;
    }
    const text = rest + chunk;
    let from = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', from)) {
      line += 1;
      const record = text.slice(from, end).trim();
      from = end + 1;
      if (record !== '') yield { event: parseJsonLine(record.replace(/^\uFEFF/, ''), line), line };
    }
    rest = text.slice(from);
  }
  if (csv !== undefined) {
    yield* csv.end();
  } else if (rest.trim() !== '') {
    yield { event: parseJsonLine(rest.trim(), line + 1), line: line + 1 };
  }
}
