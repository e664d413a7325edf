import { createHash, generateKeyPairSync, verify } from 'node:crypto';
import { Checkpoint, checkpointText, keyId, openCheckpoint, parseVerifierKey, signCheckpoint, signerFromPem, verifierKey } from './signed-checkpoint';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const signer = signerFromPem('huzhou.supervision/audit', privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
const verifier = { name: signer.name, publicKey };
const CHECKPOINT: Checkpoint = { origin: 'huzhou.supervision/audit', treeSize: 1_000_000, rootHash: createHash('sha256').update('root').digest() };

describe('signed checkpoints (C2SP tlog-checkpoint in a signed note)', () => {
  it('writes the origin, the size and the base64 root, a blank line and one em-dash signature line', () => {
    const note = signCheckpoint(CHECKPOINT, signer);
    const lines = note.split('\n');
    expect(lines.slice(0, 4)).toEqual(['huzhou.supervision/audit', '1000000', CHECKPOINT.rootHash.toString('base64'), '']);
    expect(lines[4]).toMatch(/^\u2014 huzhou\.supervision\/audit [A-Za-z0-9+/]{91}=$/);
    expect(lines[5]).toBe('');
  });

  it('signs the note text with Ed25519 behind a key id of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ key)[0:4], as any verifier can check', () => {
    const note = signCheckpoint(CHECKPOINT, signer);
    const bytes = Buffer.from(note.split('\n')[4]!.split(' ')[2]!, 'base64');
    const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
    const expectedId = createHash('sha256').update(Buffer.concat([Buffer.from(`${signer.name}\n`), Buffer.from([1]), raw])).digest().subarray(0, 4);
    expect(bytes.subarray(0, 4)).toEqual(expectedId);
    expect(verify(null, Buffer.from(checkpointText(CHECKPOINT)), publicKey, bytes.subarray(4))).toBe(true);
  });

  it('opens a note its key signed, and nothing else', () => {
    const note = signCheckpoint(CHECKPOINT, signer);
    expect(openCheckpoint(note, verifier)).toEqual(CHECKPOINT);
    expect(openCheckpoint(note.replace('1000000', '1000001'), verifier)).toBeNull();
    expect(openCheckpoint(note.replace('huzhou.supervision/audit\n', 'other.log/audit\n'), verifier)).toBeNull();
    const other = generateKeyPairSync('ed25519');
    expect(openCheckpoint(note, { name: signer.name, publicKey: other.publicKey })).toBeNull();
    expect(openCheckpoint(note.slice(0, -1), verifier)).toBeNull();
    // A second signature (a witness's) beside ours does not stop ours from counting.
    const cosigned = `${note}\u2014 witness.example AAAAAAAA\n`;
    expect(openCheckpoint(cosigned, verifier)).toEqual(CHECKPOINT);
  });

  it('gives auditors a verifier key they can parse back, and refuses a key whose id does not match', () => {
    const key = verifierKey(signer.name, publicKey);
    expect(key).toMatch(new RegExp(`^huzhou\\.supervision/audit\\+${keyId(signer.name, publicKey).toString('hex')}\\+[A-Za-z0-9+/]{44}$`));
    const parsed = parseVerifierKey(key);
    expect(openCheckpoint(signCheckpoint(CHECKPOINT, signer), parsed)).toEqual(CHECKPOINT);
    expect(() => parseVerifierKey(key.replace(/\+[0-9a-f]{8}\+/, '+00000000+'))).toThrow(/does not match/);
    expect(() => parseVerifierKey('no key here')).toThrow(/not a verifier key/);
  });

  it('reads a verifier key whose base64 holds a plus sign', () => {
    // Keys are random: make sure some of them put '+' into the base64, where a naive split breaks.
    for (let n = 0; n < 64; n++) {
      const pair = generateKeyPairSync('ed25519');
      const key = verifierKey('log.example', pair.publicKey);
      expect(parseVerifierKey(key).name).toBe('log.example');
    }
  });

  it('reads the example verifier key of the signed-note format (Go’s sumdb/note documentation)', () => {
    expect(parseVerifierKey('PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW').name).toBe('PeterNeumann');
  });

  it('refuses checkpoints that cannot be written in the format', () => {
    expect(() => checkpointText({ ...CHECKPOINT, origin: 'two words' })).toThrow(/one word/);
    expect(() => checkpointText({ ...CHECKPOINT, rootHash: Buffer.alloc(31) })).toThrow(/32 bytes/);
    expect(() => checkpointText({ ...CHECKPOINT, treeSize: -1 })).toThrow(/whole number/);
  });
});
