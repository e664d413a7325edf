import type { IssuedCheckpoint, SealVerification } from '@app/sealing';
import type { SealVerificationView } from './verify-log/verify-log.query';

/** A checkpoint as the API gives it: hashes in standard base64, as in the note. */
export interface CheckpointView {
  readonly origin: string;
  readonly treeSize: number;
  readonly rootHash: string;
  readonly issuedAt: string;
  /** The C2SP signed note, to keep and check offline with the verifier key. */
  readonly note: string;
  readonly verifierKey: string;
}

export function checkpointView(checkpoint: IssuedCheckpoint, origin: string, verifierKey: string): CheckpointView {
  return {
    origin,
    treeSize: checkpoint.treeSize,
    rootHash: checkpoint.rootHash.toString('base64'),
    issuedAt: checkpoint.issuedAt.toISOString(),
    note: checkpoint.note,
    verifierKey,
  };
}

export interface InclusionProofView {
  readonly position: number;
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly leafHash: string;
  readonly rootHash: string;
  readonly proof: string[];
}

export interface ConsistencyProofView {
  readonly from: number;
  readonly to: number;
  readonly fromRoot: string;
  readonly toRoot: string;
  readonly proof: string[];
}

export function sealVerificationView(seal: SealVerification): SealVerificationView {
  return {
    ok: seal.ok,
    against: seal.against,
    treeSize: seal.treeSize,
    rootHash: seal.rootHash?.toString('base64') ?? null,
    issuedAt: seal.issuedAt?.toISOString() ?? null,
    checkedLeaves: seal.checkedLeaves ?? 0,
    recomputedRoot: seal.recomputedRoot?.toString('base64') ?? null,
    unsignedCheckpoint: seal.unsigned === true,
    ...(seal.firstDivergentLeaf === undefined ? {} : { firstDivergentLeaf: seal.firstDivergentLeaf }),
    ...(seal.divergentRange === undefined ? {} : { divergentRange: seal.divergentRange }),
  };
}
