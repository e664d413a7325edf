import { defineTable } from '@app/projections';
import type { BackwardVillageDocument } from './backward-village-document';
import { earlyEventsTable } from '../supervision-boards/stream-fold';

/** One listing on the backward-village list (后进村): its folded state and the columns lists and counts filter on. */
export interface BackwardVillageRow {
  listingId: string;
  /** The version of the last event of the listing's stream folded in. */
  version: number;
  document: BackwardVillageDocument;
  status: string;
  unitId: string;
  townshipId: string | null;
  countyId: string | null;
  /** From the city down to the village, for subtree filters and org scope. */
  unitPath: string[];
  reason: string;
  listedAt: string;
  delistedAt: string | null;
}

export const backwardVillagesTable = defineTable<BackwardVillageRow>({
  name: 'backward_villages',
  entityName: 'BackwardVillageRow',
  columns: {
    listingId: { name: 'listing_id', type: 'text', primary: true },
    version: { type: 'bigint' },
    document: { type: 'jsonb' },
    status: { type: 'text' },
    unitId: { name: 'unit_id', type: 'text' },
    townshipId: { name: 'township_id', type: 'text', nullable: true },
    countyId: { name: 'county_id', type: 'text', nullable: true },
    unitPath: { name: 'unit_path', type: 'text', array: true },
    reason: { type: 'text' },
    listedAt: { name: 'listed_at', type: 'timestamptz' },
    delistedAt: { name: 'delisted_at', type: 'timestamptz', nullable: true },
  },
  indexes: [
    { name: 'backward_villages_unit_path', on: 'USING gin (unit_path) WITH (fastupdate = off)', forQueriesOnly: true },
    { name: 'backward_villages_unit', on: '(unit_id, status)', forQueriesOnly: true },
  ],
});

export const backwardVillagesEarlyEventsTable = earlyEventsTable('backward_villages_early_events', 'BackwardVillageEarlyEventRow');

export const BACKWARD_VILLAGE_TABLES = [backwardVillagesTable, backwardVillagesEarlyEventsTable] as const;

export const BACKWARD_VILLAGES_TABLE = backwardVillagesTable.name;
