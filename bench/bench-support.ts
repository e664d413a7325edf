import { cpus } from 'node:os';
import { Client } from 'pg';
import { createDatabase, Database } from '@app/database';

/**
 * What every benchmark shares: the quick switch, the server to run on, its own scratch database,
 * CPU metering, and the JSON-lines output (one measurement per line on stdout, progress on stderr).
 */
export const QUICK = process.env.BENCH_QUICK === '1' || process.env.BENCH_QUICK === 'true';
export const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface CpuSpent {
  readonly clientUs: number;
  readonly machineUs: number;
}

export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

export function emit(measurement: Record<string, unknown> & { name: string }): void {
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}

/**
 * Starts measuring CPU time: this process's, and the whole machine's (busy time over all cores,
 * which includes the database server when it runs on this machine).
 */
export function cpuMeter(): () => CpuSpent {
  const client0 = process.cpuUsage();
  const machine0 = machineBusyMs();
  return () => {
    const client = process.cpuUsage(client0);
    return { clientUs: client.user + client.system, machineUs: (machineBusyMs() - machine0) * 1000 };
  };
}

function machineBusyMs(): number {
  return sum(cpus().map(({ times }) => times.user + times.nice + times.sys + times.irq));
}

/** CPU µs per event over runs: the client's and the machine's (client + server + rest). */
export function cpuPerEvent(runs: readonly { events: number; cpu: CpuSpent }[]): { client: number; machine: number } {
  const events = sum(runs.map((r) => r.events));
  return {
    client: round(sum(runs.map((r) => r.cpu.clientUs)) / events, 1),
    machine: round(sum(runs.map((r) => r.cpu.machineUs)) / events, 1),
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

export function round(value: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function fmt(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export function positiveInt(text: string | undefined, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`expected a positive integer, got "${text}"`);
  return value;
}

/** The server URL pointed at another database on it. */
export function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password !== '') parsed.password = '***';
  return parsed.toString();
}

/** Runs `work` on a connection to the server's maintenance database (to create and drop the scratch one). */
export async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: SERVER_URL });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/**
 * Runs `work` on a database made for this run, dropped afterwards — also when the run is
 * interrupted (SIGINT, SIGTERM); `BENCH_KEEP=1` keeps it to look at.
 */
export async function withScratchDatabase(name: string, poolSize: number, work: (database: Database) => Promise<void>): Promise<void> {
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  let database: Database | undefined;
  let dropped: Promise<void> | undefined;
  const drop = (): Promise<void> =>
    (dropped ??= (async () => {
      await database?.close().catch(() => undefined);
      if (process.env.BENCH_KEEP === '1') return log(`kept ${name} (BENCH_KEEP=1)`);
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      log(`dropped ${name}`);
    })());
  const interrupted = (signal: string) => {
    log(`${signal}: stopping, dropping ${name}`);
    void drop().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    database = await createDatabase({ url: databaseUrl(name), poolSize });
    await work(database);
  } finally {
    await drop();
  }
}
