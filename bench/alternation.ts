import { performance } from 'node:perf_hooks';
import { cpuMeter, cpuPerEvent, CpuSpent, fmt, log, median, percentile, QUICK, round, sum } from './bench-support';

/**
 * Side-by-side timing shared by the benchmarks: a baseline and ours (or a peer) each run for a
 * while, alternately (B O, O B, …, so that drift such as a growing table or a checkpoint hits
 * both alike), after a warm-up of each; the medians are compared.
 */

/** Seconds per timed run and warm-up seconds per side. */
export const RUN_SECONDS = QUICK ? 2 : 5;
export const WARMUP_SECONDS = QUICK ? 0.5 : 2;

export interface RunStats {
  readonly events: number;
  readonly ops: number;
  readonly seconds: number;
  readonly eventsPerSec: number;
  readonly latenciesMs: number[];
  /** CPU time of this process (the client) and of the whole machine during the run, in µs. */
  readonly cpu: CpuSpent;
}

export interface Measurement {
  readonly name: string;
  readonly eventsPerSec: number;
  readonly baselinePerSec: number | null;
  readonly ratio: number | null;
  readonly [extra: string]: unknown;
}

/** Runs `op` on `concurrency` callers until `seconds` have passed; `op` returns events written. */
export async function runFor(concurrency: number, seconds: number, op: (caller: number) => Promise<number>): Promise<RunStats> {
  const latenciesMs: number[] = [];
  let events = 0;
  const cpu = cpuMeter();
  const start = performance.now();
  const deadline = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, caller) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const written = await op(caller); // not `events += await …`: that reads `events` before the await
        latenciesMs.push(performance.now() - t0);
        events += written;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  return { events, ops: latenciesMs.length, seconds: elapsed, eventsPerSec: events / elapsed, latenciesMs, cpu: cpu() };
}

export interface Side {
  /** One timed run; append sides run for `seconds`, read sides read the log once. */
  run(seconds: number): Promise<RunStats>;
}

/** Warms both sides up, then alternates B O O B B O … and returns every run of each side. */
export async function alternate(label: string, rounds: number, baseline: Side, ours: Side, warmup?: () => Promise<void>) {
  if (warmup !== undefined) await warmup();
  const runs = { baseline: [] as RunStats[], ours: [] as RunStats[] };
  for (let round = 0; round < rounds; round++) {
    const order: Array<'baseline' | 'ours'> = round % 2 === 0 ? ['baseline', 'ours'] : ['ours', 'baseline'];
    for (const side of order) {
      const stats = await (side === 'baseline' ? baseline : ours).run(RUN_SECONDS);
      runs[side].push(stats);
      log(`${label} round ${round + 1}/${rounds} ${side.padEnd(8)} ${fmt(stats.eventsPerSec)} events/s (${stats.events} events, ${stats.seconds.toFixed(2)} s)`);
    }
  }
  return runs;
}

export function summarise(name: string, runs: { baseline: RunStats[]; ours: RunStats[] }, extra: Record<string, unknown>): Measurement {
  const ours = median(runs.ours.map((r) => r.eventsPerSec));
  const base = median(runs.baseline.map((r) => r.eventsPerSec));
  const ourLatencies = runs.ours.flatMap((r) => r.latenciesMs);
  const baseLatencies = runs.baseline.flatMap((r) => r.latenciesMs);
  return {
    name,
    eventsPerSec: round(ours),
    baselinePerSec: round(base),
    ratio: round(ours / base, 3),
    ...extra,
    events: sum(runs.ours.map((r) => r.events)),
    seconds: round(sum(runs.ours.map((r) => r.seconds)), 2),
    p50Ms: round(percentile(ourLatencies, 0.5), 2),
    p99Ms: round(percentile(ourLatencies, 0.99), 2),
    baselineP50Ms: round(percentile(baseLatencies, 0.5), 2),
    baselineP99Ms: round(percentile(baseLatencies, 0.99), 2),
    runs: runs.ours.map((r) => round(r.eventsPerSec)),
    baselineRuns: runs.baseline.map((r) => round(r.eventsPerSec)),
    pairRatios: runs.ours.map((r, i) => round(r.eventsPerSec / runs.baseline[i]!.eventsPerSec, 3)),
    cpuUsPerEvent: cpuPerEvent(runs.ours),
    baselineCpuUsPerEvent: cpuPerEvent(runs.baseline),
  };
}

export async function warm(baseline: Side, ours: Side): Promise<void> {
  const b = await baseline.run(WARMUP_SECONDS);
  const o = await ours.run(WARMUP_SECONDS);
  log(`  warm-up: baseline ${fmt(b.eventsPerSec)}/s, ours ${fmt(o.eventsPerSec)}/s (not counted)`);
}
