import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileTooLarge, LocalFolderEvidenceStorage } from './evidence-storage';

async function* chunksOf(...parts: Buffer[]): AsyncGenerator<Buffer> {
  yield* parts;
}

async function bytesOf(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('evidence kept in a local folder by hash', () => {
  const root = mkdtempSync(join(tmpdir(), 'evidence-store-'));
  const storage = new LocalFolderEvidenceStorage(root);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('hashes the bytes as they come, keeps them under the hash, and reads them back', async () => {
    const parts = [Buffer.from('%PDF-1.7\n'), Buffer.from('整改报告'.repeat(1000))];
    const received = await storage.receive(chunksOf(...parts), 1 << 20);
    const whole = Buffer.concat(parts);
    expect(received).toMatchObject({ sha256: createHash('sha256').update(whole).digest('hex'), size: whole.length });
    expect(received.head.subarray(0, 9).toString()).toBe('%PDF-1.7\n');
    expect(await storage.open(received.sha256)).toBeNull();
    await received.keep();
    const opened = await storage.open(received.sha256);
    expect(opened?.size).toBe(whole.length);
    expect((await bytesOf(opened!.stream)).equals(whole)).toBe(true);
  });

  it('keeps the same bytes once, however often they are sent', async () => {
    const bytes = Buffer.from('the same photo');
    for (let time = 0; time < 3; time++) await (await storage.receive(chunksOf(bytes), 1024)).keep();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(readdirSync(join(root, sha256.slice(0, 2), sha256.slice(2, 4)))).toEqual([sha256]);
  });

  it('stops past the limit and leaves nothing behind; a discarded file is gone', async () => {
    await expect(storage.receive(chunksOf(Buffer.alloc(600), Buffer.alloc(600)), 1000)).rejects.toBeInstanceOf(FileTooLarge);
    const discarded = await storage.receive(chunksOf(Buffer.from('never kept')), 1000);
    await discarded.discard();
    expect(readdirSync(join(root, 'incoming'))).toEqual([]);
    expect(await storage.open(discarded.sha256)).toBeNull();
  });

  it('opens nothing for a name that is not a SHA-256', async () => {
    expect(await storage.open('../../etc/passwd')).toBeNull();
  });
});
