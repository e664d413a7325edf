/**
 * Sealed-log speed (issue 16): sealing a large log from empty, proofs against the full tree, and
 * offline verification of an export, each against a baseline measured in the same run.
 *
 *   npm run bench:seal                              full run: 1,000,000 events
 *   BENCH_SEAL_EVENTS=100000 npm run bench:seal     a quick run
 *
 * Runs on the server of DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres): it
 * creates a fresh database `bench_seal_<random>` there and drops it at the end (also on Ctrl-C).
 * stdout carries one JSON object per measurement and nothing else; progress goes to stderr.
 *
 * The log. BENCH_SEAL_EVENTS events (default 1,000,000) appended through PostgresEventStore, so
 * that digests, chains, transaction ids and recording times are the store's own: many streams of
 * a few events each (cases of 3–7 events: opened, assigned, signed, reported, submitted, warned,
 * closed; tasks of 2–5: assigned, opened, scored, submitted, closed), each appended whole as a new
 * stream by one of 8 concurrent appenders; data of a few hundred bytes with Chinese titles,
 * descriptions and reports, and the metadata the app writes. Then VACUUM ANALYZE.
 *
 * Sealing (`seal-catchup`). One timed run is `LogSealer.sealPending()` over the whole log from an
 * empty tree (the sealing tables are truncated before each run), in the sealer's batches
 * (BENCH_SEAL_BATCH, default 2000 as the sealer's). The baseline run reads the same rows in the same
 * order and batches with the sealer's own select (subscription order, `STORED_LEAF_COLUMNS`, the
 * same horizon bound), hashing and writing nothing: what any reader of the log in that order pays.
 * Runs alternate B O, O B, … (BENCH_SEAL_ROUNDS, default 2 per side) and medians are reported;
 * `ratio` is median(sealing) / median(reading). After the runs the sealed root is compared with
 * the root recomputed from the log's rows, so a fast wrong seal cannot pass.
 *
 * Proofs (`proof-inclusion`, `proof-consistency`). Over the full tree, BENCH_SEAL_PROOFS samples
 * (default 5,000) of `SealedLog.inclusionProof(random leaf, tree size)` and of
 * `SealedLog.consistencyProof(random m, random n ≥ m)`, each with the reads it does (the tree size,
 * then the stored subtrees in one query), interleaved with the baseline: the primary-key lookup of
 * one event row (`SELECT * FROM es_events WHERE global_position = $1`) at a random position.
 * Latencies p50/p99 in ms; ratio is ours / baseline at each percentile. Every 50th proof is checked
 * against the tree's roots with the RFC 9162 verifiers (untimed).
 *
 * Offline verification (`offline-verify-jsonl`, `offline-verify-csv`). The whole log, sealed,
 * exported as `GET /audit/events/export` writes it (AuditTrail pages, each record made as
 * ExportAuditTrailHandler makes it, without actors' display names: this database has no users),
 * to a file in the temporary folder, in each format of BENCH_SEAL_EXPORTS (default jsonl,csv); a
 * checkpoint over the whole tree signed with a fresh Ed25519 key. One timed run is the auditor's
 * command as they run it: the built program, `node dist/apps/api/main.js verify-export --trail
 * <file> --checkpoint <note> --key <verifier key> --threads <BENCH_SEAL_THREADS, default 2>`
 * (every content digest, every stream's chain, the Merkle root against the checkpoint; its start
 * counted), built first with `nest build api`; it must report the export verified. The baseline run reads the same file with the same reader
 * (records parsed and checked for shape) and does nothing with them. Alternating as above.
 *
 * Targets (issue 16): ≥ 100,000 leaves/s sealing; proofs p99 ≤ 5 ms; offline verification
 * ≥ 200,000 events/s. BENCH_KEEP=1 keeps the database (to look at plans).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, open, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { EventToAppend, logHorizon, migrateEventStore, PostgresEventStore } from '@app/event-store';
import {
  csvHeader,
  csvLine,
  jsonLine,
  leafHashOfStored,
  LogSealer,
  MerkleFrontier,
  readExportFile,
  SealedLog,
  signCheckpoint,
  signerFromPem,
  STORED_LEAF_COLUMNS,
  StoredLeafRow,
  verifierKey,
  verifyConsistency,
  verifyInclusion,
} from '@app/sealing';
import { caseStreamId, taskStreamId } from '@app/supervision';
import { exportedEvent } from '../apps/api/src/audit/audit-event.view';
import { AuditTrail } from '../apps/api/src/audit/audit-trail';
import { seededRandom } from '../libs/read-models/src/supervision-boards/board-history.spec-fixtures';
import { cpuMeter, cpuPerEvent, CpuSpent, emit, fmt, log, median, percentile, positiveInt, redact, round, SERVER_URL, withScratchDatabase } from './bench-support';

const EVENTS = positiveInt(process.env.BENCH_SEAL_EVENTS, 1_000_000);
const ROUNDS = positiveInt(process.env.BENCH_SEAL_ROUNDS, 2);
const PROOFS = positiveInt(process.env.BENCH_SEAL_PROOFS, 5_000);
/** Leaves per sealing transaction; 2000 is the sealer's default. */
const BATCH = positiveInt(process.env.BENCH_SEAL_BATCH, 2000);
const APPENDERS = 8;
const SEAL_TARGET = 100_000;
const PROOF_P99_TARGET_MS = 5;
const VERIFY_TARGET = 200_000;
const THREADS = positiveInt(process.env.BENCH_SEAL_THREADS, 2);
/** The auditor's program, as `npm run build` makes it (built at the start of the run). */
const BUILT_PROGRAM = join(__dirname, '..', 'dist', 'apps', 'api', 'main.js');
const EXPORT_FORMATS: readonly ExportFormat[] = (process.env.BENCH_SEAL_EXPORTS ?? 'jsonl,csv').split(',').filter((format) => format !== '').map((format) => {
  if (format !== 'jsonl' && format !== 'csv') throw new Error(`BENCH_SEAL_EXPORTS: ${format} is neither jsonl nor csv`);
  return format;
});
const NOW = () => new Date();

// ---------------------------------------------------------------------------------------------
// The log: cases and tasks as the app writes them, with Chinese text.

const TITLES = [
  '村集体资金管理不规范，账目公开不及时',
  '乡镇食堂食品安全台账缺失',
  '农村危房改造补助资金发放滞后',
  '河道垃圾清理不彻底，群众反映强烈',
  '高标准农田建设项目验收材料不全',
  '低保对象动态管理不到位',
];
const DESCRIPTIONS = [
  '巡察组在现场检查中发现，该村二〇二五年度集体经济收支未按月公开，部分票据未经村务监督委员会审核，群众对资金去向存在疑问，请责任单位限期整改并报送整改材料。',
  '督查发现食堂进货查验记录不完整，冷藏设备温度记录缺少近两周数据，部分食材无供货商资质证明，存在食品安全隐患，要求立即整改。',
  '经核查，第二批危房改造补助资金拨付至乡镇后滞留超过六十日，涉及农户十七户，请说明原因并于规定期限内发放到位。',
  '群众来信反映该段河道长期堆积生活垃圾，河长巡河记录流于形式，需落实河长责任，建立长效保洁机制。',
];
const REPORTS = [
  '已召开专题会议研究部署，明确责任人和完成时限，相关资料正在补充完善中。',
  '已完成问题清单中的三项整改任务，剩余事项预计本周内办结，整改台账已同步更新。',
  '整改工作全部完成，已将整改报告、现场照片及会议纪要上传系统，请予复核。',
];
const ACTORS = Array.from({ length: 200 }, () => randomUUID());
const UNITS = Array.from({ length: 400 }, () => randomUUID());

/** One stream's events, appended whole: a case or a task of a few events. */
function streamOf(sequence: number, random: () => number): [string, EventToAppend[]] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const day = Math.floor(random() * 300);
  const at = (offsetHours: number) => new Date(Date.parse('2026-01-05T01:00:00.000Z') + (day * 24 + offsetHours) * 3_600_000).toISOString();
  const metadata = () => ({ actorId: pick(ACTORS), correlationId: randomUUID(), causationId: randomUUID(), commandId: randomUUID(), orgUnitId: pick(UNITS) });
  if (sequence % 5 < 3) {
    const caseId = randomUUID();
    const unitId = pick(UNITS);
    const unitChain = [unitId, pick(UNITS), pick(UNITS)];
    const events: EventToAppend[] = [
      {
        type: 'CaseOpened',
        data: {
          caseId,
          title: pick(TITLES),
          description: pick(DESCRIPTIONS),
          severity: pick(['general', 'serious', 'major']),
          source: pick(['inspection', 'letter', 'hotline']),
          responsibleUnitId: unitId,
          unitChain,
          dueWorkingDays: 10,
          parentCaseId: null,
          openedBy: pick(ACTORS),
          openedAt: at(0),
        },
        metadata: metadata(),
      },
      {
        type: 'CaseAssigned',
        data: { caseId, responsibleUnitId: unitId, dueWorkingDays: 10, dueOn: at(336).slice(0, 10), deadlineAt: at(336), assignedBy: pick(ACTORS), assignedAt: at(1) },
        metadata: metadata(),
      },
      { type: 'CaseSigned', data: { caseId, unitId, signedBy: pick(ACTORS), signedAt: at(20) }, metadata: metadata() },
    ];
    const more = Math.floor(random() * 5);
    const tail: EventToAppend[] = [
      { type: 'CaseProgressReported', data: { caseId, report: pick(REPORTS), reportNumber: 1, reportedBy: pick(ACTORS), reportedAt: at(70) }, metadata: metadata() },
      {
        type: 'WarningRaised',
        data: { caseId, colour: 'yellow', level: 2, reason: 'overdue', dueOn: at(336).slice(0, 10), deadlineAt: at(336), timerDueAt: at(340), accountableUnitId: unitId, raisedBy: 'system', raisedAt: at(340) },
        metadata: metadata(),
      },
      { type: 'CaseSubmitted', data: { caseId, report: pick(REPORTS), submittedBy: pick(ACTORS), submittedAt: at(400) }, metadata: metadata() },
      {
        type: 'CaseClosed',
        data: { caseId, parentCaseId: null, comment: '整改到位，同意销号。', pendingExtensionLapsed: false, verifiedBy: pick(ACTORS), closedAt: at(430) },
        metadata: metadata(),
      },
    ];
    return [caseStreamId(caseId), [...events, ...tail.slice(0, more)]];
  }
  const taskId = randomUUID();
  const events: EventToAppend[] = [
    {
      type: 'TaskAssigned',
      data: {
        taskId,
        roundId: `2026-q${(day % 4) + 1}-walk`,
        roundKind: 'walk-see-compete',
        targetUnitId: pick(UNITS),
        inspectors: [{ inspectorId: pick(ACTORS), homeCountyId: null }],
        dueWorkingDays: 5,
        dueOn: at(168).slice(0, 10),
        assignedBy: pick(ACTORS),
        assignedAt: at(0),
      },
      metadata: metadata(),
    },
    { type: 'TaskOpened', data: { taskId, openedBy: pick(ACTORS), openedAt: at(24) }, metadata: metadata() },
    {
      type: 'TaskScoresRecorded',
      data: { taskId, inspectorId: pick(ACTORS), rubricVersion: 1, scores: [{ itemCode: 'R-1.1', score: Math.floor(random() * 10) }, { itemCode: 'R-2.3', score: Math.floor(random() * 10) }], recordedAt: at(30) },
      metadata: metadata(),
    },
    { type: 'TaskSubmitted', data: { taskId, submittedBy: pick(ACTORS), submittedAt: at(40), incompleteInspectorIds: [] }, metadata: metadata() },
    { type: 'TaskClosed', data: { taskId, closedBy: pick(ACTORS), closedAt: at(60) }, metadata: metadata() },
  ];
  return [taskStreamId(taskId), events.slice(0, 2 + Math.floor(random() * 4))];
}

/** Appends streams until the log holds at least `target` events; returns the events and streams written. */
async function fillLog(store: PostgresEventStore, target: number): Promise<{ events: number; streams: number }> {
  const random = seededRandom(16);
  let events = 0;
  let streams = 0;
  let reported = 0;
  const started = performance.now();
  const appender = async (): Promise<void> => {
    while (events < target) {
      const [streamId, stream] = streamOf(streams++, random);
      events += stream.length; // counted before the await, so the appenders stop at the target together
      await store.append(streamId, stream, { expectedVersion: 'no-stream' });
      if (events - reported >= 100_000) {
        reported = events;
        log(`  ${fmt(events)} events appended (${fmt(events / ((performance.now() - started) / 1000))}/s)`);
      }
    }
  };
  await Promise.all(Array.from({ length: APPENDERS }, appender));
  return { events, streams };
}

// ---------------------------------------------------------------------------------------------
// Sealing from empty, against reading the same rows.

interface Run {
  /** Events covered: leaves sealed, rows read, records verified or parsed. */
  readonly events: number;
  readonly seconds: number;
  readonly perSec: number;
  readonly cpu: CpuSpent;
}

async function resetSeal(pool: Pool): Promise<void> {
  await pool.query('TRUNCATE seal_leaves, seal_nodes, seal_state, seal_checkpoints');
}

async function sealRun(pool: Pool): Promise<Run & { rootHash: Buffer }> {
  await resetSeal(pool);
  await pool.query('CHECKPOINT'); // both sides start without the last run's dirty pages to flush
  const sealer = new LogSealer(pool, NOW, BATCH);
  const cpu = cpuMeter();
  const start = performance.now();
  const tree = await sealer.sealPending();
  const seconds = (performance.now() - start) / 1000;
  return { events: tree.treeSize, seconds, perSec: tree.treeSize / seconds, cpu: cpu(), rootHash: tree.rootHash };
}

/** The sealer's select, batch by batch, and nothing else. */
async function readRun(pool: Pool, batchSize: number): Promise<Run> {
  await pool.query('CHECKPOINT');
  const horizon = await logHorizon(pool);
  let after = { transactionId: '0', position: '0' };
  let leaves = 0;
  const cpu = cpuMeter();
  const start = performance.now();
  for (;;) {
    const { rows } = await pool.query<StoredLeafRow>(
      `SELECT ${STORED_LEAF_COLUMNS}
         FROM es_events e
        WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint) AND e.transaction_id < $3::text::xid8
        ORDER BY e.transaction_id, e.global_position
        LIMIT $4`,
      [after.transactionId, after.position, horizon, batchSize],
    );
    leaves += rows.length;
    const last = rows.at(-1);
    if (last !== undefined) after = { transactionId: last.transaction_id, position: last.global_position };
    if (rows.length < batchSize) break;
  }
  const seconds = (performance.now() - start) / 1000;
  return { events: leaves, seconds, perSec: leaves / seconds, cpu: cpu() };
}

/** The root of the whole log recomputed from its rows (untimed): what the sealed root must equal. */
async function rootOfTheLog(pool: Pool): Promise<Buffer> {
  const frontier = new MerkleFrontier();
  let after = { transactionId: '0', position: '0' };
  for (;;) {
    const { rows } = await pool.query<StoredLeafRow>(
      `SELECT ${STORED_LEAF_COLUMNS} FROM es_events e
        WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint)
        ORDER BY e.transaction_id, e.global_position LIMIT 10000`,
      [after.transactionId, after.position],
    );
    for (const row of rows) frontier.append(leafHashOfStored(row));
    const last = rows.at(-1);
    if (last === undefined) return frontier.root();
    after = { transactionId: last.transaction_id, position: last.global_position };
  }
}

/** Runs baseline and ours ROUNDS times each, B O, O B, …; each run must cover `expected` events. */
async function alternate(label: string, baseline: () => Promise<Run>, ours: () => Promise<Run>, expected: number): Promise<{ baseline: Run[]; ours: Run[] }> {
  const runs = { baseline: [] as Run[], ours: [] as Run[] };
  for (let r = 0; r < ROUNDS; r++) {
    const order: Array<'baseline' | 'ours'> = r % 2 === 0 ? ['baseline', 'ours'] : ['ours', 'baseline'];
    for (const side of order) {
      const run = await (side === 'baseline' ? baseline : ours)();
      if (run.events !== expected) throw new Error(`${label} ${side} run covered ${run.events} events of ${expected}`);
      runs[side].push(run);
      log(`${label} round ${r + 1}/${ROUNDS} ${side.padEnd(8)} ${fmt(run.perSec)} events/s (${run.seconds.toFixed(2)} s)`);
    }
  }
  return runs;
}

async function measureSealing(pool: Pool, logEvents: number, common: Record<string, unknown>): Promise<void> {
  const batchSize = BATCH;
  let sealedRoot: Buffer | undefined;
  const runs = await alternate(
    'seal-catchup',
    () => readRun(pool, batchSize),
    async () => {
      const sealed = await sealRun(pool);
      sealedRoot = sealed.rootHash;
      return sealed;
    },
    logEvents,
  );
  const expected = await rootOfTheLog(pool);
  if (!sealedRoot!.equals(expected)) throw new Error(`the sealed root ${sealedRoot!.toString('hex')} is not the log's ${expected.toString('hex')}`);
  const ours = median(runs.ours.map((r) => r.perSec));
  const base = median(runs.baseline.map((r) => r.perSec));
  const nodes = Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM seal_nodes')).rows[0]!.n);
  emit({
    name: 'seal-catchup',
    leavesPerSec: round(ours),
    baselinePerSec: round(base),
    ratio: round(ours / base, 3),
    leaves: logEvents,
    batchSize,
    sealNodeRowsPerLeaf: round(nodes / logEvents, 2),
    seconds: runs.ours.map((r) => round(r.seconds, 2)),
    baselineSeconds: runs.baseline.map((r) => round(r.seconds, 2)),
    runs: runs.ours.map((r) => round(r.perSec)),
    baselineRuns: runs.baseline.map((r) => round(r.perSec)),
    cpuUsPerLeaf: cpuPerEvent(runs.ours.map((r) => ({ events: r.events, cpu: r.cpu }))),
    baselineCpuUsPerLeaf: cpuPerEvent(runs.baseline.map((r) => ({ events: r.events, cpu: r.cpu }))),
    rootChecked: true,
    target: SEAL_TARGET,
    meetsTarget: ours >= SEAL_TARGET,
    ...common,
  });
}

// ---------------------------------------------------------------------------------------------
// Proofs against the full tree, against a primary-key lookup of an event.

async function measureProofs(pool: Pool, common: Record<string, unknown>): Promise<void> {
  const sealed = new SealedLog(pool);
  const size = await sealed.size();
  const root = await sealed.rootAt(size);
  const { rows: bounds } = await pool.query<{ lo: string; hi: string }>('SELECT min(global_position) AS lo, max(global_position) AS hi FROM es_events');
  const lo = Number(bounds[0]!.lo);
  const hi = Number(bounds[0]!.hi);
  const random = seededRandom(9162);
  const below = (n: number) => Math.floor(random() * n);
  const latencies = { inclusion: [] as number[], consistency: [] as number[], baseline: [] as number[] };
  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const t0 = performance.now();
    const result = await work();
    return [result, performance.now() - t0];
  };
  let checked = 0;
  const warmup = Math.min(200, PROOFS);
  for (let i = -warmup; i < PROOFS; i++) {
    const position = lo + below(hi - lo + 1);
    const [row, baseMs] = await timed(() => pool.query('SELECT * FROM es_events WHERE global_position = $1', [position]));
    if (row.rowCount !== 1) throw new Error(`no event at position ${position}`);
    const leafIndex = below(size);
    const [inclusion, inclusionMs] = await timed(() => sealed.inclusionProof(leafIndex, size));
    const second = 1 + below(size);
    const first = 1 + below(second);
    const [consistency, consistencyMs] = await timed(() => sealed.consistencyProof(first, second));
    if (i < 0) continue;
    latencies.baseline.push(baseMs);
    latencies.inclusion.push(inclusionMs);
    latencies.consistency.push(consistencyMs);
    if (i % 50 === 0) {
      const { rows } = await pool.query<{ hash: Buffer }>('SELECT leaf_hash AS hash FROM seal_leaves WHERE leaf_index = $1', [leafIndex]);
      if (!verifyInclusion(rows[0]!.hash, leafIndex, size, inclusion, root)) throw new Error(`the inclusion proof of leaf ${leafIndex} does not verify`);
      if (!verifyConsistency(first, second, await sealed.rootAt(first), await sealed.rootAt(second), consistency)) {
        throw new Error(`the consistency proof ${first} → ${second} does not verify`);
      }
      checked += 2;
    }
  }
  const base = { p50: percentile(latencies.baseline, 0.5), p99: percentile(latencies.baseline, 0.99) };
  log(`baseline pk lookup: p50 ${base.p50.toFixed(3)} ms, p99 ${base.p99.toFixed(3)} ms`);
  for (const kind of ['inclusion', 'consistency'] as const) {
    const p50 = percentile(latencies[kind], 0.5);
    const p99 = percentile(latencies[kind], 0.99);
    log(`proof-${kind}: p50 ${p50.toFixed(3)} ms, p99 ${p99.toFixed(3)} ms`);
    emit({
      name: `proof-${kind}`,
      p50Ms: round(p50, 3),
      p99Ms: round(p99, 3),
      maxMs: round(Math.max(...latencies[kind]), 2),
      baselineP50Ms: round(base.p50, 3),
      baselineP99Ms: round(base.p99, 3),
      ratioP50: round(p50 / base.p50, 2),
      ratioP99: round(p99 / base.p99, 2),
      samples: PROOFS,
      treeSize: size,
      proofsVerified: checked / 2,
      targetP99Ms: PROOF_P99_TARGET_MS,
      meetsTarget: p99 <= PROOF_P99_TARGET_MS,
      ...common,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Offline verification of an export.

/** The whole log exported as `GET /audit/events/export` writes it (in subscription order, each with its leaf index). */
async function exportTrail(pool: Pool, store: PostgresEventStore, path: string, format: ExportFormat): Promise<number> {
  const file = await open(path, 'w');
  let events = 0;
  try {
    if (format === 'csv') await file.write(csvHeader());
    for await (const page of new AuditTrail(pool, store).pages({})) {
      // Each record as ExportAuditTrailHandler makes it, without the actor's display name (this
      // database has no users; the name is covered by no hash).
      const records = page.map((event) => exportedEvent(event, new Map()));
      await file.write(records.map(format === 'csv' ? csvLine : jsonLine).join(''));
      events += records.length;
    }
  } finally {
    await file.close();
  }
  return events;
}

type ExportFormat = 'jsonl' | 'csv';

/**
 * Offline verification of the whole log's export in each format: the auditor's command
 * (`verify-export --trail --checkpoint --key`, as main.js runs it) against reading the same file
 * with the same reader and doing nothing with the records.
 */
async function measureOfflineVerification(pool: Pool, store: PostgresEventStore, logEvents: number, common: Record<string, unknown>): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'bench-seal-'));
  try {
    const sealed = new SealedLog(pool);
    const treeSize = await sealed.size();
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const signer = signerFromPem('bench.supervision/audit', privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    const notePath = join(folder, 'checkpoint.note');
    await writeFile(notePath, signCheckpoint({ origin: 'bench.supervision/audit', treeSize, rootHash: await sealed.rootAt(treeSize) }, signer));
    const key = verifierKey(signer.name, publicKey);
    for (const format of EXPORT_FORMATS) {
      const trail = join(folder, `trail.${format}`);
      const exportStart = performance.now();
      const exported = await exportTrail(pool, store, trail, format);
      const { size } = await stat(trail);
      log(`exported ${fmt(exported)} events as ${format} in ${((performance.now() - exportStart) / 1000).toFixed(1)} s (${fmt(size / 1e6)} MB)`);
      if (exported !== logEvents) throw new Error(`the export holds ${exported} events of ${logEvents}`);
      const verify = async (): Promise<Run> => {
        const cpu = cpuMeter();
        const start = performance.now();
        const outcome = spawnSync(process.execPath, [BUILT_PROGRAM, 'verify-export', '--trail', trail, '--checkpoint', notePath, '--key', key, '--threads', String(THREADS)], {
          encoding: 'utf8',
          maxBuffer: 1 << 24,
        });
        const seconds = (performance.now() - start) / 1000;
        const output = outcome.stdout || outcome.stderr;
        const report = JSON.parse(output || '{}') as { ok?: boolean; events?: number; checkpoint?: { matches?: boolean } };
        if (outcome.status !== 0 || report.ok !== true || report.events !== logEvents || report.checkpoint?.matches !== true) {
          throw new Error(`verify-export did not verify the ${format} export: ${output.slice(0, 500)}`);
        }
        return { events: logEvents, seconds, perSec: logEvents / seconds, cpu: cpu() };
      };
      const parse = async (): Promise<Run> => {
        const cpu = cpuMeter();
        const start = performance.now();
        let events = 0;
        for await (const _record of readExportFile(trail)) events += 1;
        const seconds = (performance.now() - start) / 1000;
        return { events, seconds, perSec: events / seconds, cpu: cpu() };
      };
      const runs = await alternate(`offline-verify-${format}`, parse, verify, logEvents);
      const ours = median(runs.ours.map((r) => r.perSec));
      const base = median(runs.baseline.map((r) => r.perSec));
      emit({
        name: `offline-verify-${format}`,
        eventsPerSec: round(ours),
        baselinePerSec: round(base),
        ratio: round(ours / base, 3),
        events: logEvents,
        exportBytes: size,
        seconds: runs.ours.map((r) => round(r.seconds, 2)),
        baselineSeconds: runs.baseline.map((r) => round(r.seconds, 2)),
        threads: THREADS,
        // The command runs in a process of its own, whose CPU this one does not see.
        cpuUsPerEvent: 'not measured',
        baselineCpuUsPerEvent: cpuPerEvent(runs.baseline.map((r) => ({ events: r.events, cpu: r.cpu }))),
        target: VERIFY_TARGET,
        meetsTarget: ours >= VERIFY_TARGET,
        ...common,
      });
      await rm(trail);
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

async function serverSettings(pool: Pool): Promise<Record<string, string>> {
  const { rows } = await pool.query<{ name: string; setting: string }>(
    `SELECT name, setting FROM pg_settings
      WHERE name IN ('server_version', 'synchronous_commit', 'fsync', 'shared_buffers', 'autovacuum', 'max_wal_size')`,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.setting]));
}

async function main(): Promise<void> {
  if (EXPORT_FORMATS.length > 0) {
    log('building the program (nest build api) for the offline verification runs');
    execFileSync(process.execPath, [require.resolve('@nestjs/cli/bin/nest.js'), 'build', 'api'], { stdio: 'inherit' });
  }
  const name = `bench_seal_${randomBytes(4).toString('hex')}`;
  const started = performance.now();
  log(`server ${redact(SERVER_URL)}; database ${name}; ${fmt(EVENTS)} events; ${ROUNDS} round(s) per side; ${fmt(PROOFS)} proofs of each kind`);
  try {
    await withScratchDatabase(name, APPENDERS + 2, async (database) => {
      const pool = database.pool;
      await migrateEventStore(database);
      await LogSealer.create(pool, NOW); // the sealing tables
      const store = new PostgresEventStore(pool, { preparedStatements: true });
      const fillStart = performance.now();
      const filled = await fillLog(store, EVENTS);
      const fillSeconds = (performance.now() - fillStart) / 1000;
      await pool.query('VACUUM ANALYZE es_events');
      const { rows: sizes } = await pool.query<{ bytes: string; data: string }>(
        `SELECT pg_total_relation_size('es_events') AS bytes, avg(octet_length(data::text) + octet_length(metadata::text))::int AS data FROM es_events`,
      );
      log(`log filled in ${fillSeconds.toFixed(1)} s: ${fmt(filled.events)} events in ${fmt(filled.streams)} streams, ${sizes[0]!.data} bytes of data and metadata per event`);
      const settings = await serverSettings(pool);
      log(`server settings: ${JSON.stringify(settings)}`);
      const common = {
        logEvents: filled.events,
        streams: filled.streams,
        dataBytesPerEvent: Number(sizes[0]!.data),
        pg: { version: settings.server_version, shared_buffers: settings.shared_buffers, synchronous_commit: settings.synchronous_commit },
      };
      await measureSealing(pool, filled.events, common);
      await measureProofs(pool, common);
      await measureOfflineVerification(pool, store, filled.events, common);
    });
  } finally {
    log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
