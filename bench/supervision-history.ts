import type { EventToAppend } from '@app/event-store';
import { caseStreams, orgUnitStreams, roundStreamId, taskStreamId, taskStreams } from '@app/supervision';
import { randomBoardHistory, seededRandom } from '../libs/read-models/src/supervision-boards/board-history.spec-fixtures';
import {
  roundPlanned,
  roundPublished,
  roundStarted,
  scoresRecorded,
  scoringClosed,
  twoItems,
} from '../libs/read-models/src/ranking/ranking.spec-fixtures';

/**
 * A large, realistic supervision log for the benchmarks, built from the read models' own spec
 * fixtures: shards that each hold an org tree (a city, four counties, their townships and
 * villages, secretaries replaced now and then), tasks through their lifecycle, cases with warnings,
 * escalations, extensions and splits, and scored rounds over the four counties with re-scoring.
 */
export interface SupervisionHistory {
  /** Streams in the order to append them; each stream's events in version order. */
  readonly streams: ReadonlyArray<readonly [streamId: string, events: EventToAppend[]]>;
  readonly events: number;
  readonly caseIds: readonly string[];
  readonly taskStreams: number;
  readonly countyIds: readonly string[];
  /** Rounds with a ranking (walk-see-compete), published. */
  readonly rankedRoundIds: readonly string[];
  /** For each of those, an instant while its scores were coming in (for as-of questions). */
  readonly scoringInstants: ReadonlyMap<string, Date>;
  readonly rounds: number;
  readonly units: number;
}

const ROUNDS_PER_SHARD = 8;
const INSPECTORS = ['insp-a', 'insp-b', 'insp-c'];

function iso(day: number): string {
  return new Date(Date.parse('2026-01-05T02:00:00.000Z') + day * 86_400_000).toISOString();
}

function rankingShard(
  prefix: string,
  counties: readonly string[],
  random: () => number,
  add: (streamId: string, events: EventToAppend[]) => void,
  scoringInstants: Map<string, Date>,
): string[] {
  const ranked: string[] = [];
  for (let r = 0; r < ROUNDS_PER_SHARD; r++) {
    const roundId = `${prefix}-wsc-${r}`;
    const day = r * 20;
    add(roundStreamId(roundId), [
      roundPlanned({ roundId, counties, method: (['mean', 'trimmed-mean', 'z-normalised'] as const)[r % 3], perRedCase: 1, plannedAt: iso(day), opensOn: '2026-01-01', closesOn: '2026-12-31' }),
      roundStarted(roundId, iso(day + 1)),
      scoringClosed(roundId, iso(day + 10)),
      roundPublished(roundId, iso(day + 11)),
    ]);
    ranked.push(roundId);
    scoringInstants.set(roundId, new Date(Date.parse(iso(day + 2)) + 12 * 3_600_000));
    for (const countyId of counties) {
      const taskId = `${roundId}-${countyId}`;
      const sheets: EventToAppend[] = [];
      for (const inspectorId of INSPECTORS) {
        const rescored = random() < 0.3 ? 2 : 1;
        for (let n = 0; n < rescored; n++) {
          const score = () => Math.round(random() * 100) / 10;
          sheets.push(scoresRecorded({ taskId, roundId, countyId, inspectorId, scores: twoItems(score(), score()), recordedAt: iso(day + 2 + n) }));
        }
      }
      add(taskStreamId(taskId), sheets);
    }
  }
  return ranked;
}

/** Shards until at least `targetEvents` events; deterministic for a given target. */
export function supervisionHistory(targetEvents: number, size = { tasks: 120, cases: 220 }): SupervisionHistory {
  const streams: Array<[string, EventToAppend[]]> = [];
  const caseIds: string[] = [];
  const countyIds: string[] = [];
  const rankedRoundIds: string[] = [];
  const scoringInstants = new Map<string, Date>();
  let events = 0;
  let taskStreamCount = 0;
  let units = 0;
  for (let shard = 0; events < targetEvents; shard++) {
    const prefix = `s${shard}`;
    const board = randomBoardHistory(prefix, 1000 + shard, size);
    const counties = board.units.filter((chain) => chain.length === 2).map((chain) => chain[0]!);
    countyIds.push(...counties);
    units += board.units.length;
    const add = (streamId: string, streamEvents: EventToAppend[]) => {
      streams.push([streamId, streamEvents]);
      events += streamEvents.length;
      if (caseStreams.includes(streamId)) caseIds.push(caseStreams.entityIdOf(streamId));
      if (taskStreams.includes(streamId)) taskStreamCount += 1;
    };
    // Org units first, so most events meet their unit already registered (as in real life).
    const ordered = [...board.streams.entries()].sort(([a], [b]) => Number(orgUnitStreams.includes(b)) - Number(orgUnitStreams.includes(a)));
    for (const [streamId, streamEvents] of ordered) add(streamId, streamEvents);
    rankedRoundIds.push(...rankingShard(prefix, counties, seededRandom(7000 + shard), add, scoringInstants));
  }
  return { streams, events, caseIds, taskStreams: taskStreamCount, countyIds, rankedRoundIds, scoringInstants, rounds: rankedRoundIds.length, units };
}
