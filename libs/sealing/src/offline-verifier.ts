import { chainStep, digestOfStored, genesisHash } from '@app/event-store';
import { eventLeaf } from './event-leaf';
import { ExportedEvent, RecordFacts } from './exported-trail';
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

/** The position of a record, for problems. */
type Place = Pick<TrailProblem, 'line' | 'position' | 'streamId' | 'version'>;

/** Collects problems: all counted, the first {@link PROBLEMS_KEPT} kept. */
export class ProblemLog {
  readonly kept: TrailProblem[] = [];
  count = 0;

  report(problem: TrailProblem): void {
    this.count += 1;
    if (this.kept.length < PROBLEMS_KEPT) this.kept.push(problem);
  }
}


/** The content digest of what an exported event says (its data and metadata canonicalised). */
export function digestOfRecord(event: ExportedEvent): Hash {
  return digestOfStored(event.type, event.schemaVersion, event.data, event.metadata);
}

/** What the stream checks hand on to the leaf checks: the stored digest and hash as bytes, and the time. */
export interface CheckedRecord {
  readonly digest: Hash;
  readonly hash: Hash;
  readonly micros: bigint;
}

/**
 * The checks within each stream: the content digest against what the record says, the hash chain
 * from the stream's previous record, versions going up one by one. Streams are independent of one
 * another, so records can be split among several checkers by stream (see parallel-trail-verifier).
 */
export class StreamChecks {
  private readonly streams = new Map<string, { version: number; hash: Hash }>();
  unanchored = 0;

  /** `wholeLog`: a missing earlier version is a deleted event (else a filtered export). */
  constructor(
    private readonly wholeLog: boolean,
    private readonly problems: ProblemLog,
  ) {}

  get streamCount(): number {
    return this.streams.size;
  }

  /** Checks a record whose content digest was computed from what it says (`computed`). */
  check(event: RecordFacts, line: number, computed: Hash): CheckedRecord {
    const at: Place = { line, position: event.position, streamId: event.streamId, version: event.version };
    const digest = Buffer.from(event.contentDigest, 'hex');
    const hash = Buffer.from(event.hash, 'hex');
    const micros = BigInt(event.recordedAtMicros);
    if (!computed.equals(digest)) {
      this.problems.report({ kind: 'content', message: `the content digest of position ${event.position} (${event.streamId} v${event.version}) does not match what it says`, ...at });
    }
    this.checkChain(event, digest, hash, micros, at);
    return { digest, hash, micros };
  }

  private checkChain(event: RecordFacts, digest: Hash, hash: Hash, micros: bigint, at: Place): void {
    const previous = this.streams.get(event.streamId);
    this.streams.set(event.streamId, { version: event.version, hash });
    let before: Hash;
    if (event.version === 1 && previous === undefined) {
      before = genesisHash(event.streamId);
    } else if (previous !== undefined && previous.version === event.version - 1) {
      before = previous.hash;
    } else if (previous !== undefined && previous.version >= event.version) {
      this.problems.report({ kind: 'stream-order', message: `${event.streamId} v${event.version} at position ${event.position} follows v${previous.version} of its stream`, ...at });
      return;
    } else if (!this.wholeLog) {
      // A filtered export: the events before it are not in it, so its chain is taken from here.
      this.unanchored += 1;
      return;
    } else {
      const missing = previous === undefined ? `v1 to v${event.version - 1}` : `v${previous.version + 1} to v${event.version - 1}`;
      this.problems.report({ kind: 'missing-predecessor', message: `${event.streamId} ${missing} are not in the export, before position ${event.position}`, ...at });
      return;
    }
    if (!chainStep(before, digest, event.version, event.id, micros).equals(hash)) {
      this.problems.report({ kind: 'chain', message: `the hash of position ${event.position} (${event.streamId} v${event.version}) does not follow from its stream's previous one`, ...at });
    }
  }
}

/** The leaf of an exported event, computed from the record (with its stored digest and hash as bytes). */
export function leafOfRecord(event: RecordFacts, { digest, hash, micros }: CheckedRecord): Hash {
  return leafHash(
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
  );
}

/**
 * The checks over the export's order: sealed records first, their leaf indexes 0, 1, 2, … and —
 * given a checkpoint — the tree over the first `treeSize` of them equal to the one it signs.
 * These run over every record in order, on one thread.
 */
export class LeafChecks {
  private readonly tree = new MerkleFrontier();
  private sawUnsealed = false;
  sealed = 0;
  private computedRoot: Hash | null;

  constructor(
    private readonly checkpoint: Checkpoint | null,
    private readonly problems: ProblemLog,
  ) {
    this.computedRoot = checkpoint?.treeSize === 0 ? this.tree.root() : null;
  }

  /** Whether the next sealed record's leaf hash is needed (it is, until the checkpoint's tree is complete). */
  get wantsLeaves(): boolean {
    return this.checkpoint !== null && this.tree.size < this.checkpoint.treeSize;
  }

  /** The next record: its leaf index (null when not sealed) and, when {@link wantsLeaves}, its leaf hash. */
  add(leafIndex: number | null, leaf: () => Hash, at: Place): void {
    if (leafIndex === null) {
      this.sawUnsealed = true;
      return;
    }
    this.sealed += 1;
    if (this.sawUnsealed) {
      this.problems.report({ kind: 'leaf-order', message: `position ${at.position} is sealed (leaf ${leafIndex}) but comes after an event that is not`, leafIndex, ...at });
    }
    if (!this.wantsLeaves) return;
    if (leafIndex !== this.tree.size) {
      this.problems.report({
        kind: 'leaf-order',
        message: `leaf ${this.tree.size} was expected at line ${at.line}, the record says ${leafIndex} (position ${at.position}): an event before it was deleted or moved, or the export is filtered`,
        leafIndex: this.tree.size,
        ...at,
      });
    }
    this.tree.append(leaf());
    if (this.tree.size === this.checkpoint!.treeSize) this.computedRoot = this.tree.root();
  }

  /** The checkpoint's verdict (problems reported), once every record was added. */
  finish(): TrailVerification['checkpoint'] {
    const checkpoint = this.checkpoint;
    if (checkpoint === null) return null;
    if (this.computedRoot === null) {
      this.problems.report({ kind: 'short', message: `the export has ${this.tree.size} sealed events; the checkpoint covers ${checkpoint.treeSize}` });
    } else if (!this.computedRoot.equals(checkpoint.rootHash)) {
      this.problems.report({ kind: 'root', message: `the tree over the first ${checkpoint.treeSize} sealed events of the export is not the one the checkpoint signs` });
    }
    return {
      origin: checkpoint.origin,
      treeSize: checkpoint.treeSize,
      rootHash: checkpoint.rootHash.toString('base64'),
      computedRoot: this.computedRoot?.toString('base64') ?? null,
      matches: this.computedRoot?.equals(checkpoint.rootHash) ?? false,
    };
  }
}

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
  private readonly problems = new ProblemLog();
  private readonly streams: StreamChecks;
  private readonly leaves: LeafChecks;
  private events = 0;

  constructor(checkpoint: Checkpoint | null = null) {
    this.streams = new StreamChecks(checkpoint !== null, this.problems);
    this.leaves = new LeafChecks(checkpoint, this.problems);
  }

  /** Checks the next record of the export (`line` names it in problems). */
  add(event: ExportedEvent, line: number): void {
    this.addFacts(event, digestOfRecord(event), line);
  }

  /** Checks the next record, its content digest already computed from what it says (see json-line-check). */
  addFacts(facts: RecordFacts, computedDigest: Hash, line: number): void {
    this.events += 1;
    const checked = this.streams.check(facts, line, computedDigest);
    this.leaves.add(facts.leafIndex, () => leafOfRecord(facts, checked), { line, position: facts.position, streamId: facts.streamId, version: facts.version });
  }

  /** The verdict, once every record was added. */
  finish(): TrailVerification {
    const checkpoint = this.leaves.finish();
    return {
      ok: this.problems.count === 0,
      events: this.events,
      streams: this.streams.streamCount,
      sealedEvents: this.leaves.sealed,
      unanchoredEvents: this.streams.unanchored,
      checkpoint,
      problemCount: this.problems.count,
      problems: this.problems.kept,
    };
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
  const leaf = leafOfRecord(event, { digest, hash: Buffer.from(event.hash, 'hex'), micros: BigInt(event.recordedAtMicros) });
  const path = proof.proof.map((hash) => Buffer.from(hash, 'base64'));
  if (problems.length === 0 && !verifyInclusion(leaf, proof.leafIndex, proof.treeSize, path, checkpoint.rootHash)) {
    problems.push(`the proof does not lead from the event’s leaf to the checkpoint’s root`);
  }
  return { ok: problems.length === 0, position: event.position, leafIndex: proof.leafIndex, treeSize: proof.treeSize, problems };
}
