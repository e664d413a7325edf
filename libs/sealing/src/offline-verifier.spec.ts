import { canonicalJson, chainStep, digestOfStored, genesisHash } from '@app/event-store';
import { eventLeaf } from './event-leaf';
import { ExportedEvent } from './exported-trail';
import { inclusionProof, leafHash, rootOf } from './merkle-tree';
import { TrailVerifier, verifyEventInclusion } from './offline-verifier';
import { Checkpoint } from './signed-checkpoint';

interface Written {
  readonly streamId: string;
  readonly type: string;
  readonly data: unknown;
}

/** Events as the store writes them: digests, chains and time real, positions and transactions in order. */
function logOf(written: readonly Written[]): ExportedEvent[] {
  const chains = new Map<string, { version: number; hash: Buffer }>();
  return written.map(({ streamId, type, data }, index) => {
    const previous = chains.get(streamId);
    const version = (previous?.version ?? 0) + 1;
    const metadata = { actorId: 'u-inspector', orgUnitId: 'anji' };
    const digest = digestOfStored(type, 1, data, metadata);
    const micros = 1_772_413_200_000_000n + BigInt(index) * 1000n;
    const id = `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;
    const hash = chainStep(previous?.hash ?? genesisHash(streamId), digest, version, id, micros);
    chains.set(streamId, { version, hash });
    return {
      leafIndex: index,
      position: index + 1,
      transactionId: String(700 + index),
      streamId,
      version,
      id,
      type,
      schemaVersion: 1,
      data,
      metadata,
      recordedAt: new Date(Number(micros / 1000n)).toISOString(),
      recordedAtMicros: micros.toString(),
      contentDigest: digest.toString('hex'),
      hash: hash.toString('hex'),
    };
  });
}

function leafOf(event: ExportedEvent): Buffer {
  return leafHash(
    eventLeaf({
      position: event.position,
      transactionId: event.transactionId,
      streamId: event.streamId,
      version: event.version,
      eventId: event.id,
      contentDigest: Buffer.from(event.contentDigest, 'hex'),
      chainHash: Buffer.from(event.hash, 'hex'),
      recordedAtMicros: BigInt(event.recordedAtMicros),
    }),
  );
}

function checkpointOf(events: readonly ExportedEvent[]): Checkpoint {
  return { origin: 'huzhou.supervision/audit', treeSize: events.length, rootHash: rootOf(events.map(leafOf)) };
}

function verify(events: readonly ExportedEvent[], checkpoint: Checkpoint | null) {
  const verifier = new TrailVerifier(checkpoint);
  events.forEach((event, index) => verifier.add(event, index + 1));
  return verifier.finish();
}

/** What a superuser would do to hide an edit: recompute every digest and chain after it. */
function rewritten(events: readonly ExportedEvent[]): ExportedEvent[] {
  return logOf(events.map(({ streamId, type, data }) => ({ streamId, type, data }))).map((event, index) => ({ ...event, leafIndex: events[index]!.leafIndex }));
}

const LOG = logOf([
  { streamId: 'case-1', type: 'CaseOpened', data: { 问题: '河道垃圾', county: '安吉县' } },
  { streamId: 'case-2', type: 'CaseOpened', data: { 问题: '违建未拆' } },
  { streamId: 'case-1', type: 'CaseAssigned', data: { to: '天荒坪镇' } },
  { streamId: 'task-9', type: 'TaskOpened', data: { title: '走看赛' } },
  { streamId: 'case-1', type: 'CaseRectified', data: { note: '已清理' } },
  { streamId: 'case-2', type: 'CaseAssigned', data: { to: '递铺街道' } },
  { streamId: 'task-9', type: 'TaskClosed', data: {} },
]);
const CHECKPOINT = checkpointOf(LOG);

describe('verifying an exported trail offline', () => {
  it('given the log as written and its checkpoint, then every digest, chain and the root hold', () => {
    const report = verify(LOG, CHECKPOINT);
    expect(report).toMatchObject({ ok: true, events: 7, streams: 3, sealedEvents: 7, unanchoredEvents: 0, problemCount: 0 });
    expect(report.checkpoint).toEqual({ origin: CHECKPOINT.origin, treeSize: 7, rootHash: CHECKPOINT.rootHash.toString('base64'), computedRoot: CHECKPOINT.rootHash.toString('base64'), matches: true });
  });

  it('given events written after the checkpoint, then they are checked for digests and chains and left out of the root', () => {
    const later = logOf([...LOG.map(({ streamId, type, data }) => ({ streamId, type, data })), { streamId: 'case-1', type: 'CaseClosed', data: {} }]);
    expect(verify([...later.slice(0, 7), { ...later[7]!, leafIndex: null }], CHECKPOINT)).toMatchObject({ ok: true, events: 8, sealedEvents: 7 });
  });

  it('when data was edited, then the record is named by its content digest', () => {
    const edited = LOG.map((event) => (event.position === 3 ? { ...event, data: { to: '递铺街道' } } : event));
    const report = verify(edited, CHECKPOINT);
    expect(report.problems[0]).toMatchObject({ kind: 'content', position: 3, line: 3, streamId: 'case-1', version: 2 });
  });

  it('when the last event of a stream was deleted, then the missing leaf and the root say so', () => {
    const report = verify(LOG.filter((event) => event.position !== 7), CHECKPOINT);
    expect(report.ok).toBe(false);
    expect(report.problems.map((problem) => problem.kind)).toEqual(['short']);
  });

  it('when a middle event was deleted, then its stream’s gap and the leaf order name the place', () => {
    const report = verify(LOG.filter((event) => event.position !== 3), CHECKPOINT);
    expect(report.problems.slice(0, 2)).toMatchObject([
      { kind: 'leaf-order', leafIndex: 2, position: 4 },
      { kind: 'missing-predecessor', position: 5, streamId: 'case-1', version: 3 },
    ]);
  });

  it('when a whole stream was deleted, then the leaf order names its first event’s leaf', () => {
    const report = verify(LOG.filter((event) => event.streamId !== 'case-2'), CHECKPOINT);
    expect(report.problems[0]).toMatchObject({ kind: 'leaf-order', leafIndex: 1, position: 3 });
  });

  it('when two events of different streams swapped positions, then the root differs although every chain holds', () => {
    const swapped = LOG.map((event) => (event.position === 2 ? { ...event, position: 4 } : event.position === 4 ? { ...event, position: 2 } : event));
    expect(verify(swapped, CHECKPOINT).problems.map((problem) => problem.kind)).toEqual(['root']);
  });

  it('when an event’s transaction was changed, then the root differs', () => {
    const moved = LOG.map((event) => (event.position === 5 ? { ...event, transactionId: '9999' } : event));
    expect(verify(moved, CHECKPOINT).problems.map((problem) => problem.kind)).toEqual(['root']);
  });

  it('when the log was rewritten with every digest and chain recomputed, then only the checkpoint tells', () => {
    const forged = rewritten(LOG.map((event) => (event.position === 5 ? { ...event, data: { note: '未清理' } } : event)));
    expect(verify(forged, null).ok).toBe(true);
    expect(verify(forged, CHECKPOINT).problems.map((problem) => problem.kind)).toEqual(['root']);
  });

  it('when a stream’s events were reordered, then the stream order names the place', () => {
    const reordered = [LOG[0]!, LOG[1]!, LOG[4]!, LOG[3]!, LOG[2]!, LOG[5]!, LOG[6]!];
    expect(verify(reordered, CHECKPOINT).problems.slice(0, 2)).toMatchObject([
      { kind: 'missing-predecessor', position: 5, version: 3 },
      { kind: 'leaf-order', leafIndex: 2, position: 5 },
    ]);
    expect(verify(reordered, null).problems[0]).toMatchObject({ kind: 'stream-order', position: 3, version: 2 });
  });

  it('given a filtered export and no checkpoint, then streams that start mid-way are checked from there on', () => {
    const report = verify(LOG.filter((event) => event.position >= 3), null);
    expect(report).toMatchObject({ ok: true, events: 5, unanchoredEvents: 2 });
  });

  it('given a checkpoint over more events than exported, then the export is short', () => {
    const longer = logOf([...LOG.map(({ streamId, type, data }) => ({ streamId, type, data })), { streamId: 'case-9', type: 'CaseOpened', data: {} }]);
    expect(verify(LOG, checkpointOf(longer)).problems).toMatchObject([{ kind: 'short', message: 'the export has 7 sealed events; the checkpoint covers 8' }]);
  });

  it('given the empty log and its checkpoint, then it holds', () => {
    expect(verify([], checkpointOf([])).ok).toBe(true);
  });

  it('keeps canonical JSON what the digest is over (the export’s key order does not matter)', () => {
    const reversed = { ...LOG[0]!, data: JSON.parse(`{"county":"安吉县","问题":"河道垃圾"}`) as unknown };
    expect(canonicalJson(reversed.data)).toBe(canonicalJson(LOG[0]!.data));
    expect(verify([reversed, ...LOG.slice(1)], CHECKPOINT).ok).toBe(true);
  });
});

describe('verifying one event’s inclusion offline', () => {
  const leaves = LOG.map(leafOf);
  const proofOf = (index: number) => ({ leafIndex: index, treeSize: LOG.length, proof: inclusionProof(leaves, index).map((hash) => hash.toString('base64')) });

  it('given an event, its proof and the checkpoint, then the proof leads to the signed root', () => {
    for (const event of LOG) expect(verifyEventInclusion(event, proofOf(event.leafIndex!), CHECKPOINT)).toMatchObject({ ok: true, problems: [] });
  });

  it('when the event was edited, or the proof is another leaf’s or for another tree, then it is refused with the reason', () => {
    const event = LOG[4]!;
    expect(verifyEventInclusion({ ...event, data: { note: '未清理' } }, proofOf(4), CHECKPOINT).problems).toEqual(['the event’s content digest does not match what it says']);
    expect(verifyEventInclusion({ ...event, leafIndex: null }, proofOf(3), CHECKPOINT).problems).toEqual(['the proof does not lead from the event’s leaf to the checkpoint’s root']);
    expect(verifyEventInclusion(event, proofOf(3), CHECKPOINT).problems).toEqual(['the event says leaf 4, the proof 3']);
    expect(verifyEventInclusion(event, { ...proofOf(4), treeSize: 8 }, CHECKPOINT).problems).toEqual(['the proof is for a tree of 8, the checkpoint signs 7']);
  });
});
