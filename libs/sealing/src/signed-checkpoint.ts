import { createHash, createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';

/**
 * A checkpoint of the sealed log in the C2SP formats transparency logs share (tlog-checkpoint in a
 * signed note), so tools written for those logs can read and check ours:
 *
 *   <origin>\n
 *   <tree size, decimal>\n
 *   <root hash, standard base64>\n
 *   \n
 *   — <key name> <base64(key id ‖ Ed25519 signature)>\n
 *
 * The signature is over the note's text: the three lines above the blank one, newlines included.
 * The key id is the first 4 bytes of SHA-256(key name ‖ 0x0A ‖ 0x01 ‖ public key), 0x01 naming
 * Ed25519; a verifier key is written `<name>+<key id, 8 hex digits>+<base64(0x01 ‖ public key)>`.
 */
export interface Checkpoint {
  /** Names the log (e.g. `huzhou.supervision/audit`): a checkpoint of one log never passes for another's. */
  readonly origin: string;
  readonly treeSize: number;
  readonly rootHash: Buffer;
}

const ED25519 = 0x01;
const SIGNATURE_PREFIX = '\u2014 ';

/** A signer's name and key: Ed25519, from a PEM private key (PKCS #8). */
export interface CheckpointSigner {
  readonly name: string;
  readonly privateKey: KeyObject;
}

export function checkpointText({ origin, treeSize, rootHash }: Checkpoint): string {
  if (origin === '' || /[\n\u2014]/.test(origin) || /\s/.test(origin)) throw new RangeError('an origin is one word, without newlines or em dashes');
  if (!Number.isSafeInteger(treeSize) || treeSize < 0) throw new RangeError('a tree size is a whole number');
  if (rootHash.length !== 32) throw new RangeError('a root hash is 32 bytes');
  return `${origin}\n${treeSize}\n${rootHash.toString('base64')}\n`;
}

/** The raw 32-byte Ed25519 public key of a key object. */
function rawPublicKey(key: KeyObject): Buffer {
  const jwk = (key.type === 'private' ? createPublicKey(key) : key).export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new RangeError('checkpoints are signed with Ed25519 keys');
  return Buffer.from(jwk.x, 'base64url');
}

export function keyId(name: string, publicKey: KeyObject): Buffer {
  return createHash('sha256')
    .update(Buffer.from(`${name}\n`, 'utf8'))
    .update(Buffer.from([ED25519]))
    .update(rawPublicKey(publicKey))
    .digest()
    .subarray(0, 4);
}

/** The verifier key auditors are given: `<name>+<key id hex>+<base64(0x01 ‖ public key)>`. */
export function verifierKey(name: string, publicKey: KeyObject): string {
  return `${name}+${keyId(name, publicKey).toString('hex')}+${Buffer.concat([Buffer.from([ED25519]), rawPublicKey(publicKey)]).toString('base64')}`;
}

/** Reads a verifier key back into its name and public key; throws on anything else. */
export function parseVerifierKey(text: string): { readonly name: string; readonly publicKey: KeyObject } {
  // The key's base64 may itself hold '+': the name ends at the first one, the id is the 8 hex digits after it.
  const match = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/]+=*)$/.exec(text.trim());
  const [, name, id, key] = match ?? [];
  const bytes = Buffer.from(key ?? '', 'base64');
  if (name === undefined || id === undefined || bytes.length !== 33 || bytes[0] !== ED25519) {
    throw new RangeError('not a verifier key (<name>+<8 hex digits>+<base64 of 0x01 and a 32-byte Ed25519 key>)');
  }
  const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: bytes.subarray(1).toString('base64url') }, format: 'jwk' });
  if (keyId(name, publicKey).toString('hex') !== id) throw new RangeError('the verifier key’s id does not match its name and key');
  return { name, publicKey };
}

export function signerFromPem(name: string, pem: string): CheckpointSigner {
  const privateKey = createPrivateKey(pem);
  rawPublicKey(privateKey);
  return { name, privateKey };
}

/** The signed note of a checkpoint. */
export function signCheckpoint(checkpoint: Checkpoint, signer: CheckpointSigner): string {
  const text = checkpointText(checkpoint);
  const signature = sign(null, Buffer.from(text, 'utf8'), signer.privateKey);
  const publicKey = createPublicKey(signer.privateKey);
  return `${text}\n${SIGNATURE_PREFIX}${signer.name} ${Buffer.concat([keyId(signer.name, publicKey), signature]).toString('base64')}\n`;
}

/**
 * The checkpoint a signed note states, when `verifier` signed it; null for any note it did not
 * sign (another key, a changed line, a malformed note). Signatures by other keys are ignored.
 */
export function openCheckpoint(note: string, verifier: { readonly name: string; readonly publicKey: KeyObject }): Checkpoint | null {
  const split = note.indexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) return null;
  const text = note.slice(0, split + 1);
  const id = keyId(verifier.name, verifier.publicKey);
  const signed = note
    .slice(split + 2)
    .split('\n')
    .filter((line) => line !== '')
    .some((line) => {
      if (!line.startsWith(`${SIGNATURE_PREFIX}${verifier.name} `)) return false;
      const bytes = Buffer.from(line.slice(SIGNATURE_PREFIX.length + verifier.name.length + 1), 'base64');
      return bytes.length === 68 && bytes.subarray(0, 4).equals(id) && verify(null, Buffer.from(text, 'utf8'), verifier.publicKey, bytes.subarray(4));
    });
  if (!signed) return null;
  const [origin, size, root] = text.split('\n');
  if (origin === undefined || size === undefined || root === undefined || !/^\d{1,16}$/.test(size)) return null;
  const rootHash = Buffer.from(root, 'base64');
  if (rootHash.length !== 32 || rootHash.toString('base64') !== root) return null;
  return { origin, treeSize: Number(size), rootHash };
}
