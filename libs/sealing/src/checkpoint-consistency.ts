import type { KeyObject } from 'node:crypto';
import { Hash, verifyConsistency } from './merkle-tree';
import { SealedLog } from './sealed-log';
import { openCheckpoint } from './signed-checkpoint';
import { WitnessFile } from './witness-file';

/** A tree head: how many leaves, and their root. */
export interface TreeHead {
  readonly treeSize: number;
  readonly rootHash: Hash;
}

export interface CheckpointVerifier {
  readonly name: string;
  readonly publicKey: KeyObject;
}

/**
 * Whether a stored checkpoint is what its note says: the note opens with the verifier key, under
 * the log's origin, and states the row's size and root. A row edited in the database, or a note
 * signed by another key, fails.
 */
export function noteMatches(checkpoint: TreeHead & { readonly note: string }, verifier: CheckpointVerifier, origin: string): boolean {
  const opened = openCheckpoint(checkpoint.note, verifier);
  return opened !== null && opened.origin === origin && opened.treeSize === checkpoint.treeSize && opened.rootHash.equals(checkpoint.rootHash);
}

/**
 * Whether one tree head extends the other (in either order), by a consistency proof taken from the
 * sealed tree and checked against both roots, as an auditor checks it: a sealed tree rewritten
 * below the smaller head, or a head that names another root, fails. So does a sealed tree too
 * small to prove it (leaves lost).
 */
export async function headsConsistent(sealed: SealedLog, one: TreeHead, other: TreeHead): Promise<boolean> {
  const [first, second] = one.treeSize <= other.treeSize ? [one, other] : [other, one];
  if (first.treeSize === second.treeSize) return first.rootHash.equals(second.rootHash);
  if (second.treeSize > (await sealed.size())) return false;
  const proof = await sealed.consistencyProof(first.treeSize, second.treeSize);
  return verifyConsistency(first.treeSize, second.treeSize, first.rootHash, second.rootHash, proof);
}

/**
 * The last note of a witness file as a tree head, when it opens with the verifier key under this
 * log's origin; null when the file is missing, unreadable, or holds none of ours.
 */
export async function lastHeadInWitnessFile(path: string, verifier: CheckpointVerifier, origin: string): Promise<TreeHead | null> {
  const note = await new WitnessFile(path).lastNote().catch(() => null);
  const opened = note === null ? null : openCheckpoint(note, verifier);
  return opened === null || opened.origin !== origin ? null : { treeSize: opened.treeSize, rootHash: opened.rootHash };
}
