import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Another live process owns the embedded data folder: two would write one database's files at once. */
export class DataFolderInUse extends Error {
  constructor(
    readonly folder: string,
    readonly pid: number,
  ) {
    super(`The data folder ${folder} is in use by pid ${pid}: stop that process first (one process owns an embedded database)`);
    this.name = 'DataFolderInUse';
  }
}

const OWNER_FILE = 'owner.pid';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, but another user's
  }
}

/**
 * Makes this process the owner of the embedded data folder, recorded as its pid in `owner.pid`,
 * created exclusively; a file left by a process that is gone is taken over. Returns the release,
 * which removes the file if it still names this process.
 */
export function lockDataFolder(dataDir: string): () => void {
  const folder = resolve(dataDir);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, OWNER_FILE);
  const me = String(process.pid);
  for (let attempt = 0; ; attempt += 1) {
    try {
      writeFileSync(file, me, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) throw new DataFolderInUse(folder, owner);
      if (attempt > 0) throw new DataFolderInUse(folder, owner); // another process took it over meanwhile
      unlinkSync(file); // left by a process that is gone
    }
  }
  return () => {
    try {
      if (readFileSync(file, 'utf8').trim() === me) unlinkSync(file);
    } catch {
      // already gone
    }
  };
}
