import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { leafOf, logOf, Written } from './exported-log.fixture';
import { csvHeader, csvLine, ExportedEvent, jsonLine } from './exported-trail';
import { readExportFile } from './export-reader';
import { rootOf } from './merkle-tree';
import { TrailVerifier } from './offline-verifier';
import { verifyJsonLinesInParallel } from './parallel-trail-verifier';
import { verifyExportFile } from './verify-export-file';
import { Checkpoint } from './signed-checkpoint';

// The worker script as the tests run TypeScript; the built program uses its own main.js.
const WORKER = { file: join(__dirname, 'trail-worker.ts'), execArgv: ['-r', '@swc-node/register'] };

const WRITTEN: Written[] = Array.from({ length: 300 }, (_, index) => ({
  streamId: index % 7 === 0 ? `case-\\"quoted\\"-${index % 5}` : `case-${index % 23}`,
  type: index % 3 === 0 ? 'CaseOpened' : 'CaseProgressReported',
  data: { 说明: `第${index}条`, n: index, nested: { a: [1, 'b', null] } },
}));
const LOG = logOf(WRITTEN);
const CHECKPOINT: Checkpoint = { origin: 'huzhou.supervision/audit', treeSize: 250, rootHash: rootOf(LOG.slice(0, 250).map(leafOf)) };

describe('the offline check on several threads', () => {
  const folder = mkdtempSync(join(tmpdir(), 'trail-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  async function bothWays(events: readonly ExportedEvent[], checkpoint: Checkpoint | null, name: string) {
    const path = join(folder, `${name}.jsonl`);
    // A byte-order mark, a blank line and a CRLF line end, as an editor might leave them.
    writeFileSync(path, `\uFEFF${events.map(jsonLine).join('').replace('\n', '\r\n\n')}`);
    // The reference: every record parsed and its content canonicalised. The others read the lines as
    // jsonLine writes them without parsing their content, on one thread or on three.
    const single = new TrailVerifier(checkpoint);
    for await (const { event, line } of readExportFile(path)) single.add(event, line);
    const reference = single.finish();
    expect(await verifyExportFile(path, checkpoint)).toEqual(reference);
    return { single: reference, parallel: await verifyJsonLinesInParallel(path, checkpoint, 3, WORKER) };
  }

  it('given an intact export, then three threads say what one says', async () => {
    const { single, parallel } = await bothWays(LOG, CHECKPOINT, 'intact');
    expect(single).toMatchObject({ ok: true, events: 300, sealedEvents: 300, checkpoint: { matches: true } });
    expect(parallel).toEqual(single);
  });

  it('given tampered exports, then three threads find the same problems in the same order', async () => {
    const deleted = LOG.filter((event) => event.position !== 40);
    const edited = LOG.map((event) => (event.position === 10 || event.position === 200 ? { ...event, data: { 改: true } } : event));
    const swapped = LOG.map((event) => (event.position === 5 ? { ...event, position: 6 } : event.position === 6 ? { ...event, position: 5 } : event));
    for (const [name, events] of Object.entries({ deleted, edited, swapped })) {
      const { single, parallel } = await bothWays(events, CHECKPOINT, name);
      expect(single.ok).toBe(false);
      expect({ name, report: parallel }).toEqual({ name, report: single });
    }
  });

  it('given lines another tool rewrote (other key order, blank space, escapes), then they are read the slow way to the same verdict', async () => {
    const rewritten = LOG.map(({ metadata, data, ...rest }) => ({ metadata, ...rest, data }));
    const path = join(folder, 'rewritten.jsonl');
    writeFileSync(path, rewritten.map((event, index) => `${JSON.stringify(event, null, index % 2 === 0 ? 0 : 1).replace(/\n/g, ' ')}\n`).join(''));
    const single = new TrailVerifier(CHECKPOINT);
    for await (const { event, line } of readExportFile(path)) single.add(event, line);
    expect(single.finish()).toMatchObject({ ok: true, events: 300 });
    expect(await verifyExportFile(path, CHECKPOINT)).toEqual(single.finish());
  });

  it('given a line whose content bytes were changed but not its digest, then the content problem is named as the slow way names it', async () => {
    const lines = LOG.map(jsonLine);
    lines[9] = lines[9]!.replace('"n":9', '"n":90');
    const path = join(folder, 'edited-bytes.jsonl');
    writeFileSync(path, lines.join(''));
    const report = await verifyExportFile(path, CHECKPOINT);
    expect(report.problems[0]).toMatchObject({ kind: 'content', line: 10, position: 10 });
    expect(await verifyJsonLinesInParallel(path, CHECKPOINT, 2, WORKER)).toEqual(report);
  });

  it('given a filtered export and no checkpoint, then streams that start mid-way are counted alike', async () => {
    const { single, parallel } = await bothWays(LOG.slice(100), null, 'filtered');
    expect(single).toMatchObject({ ok: true, unanchoredEvents: expect.any(Number) });
    expect(parallel).toEqual(single);
  });

  it('names the line of a record it cannot read, as the single thread does', async () => {
    const path = join(folder, 'broken.jsonl');
    writeFileSync(path, `${jsonLine(LOG[0]!)}${jsonLine(LOG[1]!).replace('"version":', '"version":"')}`);
    await expect(verifyJsonLinesInParallel(path, null, 2, WORKER)).rejects.toThrow(/^line 2: /);
  });

  it('reads the CSV export to the same events as the JSON Lines one', async () => {
    const path = join(folder, 'trail.csv');
    writeFileSync(path, csvHeader() + LOG.map(csvLine).join(''));
    const events: ExportedEvent[] = [];
    for await (const { event } of readExportFile(path)) events.push(event);
    expect(events).toEqual(LOG);
  });
});
