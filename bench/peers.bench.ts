/**
 * Our event store beside a peer's, on the same database, with the same events, in the same run.
 *
 *   npm run bench:peers                  full run (about 10 minutes on a 2-core machine: the
 *                                        peer reads its log slowly)
 *   BENCH_QUICK=1 npm run bench:peers    short run
 *
 * The peer is Emmett's PostgreSQL event store (@event-driven-io/emmett-postgresql, a dev
 * dependency), used as its documentation shows: `getPostgreSQLEventStore(url)` and its
 * `appendToStream` with an expected stream version, and `readMessagesBatch` to page through its
 * log. Both stores' tables live in one fresh database `bench_peers_<random>` on the server of
 * DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), dropped at the end.
 *
 * Each measurement alternates the peer's runs and ours (P O, O P, …) after a warm-up of each, and
 * prints one JSON line: eventsPerSec (ours), baselinePerSec (the peer's), ratio (ours / peer),
 * p50/p99 per operation, CPU µs per event (this process, and the whole machine, which includes
 * the database when it is local). Ours runs as the app runs it on a server: prepared statements,
 * combined appends, NOTIFY.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { dumbo } from '@event-driven-io/dumbo';
import { STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore, readMessagesBatch } from '@event-driven-io/emmett-postgresql';
import { createDatabase } from '@app/database';
import { caseStreamId } from '@app/supervision';
import { EventToAppend, migrateEventStore, PostgresEventStore } from '@app/event-store';
import { alternate, Measurement, RunStats, runFor, Side, summarise, warm } from './alternation';
import { cpuMeter, databaseUrl, emit, log, QUICK, redact, SERVER_URL, withAdmin } from './bench-support';
import { makeEvent } from './workload';

const ROUNDS = QUICK ? 3 : 4;
const READ_EVENTS = QUICK ? 50_000 : 200_000;
const READ_BATCH = 1000;

type PeerStore = ReturnType<typeof getPostgreSQLEventStore>;
type PeerEvent = { type: string; data: Record<string, unknown>; metadata: Record<string, unknown> };

const asPeerEvent = (event: EventToAppend): PeerEvent => ({
  type: event.type,
  data: event.data as Record<string, unknown>,
  metadata: (event.metadata ?? {}) as Record<string, unknown>,
});

function label(measurement: Measurement): Measurement {
  const { baselinePerSec, ...rest } = measurement;
  return { ...rest, name: measurement.name, eventsPerSec: measurement.eventsPerSec, baselinePerSec, ratio: measurement.ratio, baseline: 'emmett-postgresql 0.42.0' };
}

async function appendNew(ours: PostgresEventStore, peer: PeerStore, concurrency: number, batch: number, name: string): Promise<Measurement> {
  let n = 0;
  const events = () => Array.from({ length: batch }, () => makeEvent(n++));
  const oursSide: Side = {
    run: (seconds) =>
      runFor(concurrency, seconds, async () => {
        await ours.append(`inspection-${randomUUID()}`, events(), { expectedVersion: 'no-stream' });
        return batch;
      }),
  };
  const peerSide: Side = {
    run: (seconds) =>
      runFor(concurrency, seconds, async () => {
        await peer.appendToStream(`inspection-${randomUUID()}`, events().map(asPeerEvent), { expectedStreamVersion: STREAM_DOES_NOT_EXIST });
        return batch;
      }),
  };
  const runs = await alternate(name, ROUNDS, peerSide, oursSide, () => warm(peerSide, oursSide));
  return label(summarise(name, runs, { concurrency, eventsPerAppend: batch, expectedVersion: 'no-stream' }));
}

async function appendExisting(ours: PostgresEventStore, peer: PeerStore): Promise<Measurement> {
  const concurrency = 8;
  const streamsPerCaller = 32;
  let n = 0;
  const streams = () => Array.from({ length: concurrency }, () => Array.from({ length: streamsPerCaller }, () => ({ id: caseStreamId(randomUUID()), version: 0 })));
  const ourStreams = streams();
  const peerStreams = streams();
  for (const stream of ourStreams.flat()) stream.version = (await ours.append(stream.id, [makeEvent(n++)], { expectedVersion: 'no-stream' })).nextVersion;
  for (const stream of peerStreams.flat()) {
    const result = await peer.appendToStream(stream.id, [asPeerEvent(makeEvent(n++))], { expectedStreamVersion: STREAM_DOES_NOT_EXIST });
    stream.version = Number(result.nextExpectedStreamVersion);
  }
  const cursor = new Array<number>(concurrency).fill(0);
  const oursSide: Side = {
    run: (seconds) =>
      runFor(concurrency, seconds, async (caller) => {
        const stream = ourStreams[caller]![cursor[caller]++ % streamsPerCaller]!;
        stream.version = (await ours.append(stream.id, [makeEvent(n++)], { expectedVersion: stream.version })).nextVersion;
        return 1;
      }),
  };
  const peerSide: Side = {
    run: (seconds) =>
      runFor(concurrency, seconds, async (caller) => {
        const stream = peerStreams[caller]![cursor[caller]++ % streamsPerCaller]!;
        const result = await peer.appendToStream(stream.id, [asPeerEvent(makeEvent(n++))], { expectedStreamVersion: BigInt(stream.version) });
        stream.version = Number(result.nextExpectedStreamVersion);
        return 1;
      }),
  };
  const runs = await alternate('append-existing-c8', ROUNDS, peerSide, oursSide, () => warm(peerSide, oursSide));
  return label(summarise('append-existing-c8', runs, { concurrency, eventsPerAppend: 1, expectedVersion: 'exact', streamsPerCaller }));
}

/** Both logs hold at least READ_EVENTS; each side pages through its own from the start. */
async function readAll(ours: PostgresEventStore, peer: PeerStore, url: string): Promise<Measurement> {
  const executor = dumbo({ connectionString: url });
  try {
    let n = 0;
    for (let filled = 0; filled < READ_EVENTS; filled += 400) {
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          const events = Array.from({ length: 100 }, () => makeEvent(n++));
          await ours.append(`inspection-${randomUUID()}`, events, { expectedVersion: 'no-stream' });
          await peer.appendToStream(`inspection-${randomUUID()}`, events.map(asPeerEvent), { expectedStreamVersion: STREAM_DOES_NOT_EXIST });
        }),
      );
    }
    const timed = async (page: (after: number) => Promise<{ count: number; last: number }>): Promise<RunStats> => {
      const latenciesMs: number[] = [];
      let after = 0;
      let events = 0;
      const cpu = cpuMeter();
      const start = performance.now();
      while (events < READ_EVENTS) {
        const t0 = performance.now();
        const { count, last } = await page(after);
        latenciesMs.push(performance.now() - t0);
        if (count === 0) break;
        events += count;
        after = last;
      }
      const seconds = (performance.now() - start) / 1000;
      return { events, ops: latenciesMs.length, seconds, eventsPerSec: events / seconds, latenciesMs, cpu: cpu() };
    };
    const oursSide: Side = {
      run: () =>
        timed(async (after) => {
          const page = await ours.readAll({ after, limit: READ_BATCH });
          return { count: page.length, last: page[page.length - 1]?.position ?? after };
        }),
    };
    const peerSide: Side = {
      run: () =>
        timed(async (after) => {
          const { messages } = await readMessagesBatch(executor.execute, { after: BigInt(after), batchSize: READ_BATCH });
          const last = messages[messages.length - 1]?.metadata.globalPosition;
          return { count: messages.length, last: last === undefined ? after : Number(last) };
        }),
    };
    const runs = await alternate('read-all', 3, peerSide, oursSide, () => warm(peerSide, oursSide));
    return label(summarise('read-all', runs, { batchSize: READ_BATCH, events: READ_EVENTS }));
  } finally {
    await executor.close();
  }
}

async function main(): Promise<void> {
  const name = `bench_peers_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const url = databaseUrl(name);
  log(`${QUICK ? 'quick' : 'full'} run; server ${redact(SERVER_URL)}; database ${name}`);
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  const database = await createDatabase({ url, poolSize: 10 });
  const peer = getPostgreSQLEventStore(url, { schema: { autoMigration: 'CreateOrUpdate' } });
  try {
    await migrateEventStore(database);
    await peer.schema.migrate();
    const ours = new PostgresEventStore(database.pool, { notifyOtherProcesses: true, preparedStatements: true });
    emit(await appendNew(ours, peer, 8, 1, 'append-single-c8'));
    emit(await appendExisting(ours, peer));
    emit(await appendNew(ours, peer, 4, 100, 'append-batch100-c4'));
    emit(await readAll(ours, peer, url));
  } finally {
    await peer.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    log(`dropped ${name}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
