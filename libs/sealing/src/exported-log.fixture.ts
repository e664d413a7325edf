import { chainStep, digestOfStored, genesisHash } from '@app/event-store';
import { eventLeaf } from './event-leaf';
import { ExportedEvent } from './exported-trail';
import { leafHash } from './merkle-tree';

// A log as the store would write it and the trail export would give it, for the offline verifier's specs.

/** An event as a command wrote it. */
export interface Written {
  readonly streamId: string;
  readonly type: string;
  readonly data: unknown;
}

/** Events as the store writes them: digests, chains and time real, positions and transactions in order. */
export function logOf(written: readonly Written[]): ExportedEvent[] {
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

export function leafOf(event: ExportedEvent): Buffer {
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

