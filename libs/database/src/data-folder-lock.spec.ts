import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFolderInUse, lockDataFolder } from './data-folder-lock';

describe('the embedded data folder’s owner', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'folder-lock-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('records this process as the owner and refuses a second owner while it lives, naming its pid; after the release the folder is free', () => {
    const release = lockDataFolder(folder);
    expect(readFileSync(join(folder, 'owner.pid'), 'utf8')).toBe(String(process.pid));
    expect(() => lockDataFolder(folder)).toThrow(DataFolderInUse);
    expect(() => lockDataFolder(folder)).toThrow(`in use by pid ${process.pid}`);
    release();
    expect(existsSync(join(folder, 'owner.pid'))).toBe(false);
    lockDataFolder(folder)();
  });

  it('refuses while another live process owns it, and takes over a folder whose owner is gone', () => {
    const other = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const gone = Number(other.stdout.toString()); // that process has exited
    writeFileSync(join(folder, 'owner.pid'), String(process.ppid));
    expect(() => lockDataFolder(folder)).toThrow(new DataFolderInUse(folder, process.ppid));
    writeFileSync(join(folder, 'owner.pid'), String(gone));
    const release = lockDataFolder(folder);
    expect(readFileSync(join(folder, 'owner.pid'), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('leaves a file that names another process when released', () => {
    const release = lockDataFolder(folder);
    writeFileSync(join(folder, 'owner.pid'), '999999999');
    release();
    expect(readFileSync(join(folder, 'owner.pid'), 'utf8')).toBe('999999999');
  });
});
