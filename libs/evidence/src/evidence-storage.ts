import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';

/** Bytes received into storage but not kept yet: their hash and size, and the first bytes to check. */
export interface ReceivedFile {
  readonly sha256: string;
  readonly size: number;
  /** The first bytes (up to 64), to tell what the file is. */
  readonly head: Buffer;
  /** Keeps the bytes under their hash (nothing is written twice: the same bytes are kept once). */
  keep(): Promise<void>;
  /** Forgets them. */
  discard(): Promise<void>;
}

/** The bytes went past the limit before they ended; nothing is kept. */
export class FileTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`the file is larger than ${limit} bytes`);
  }
}

/**
 * Where evidence files are kept, by the SHA-256 of their bytes: a file is written once whoever
 * sends it again, never changed, and read back by its hash. The engine asks only this of it, so
 * another store (an object store, a NAS) can stand in for the local folder.
 */
export interface EvidenceStorage {
  /** Takes the bytes as they come, hashing them, up to `limit` bytes ({@link FileTooLarge} past it). */
  receive(bytes: AsyncIterable<Uint8Array>, limit: number): Promise<ReceivedFile>;
  /** The kept file's bytes, or null when none has that hash. */
  open(sha256: string): Promise<{ readonly size: number; readonly stream: Readable } | null>;
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Evidence in a local folder: `<root>/<first 2 hex>/<next 2 hex>/<sha256>`, each written to
 * `<root>/incoming/` first, synced, and renamed into place, so a file under its hash is always
 * whole.
 */
export class LocalFolderEvidenceStorage implements EvidenceStorage {
  constructor(private readonly root: string) {}

  async receive(bytes: AsyncIterable<Uint8Array>, limit: number): Promise<ReceivedFile> {
    const incoming = join(this.root, 'incoming');
    await mkdir(incoming, { recursive: true });
    const path = join(incoming, randomUUID());
    const file = await open(path, 'wx', 0o600);
    const hash = createHash('sha256');
    const heads: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of bytes) {
        size += chunk.length;
        if (size > limit) throw new FileTooLarge(limit);
        if (size - chunk.length < 64) heads.push(Buffer.from(chunk.subarray(0, 64)));
        hash.update(chunk);
        await file.write(chunk);
      }
      await file.sync();
    } catch (error) {
      await file.close();
      await rm(path, { force: true });
      throw error;
    }
    await file.close();
    const sha256 = hash.digest('hex');
    const target = this.pathOf(sha256);
    return {
      sha256,
      size,
      head: Buffer.concat(heads).subarray(0, 64),
      keep: async () => {
        await mkdir(join(target, '..'), { recursive: true });
        // The same bytes kept already: the same name for the same content, so either copy does.
        await rename(path, target);
      },
      discard: () => rm(path, { force: true }),
    };
  }

  async open(sha256: string): Promise<{ size: number; stream: Readable } | null> {
    if (!SHA256.test(sha256)) return null;
    const path = this.pathOf(sha256);
    try {
      const { size } = await stat(path);
      return { size, stream: createReadStream(path) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  private pathOf(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }
}
