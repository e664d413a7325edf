import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from './eventually';

/** Whether gdb is installed (`apt-get install gdb`; `.ci/run` installs it). */
export function gdbAvailable(): boolean {
  try {
    execFileSync('gdb', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * A PostgreSQL server process held by gdb at a breakpoint on one of the server's functions, for a
 * moment that nothing in SQL can hold a transaction in. gdb attaches (`attached`), the process runs
 * until it first calls the function (`stopped`) and waits there until `release()`. Files in a
 * temporary folder mark each step, since gdb's own output is buffered until it exits.
 */
export class FrozenBackend {
  private readonly dir = mkdtempSync(join(tmpdir(), 'frozen-backend-'));
  private readonly gdb: ChildProcess;
  private output = '';

  constructor(pid: number, serverFunction: string) {
    const mark = (step: string) => join(this.dir, step);
    const commands = [
      `break ${serverFunction}`,
      `shell touch ${mark('attached')}`,
      'continue',
      `shell touch ${mark('stopped')}`,
      `shell while [ ! -e ${mark('release')} ]; do sleep 0.02; done`,
      'detach',
    ];
    this.gdb = spawn('gdb', ['-p', String(pid), '-batch', ...commands.flatMap((command) => ['-ex', command])], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.gdb.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.gdb.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  /** Waits for a step; on a timeout the failure shows what gdb said. */
  async reached(step: 'attached' | 'stopped'): Promise<void> {
    await eventually(() => expect({ step, reached: existsSync(join(this.dir, step)), gdb: this.output }).toMatchObject({ reached: true }), 30_000);
  }

  /** Lets the process go on and waits for gdb to detach. Safe to call twice. */
  async release(): Promise<void> {
    if (this.gdb.exitCode === null && this.gdb.signalCode === null) {
      const exited = new Promise((resolve) => this.gdb.once('exit', resolve));
      writeFileSync(join(this.dir, 'release'), '');
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
