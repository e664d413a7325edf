import { ChildProcess, execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/** The built API process as the end-to-end suites run it: `dist/apps/api/main.js`, as `npm start` does. */
export const ROOT = resolve(__dirname, '../..');
export const API_MAIN = join(ROOT, 'dist/apps/api/main.js');

export interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface Running {
  readonly child: ChildProcess;
  readonly finished: Promise<Finished>;
  output(): string;
}

/** Builds the API the way `npm start` does before it runs it. */
export async function buildApi(): Promise<void> {
  await promisify(execFile)(process.execPath, [require.resolve('@nestjs/cli/bin/nest.js'), 'build', 'api'], { cwd: ROOT });
}

/**
 * The built API as a child process, with exactly the variables given (no inherited config), except
 * that SIGTERM stops it without the drain unless SHUTDOWN_DRAIN_SECONDS is given.
 */
export function startApi(env: Record<string, string>, args: string[] = [], nodeOptions: string[] = []): Running {
  const child = spawn(process.execPath, [...nodeOptions, API_MAIN, ...args], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', SHUTDOWN_DRAIN_SECONDS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const finished = new Promise<Finished>((resolveExit) =>
    child.on('exit', (code, signal) => {
      // 'exit' can come before the pipes are drained; 'close' follows once they are.
      child.on('close', () => resolveExit({ code, signal, stdout, stderr }));
    }),
  );
  return { child, finished, output: () => stdout + stderr };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as { port: number };
  await new Promise((closed) => server.close(closed));
  return port;
}

export function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([promise, new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms).unref())]);
}

export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

