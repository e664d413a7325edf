import { createHash } from 'node:crypto';
import type { LoggedEvent, ProcessManager, Reaction } from '@app/workflow';
import type { DutyReviewResults } from '../duty-reviews/duty-review';
import { roundStreams } from '../rounds/round';
import type { RoundPublished } from '../rounds/round.events';
import { backwardVillageStreamId } from './backward-village';
import { ListBackwardVillage } from './backward-village.commands';

/** The listing a duty-review result opens for a village: one per round and village, whoever sends it and however often. */
export function followUpListingId(roundId: string, unitId: string): string {
  return `follow-up-${createHash('sha256').update(`${roundId}\u0000${unitId}`, 'utf8').digest('hex').slice(0, 32)}`;
}

/**
 * 述职评议考核 → 后进村整转: when a duty-review round of villages is published, every village its
 * results list for follow-up (a 差 grade, or a share of 一般 and 差 ratings at the round's
 * threshold) is listed as 后进 by the system, with the result as its source. Rounds of counties or
 * townships list nothing: 后进 is a village's mark.
 */
export const dutyReviewFollowUpProcess: ProcessManager = {
  name: 'duty-review-follow-up',
  categories: [roundStreams.category],
  types: ['RoundPublished'],
  react(event: LoggedEvent): Reaction[] {
    if (event.type !== 'RoundPublished') return [];
    const results = (event.data as unknown as RoundPublished['data']).dutyReviewResults;
    return results === undefined || results.unitKind !== 'village' ? [] : listingsOf(results);
  },
};

function listingsOf(results: DutyReviewResults): Reaction[] {
  const chains = new Map(results.units.map((unit) => [unit.unitId, unit.unitChain]));
  return results.followUp.flatMap(({ unitId, reason }): Reaction[] => {
    const unitChain = chains.get(unitId);
    if (unitChain === undefined) return [];
    const listingId = followUpListingId(results.roundId, unitId);
    const command: ListBackwardVillage = {
      type: 'ListBackwardVillage',
      listingId,
      unitId,
      unitKind: 'village',
      unitChain,
      reason: 'duty-review-poor',
      note:
        reason === 'grade-poor'
          ? '党建述职评议考核评定为“差”'
          : `党建述职评议考核中“一般”“差”评价占比达到 ${Math.round(results.followUpShare * 100)}%`,
      source: { kind: 'duty-review', ref: `${results.roundId}.${unitId}` },
    };
    return [{ workflow: 'backward-village', streamId: backwardVillageStreamId(listingId), command, key: `list:${unitId}`, orgUnitId: unitId }];
  });
}
