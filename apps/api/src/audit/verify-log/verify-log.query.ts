import { Query } from '@nestjs/cqrs';
import type { VerifyReport } from '@app/event-store';

/** Where the log recomputed parts from the sealed tree. */
export interface DivergentLeafView {
  readonly leafIndex: number;
  readonly sealedPosition: number | null;
  readonly position: number | null;
}

/** The log recomputed and compared with the latest signed checkpoint (or the sealed tree's head). */
export interface SealVerificationView {
  readonly ok: boolean;
  readonly against: 'checkpoint' | 'sealed-tree';
  readonly treeSize: number;
  /** The head checked against, standard base64. */
  readonly rootHash: string | null;
  readonly issuedAt: string | null;
  readonly checkedLeaves: number;
  readonly recomputedRoot: string | null;
  readonly unsignedCheckpoint: boolean;
  readonly firstDivergentLeaf?: DivergentLeafView;
  readonly divergentRange?: { readonly fromLeaf: number; readonly toLeaf: number };
}

/**
 * What the check found: the digests and chains that hold, every break by position, and — for the
 * whole log — the seal (the log recomputed against the latest checkpoint) and the evidence files
 * the steps name. `ok` holds when all do.
 */
export type LogVerification = VerifyReport & { readonly seal?: SealVerificationView; readonly evidence?: EvidenceFilesCheck };

/** The evidence files the steps name, against the storage: there, and still hashing to their names. */
export interface EvidenceFilesCheck {
  readonly ok: boolean;
  readonly files: number;
  readonly missing: string[];
  readonly altered: string[];
}

/**
 * Recomputes every content digest and hash chain over a range of global positions (the whole log by
 * default), and for the whole log also the sealed tree against the latest checkpoint.
 */
export class VerifyLogQuery extends Query<LogVerification> {
  constructor(readonly range: { readonly from?: number; readonly to?: number }) {
    super();
  }
}
