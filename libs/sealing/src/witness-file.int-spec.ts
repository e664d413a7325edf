import { generateKeyPairSync } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signCheckpoint, signerFromPem } from './signed-checkpoint';
import { notesOfWitnessFile, WitnessFile } from './witness-file';

describe('the witness file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'witness-file-'));
  const signer = signerFromPem('huzhou.supervision/audit', generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  const note = (treeSize: number) => signCheckpoint({ origin: 'huzhou.supervision/audit', treeSize, rootHash: Buffer.alloc(32, treeSize) }, signer);
  let n = 0;
  const fresh = () => new WitnessFile(join(folder, `notes-${++n}.txt`));

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('holds every note exactly as signed, each followed by an empty line, and splits back into them', async () => {
    const file = fresh();
    const notes = [note(3), note(8), note(21)];
    for (const each of notes) await file.append(each);
    expect(readFileSync(file.path, 'utf8')).toBe(notes.map((each) => `${each}\n`).join(''));
    expect(notesOfWitnessFile(readFileSync(file.path))).toEqual(notes);
    expect(await file.lastNote()).toBe(notes[2]);
  });

  it('splits notes with several signature lines too: only an empty line not followed by "— " ends a note', () => {
    const cosigned = `${note(5)}\u2014 witness.example/w1 ${Buffer.alloc(72, 7).toString('base64')}\n`;
    expect(notesOfWitnessFile(`${note(4)}\n${cosigned}\n${note(6)}\n`)).toEqual([note(4), cosigned, note(6)]);
  });

  it('leaves out a note cut short by a crash, and cuts it off before the next append', async () => {
    const file = fresh();
    await file.append(note(3));
    for (const torn of [note(8).slice(0, 20), note(8).slice(0, note(8).indexOf('\u2014')), note(8)]) {
      writeFileSync(file.path, `${note(3)}\n${torn}`);
      expect(notesOfWitnessFile(readFileSync(file.path))).toEqual([note(3)]);
      expect(await file.lastNote()).toBe(note(3));
      await file.append(note(8));
      expect(readFileSync(file.path, 'utf8')).toBe(`${note(3)}\n${note(8)}\n`);
    }
  });

  it('does not write a note twice that is already last (written, then the process died before recording it)', async () => {
    const file = fresh();
    await file.append(note(3));
    await file.append(note(3));
    expect(notesOfWitnessFile(readFileSync(file.path))).toEqual([note(3)]);
  });

  it('finds the last note of a file longer than the tail it reads', async () => {
    const file = fresh();
    for (let size = 1; size <= 1000; size++) appendFileSync(file.path, `${note(size)}\n`);
    expect(await file.lastNote()).toBe(note(1000));
    await file.append(note(1001));
    const notes = notesOfWitnessFile(readFileSync(file.path));
    expect(notes).toHaveLength(1001);
    expect(notes.at(-1)).toBe(note(1001));
  });
});
