import { chainStep, digestOfStored, genesisHash } from '@app/event-store';
import { eventLeaf } from './event-leaf';
import { ExportedEvent } from './exported-trail';
import { Hash, leafHash, MerkleFrontier, verifyInclusion } from './merkle-tree';
import { Checkpoint } from './signed-checkpoint';

/**
 * What is wrong with an exported trail, each named by where it shows first:
 * - `content`: the digest of what the record says is not its content digest (its data, metadata,
 *   type or schema version was changed after it was written);
 * - `chain`: its hash does not follow from its stream's previous event in the export;
 * - `missing-predecessor`: a version of its stream before it is not in a whole-log export (an
 *   event was deleted);
 * - `stream-order`: its stream's versions do not go up one by one from the previous record;
 * - `leaf-order`: leaf indexes do not run 0, 1, 2, … in the export's order (an event deleted,
 *   moved or added), or a sealed event comes after one that is not sealed;
 * - `short`: the export has fewer sealed events than the checkpoint covers;
 * - `root`: the tree over the export's events is not the tree the checkpoint signs.
 */
export type TrailProblemKind = 'content' | 'chain' | 'missing-predecessor' | 'stream-order' | 'leaf-order' | 'short' | 'root';

export interface TrailProblem {
  readonly kind: TrailProblemKind;
  readonly message: string;
  /** The record's line in the export (from 1, the header counting in CSV). */
  readonly line?: number;
  readonly position?: number;
  readonly streamId?: string;
  readonly version?: number;
  readonly leafIndex?: number;
}

export interface TrailVerification {
  readonly ok: boolean;
  readonly events: number;
  readonly streams: number;
  /** Records with a leaf index: the export's part of the sealed tree. */
  readonly sealedEvents: number;
  /**
   * Events whose stream's earlier versions a partial export leaves out: their chain is checked
   * from there on, not back to the stream's start (in a whole-log export each is a problem).
   */
  readonly unanchoredEvents: number;
  /** Against the checkpoint, when one was given. */
  readonly checkpoint: {
    readonly origin: string;
    readonly treeSize: number;
    readonly rootHash: string;
    /** The root over the export's first `treeSize` sealed events (null when it has fewer). */
    readonly computedRoot: string | null;
    readonly matches: boolean;
  } | null;
  /** How many problems were found; `problems` lists the first {@link PROBLEMS_KEPT}. */
  readonly problemCount: number;
  readonly problems: readonly TrailProblem[];
}

export const PROBLEMS_KEPT = 100;

/**
 * Checks an exported trail without the database, record by record in the export's order: every
 * content digest, every stream's hash chain, and — given a checkpoint (already opened with the
 * verifier key, see `openCheckpoint`) — that the export's sealed events are exactly the first
 * leaves of the tree it signs, in order. A checkpoint needs the whole log exported (no filters);
 * without one a filtered export is fine, and a stream that starts mid-way is checked from there.
 *
 * Memory: one entry per stream (its last version and hash) and the tree's right edge.
 */
export class TrailVerifier {
  private readonly streams = new Map<string, { version: number; hash: Hash }>();
  private readonly tree = new MerkleFrontier();
  private readonly problems: TrailProblem[] = [];
  private problemCount = 0;
  private events = 0;
  private sealed = 0;
  private unanchored = 0;
  private sawUnsealed = false;
  private computedRoot: Hash | null;

  constructor(private readonly checkpoint: Checkpoint | null = null) {
    this.computedRoot = checkpoint?.treeSize === 0 ? this.tree.root() : null;
  }

  /** Checks the next record of the export (`line` names it in problems). */
  add(event: ExportedEvent, line: number): void {
    this.events += 1;
    const at = { line, position: event.position, streamId: event.streamId, version: event.version };
    const digest = Buffer.from(event.contentDigest, 'hex');
    const hash = Buffer.from(event.hash, 'hex');
    const micros = BigInt(event.recordedAtMicros);
    if (!digestOfStored(event.type, event.schemaVersion, event.data, event.metadata).equals(digest)) {
      this.report({ kind: 'content', message: `the content digest of position ${event.position} (${event.streamId} v${event.version}) does not match what it says`, ...at });
    }
    this.checkChain(event, digest, hash, micros, at);
    if (event.leafIndex === null) {
      this.sawUnsealed = true;
      return;
    }
    this.sealed += 1;
    if (this.sawUnsealed) {
      this.report({ kind: 'leaf-order', message: `position ${event.position} is sealed (leaf ${event.leafIndex}) but comes after an event that is not`, leafIndex: event.leafIndex, ...at });
    }
    if (this.checkpoint === null || this.tree.size >= this.checkpoint.treeSize) return;
    if (event.leafIndex !== this.tree.size) {
      this.report({
        kind: 'leaf-order',
        message: `leaf ${this.tree.size} was expected at line ${line}, the record says ${event.leafIndex} (position ${event.position}): an event before it was deleted or moved, or the export is filtered`,
        leafIndex: this.tree.size,
        ...at,
      });
    }
    this.tree.append(
      leafHash(
        eventLeaf({
          position: event.position,
          transactionId: event.transactionId,
          streamId: event.streamId,
          version: event.version,
          eventId: event.id,
          contentDigest: digest,
          chainHash: hash,
          recordedAtMicros: micros,
        }),
      ),
    );
    if (this.tree.size === this.checkpoint.treeSize) this.computedRoot = this.tree.root();
  }

  /** The verdict, once every record was added. */
  finish(): TrailVerification {
    const checkpoint = this.checkpoint;
    if (checkpoint !== null) {
      if (this.computedRoot === null) {
        this.report({ kind: 'short', message: `the export has ${this.tree.size} sealed events; the checkpoint covers ${checkpoint.treeSize}` });
      } else if (!this.computedRoot.equals(checkpoint.rootHash)) {
        this.report({ kind: 'root', message: `the tree over the first ${checkpoint.treeSize} sealed events of the export is not the one the checkpoint signs` });
      }
    }
    return {
      ok: this.problemCount === 0,
      events: this.events,
      streams: this.streams.size,
      sealedEvents: this.sealed,
      unanchoredEvents: this.unanchored,
      checkpoint:
        checkpoint === null
          ? null
          : {
              origin: checkpoint.origin,
              treeSize: checkpoint.treeSize,
              rootHash: checkpoint.rootHash.toString('base64'),
              computedRoot: this.computedRoot?.toString('base64') ?? null,
              matches: this.computedRoot?.equals(checkpoint.rootHash) ?? false,
            },
      problemCount: this.problemCount,
      problems: this.problems,
    };
  }

  private checkChain(event: ExportedEvent, digest: Hash, hash: Hash, micros: bigint, at: Omit<TrailProblem, 'kind' | 'message'>): void {
    const previous = this.streams.get(event.streamId);
    this.streams.set(event.streamId, { version: event.version, hash });
    let before: Hash;
    if (event.version === 1 && previous === undefined) {
      before = genesisHash(event.streamId);
    } else if (previous !== undefined && previous.version === event.version - 1) {
      before = previous.hash;
    } else if (previous !== undefined && previous.version >= event.version) {
      this.report({ kind: 'stream-order', message: `${event.streamId} v${event.version} at position ${event.position} follows v${previous.version} of its stream`, ...at });
      return;
    } else if (this.checkpoint === null) {
      // A filtered export: the events before it are not in it, so its chain is taken from here.
      this.unanchored += 1;
      return;
    } else {
      const missing = previous === undefined ? `v1 to v${event.version - 1}` : `v${previous.version + 1} to v${event.version - 1}`;
      this.report({ kind: 'missing-predecessor', message: `${event.streamId} ${missing} are not in the export, before position ${event.position}`, ...at });
      return;
    }
    if (!chainStep(before, digest, event.version, event.id, micros).equals(hash)) {
      this.report({ kind: 'chain', message: `the hash of position ${event.position} (${event.streamId} v${event.version}) does not follow from its stream's previous one`, ...at });
    }
  }

  private report(problem: TrailProblem): void {
    this.problemCount += 1;
    if (this.problems.length < PROBLEMS_KEPT) this.problems.push(problem);
  }
}

/** An inclusion proof as `GET /audit/proofs/inclusion` answers it (hashes standard base64). */
export interface InclusionProofDocument {
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly proof: readonly string[];
}

export interface InclusionVerification {
  readonly ok: boolean;
  readonly position: number;
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly problems: readonly string[];
}

/**
 * Checks one exported event against a checkpoint: that what it says matches its content digest,
 * and that its leaf — computed here from the record — is at `leafIndex` of the checkpoint's tree
 * by the proof (RFC 9162 §2.1.3.2). Its chain cannot be checked alone; export its stream for that.
 */
export function verifyEventInclusion(event: ExportedEvent, proof: InclusionProofDocument, checkpoint: Checkpoint): InclusionVerification {
  const problems: string[] = [];
  const digest = Buffer.from(event.contentDigest, 'hex');
  if (!digestOfStored(event.type, event.schemaVersion, event.data, event.metadata).equals(digest)) problems.push('the event’s content digest does not match what it says');
  if (event.leafIndex !== null && event.leafIndex !== proof.leafIndex) problems.push(`the event says leaf ${event.leafIndex}, the proof ${proof.leafIndex}`);
  if (proof.treeSize !== checkpoint.treeSize) problems.push(`the proof is for a tree of ${proof.treeSize}, the checkpoint signs ${checkpoint.treeSize}`);
  const leaf = leafHash(
    eventLeaf({
      position: event.position,
      transactionId: event.transactionId,
      streamId: event.streamId,
      version: event.version,
      eventId: event.id,
      contentDigest: digest,
      chainHash: Buffer.from(event.hash, 'hex'),
      recordedAtMicros: BigInt(event.recordedAtMicros),
    }),
  );
  const path = proof.proof.map((hash) => Buffer.from(hash, 'base64'));
  if (problems.length === 0 && !verifyInclusion(leaf, proof.leafIndex, proof.treeSize, path, checkpoint.rootHash)) {
    problems.push(`the proof does not lead from the event’s leaf to the checkpoint’s root`);
  }
  return { ok: problems.length === 0, position: event.position, leafIndex: proof.leafIndex, treeSize: proof.treeSize, problems };
}
