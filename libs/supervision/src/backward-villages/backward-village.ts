import { isOneOf } from '@app/workflow';
import type { WarningColour } from '../cases/case';
import { streamNaming } from '../shared/stream-naming';

/**
 * 后进村整转: a village's (村/社区) party organisation listed as backward (后进) for a reason,
 * rectified by a plan of measures with working-day deadlines (整改), checked and accepted by its
 * county (验收), then delisted (摘帽). One stream per listing: `backwardvillage-<listing id>`; a
 * village listed again later gets a new listing.
 */
export const backwardVillageStreams = streamNaming('backwardvillage');

/** The stream of listing `listingId`. */
export const backwardVillageStreamId = backwardVillageStreams.streamIdOf;

/**
 * Why a village is listed: 宗族黑恶势力干扰渗透 (clan or gang interference), a 差 grade in the
 * duty-report evaluation (述职评议), a weak and lax leadership (软弱涣散), a weak collective
 * economy (集体经济薄弱), discipline or law problems (违纪违法问题突出), or another reason stated
 * in the note.
 */
export const LISTING_REASONS = ['clan-or-gang-interference', 'duty-review-poor', 'weak-leadership', 'weak-collective-economy', 'discipline-problems', 'other'] as const;
export type ListingReason = (typeof LISTING_REASONS)[number];

export function isListingReason(value: unknown): value is ListingReason {
  return isOneOf(LISTING_REASONS, value);
}

/** Where a listing came from when a process listed it (e.g. the duty-review result that graded the village 差). */
export interface ListingSource {
  readonly kind: string;
  readonly ref: string;
}

/** How many measures one rectification plan holds. */
export const MAX_MEASURES = 20;

/** The durable timer that raises a warning of `colour` on measure `measureId`. */
export function measureTimerName(measureId: string, colour: WarningColour): string {
  return `backward-measure-${measureId}-${colour}`;
}
