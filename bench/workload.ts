import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '@app/event-store';

/**
 * The benchmarks' workload: a realistic event (~300 bytes of data, full metadata), the same for
 * every store measured.
 */

const ORG_UNITS = Array.from({ length: 20 }, () => randomUUID());
const ACTORS = Array.from({ length: 50 }, () => randomUUID());
const COMMENTS = [
  'Fire exits clear; extinguisher tag dated within the last twelve months.',
  'Handrail on the east stairwell loose at the second landing; photo attached.',
  'Cold-storage log complete for the week, temperatures within range.',
  'Two first-aid kits missing burn dressings; restock requested from stores.',
];

/**
 * Events are built once, before any timing, and reused round-robin, so that neither side pays for
 * generating them. The store gives every event without an id a fresh time-ordered one (see
 * `event-ids.ts`); the baseline makes its ids the same way, so both tables' event_id indexes grow
 * alike.
 */
const EVENT_RING = Array.from({ length: 4096 }, (_, i) => buildEvent(i));

export function makeEvent(sequence: number): EventToAppend {
  return EVENT_RING[sequence % EVENT_RING.length]!;
}

function buildEvent(sequence: number): EventToAppend {
  const orgUnitId = ORG_UNITS[sequence % ORG_UNITS.length]!;
  const commandId = randomUUID();
  return {
    type: 'ItemScored',
    data: {
      taskId: randomUUID(),
      itemCode: `R-${(sequence % 40) + 1}.${(sequence % 7) + 1}`,
      score: sequence % 6,
      maxScore: 5,
      comment: COMMENTS[sequence % COMMENTS.length]!,
      evidence: [{ kind: 'photo', ref: `evidence/${commandId.slice(0, 8)}.jpg` }],
      observedAt: '2024-05-14T09:30:00.000Z',
    },
    metadata: {
      actorId: ACTORS[sequence % ACTORS.length]!,
      correlationId: randomUUID(),
      causationId: randomUUID(),
      commandId,
      orgUnitId,
    },
  };
}
