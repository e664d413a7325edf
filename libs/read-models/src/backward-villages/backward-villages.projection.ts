import type { RecordedEvent } from '@app/event-store';
import { createTables, defineProjection, tableEntities } from '@app/projections';
import { backwardVillageStreamId, backwardVillageStreams } from '@app/supervision';
import type { EntityManager } from 'typeorm';
import { foldInVersionOrder, StoredFold, writeFoldedRows } from '../supervision-boards/stream-fold';
import { BackwardVillageFold, foldBackwardVillageDocument, NO_LISTING } from './backward-village-document';
import { BACKWARD_VILLAGE_TABLES, backwardVillagesEarlyEventsTable, BackwardVillageRow, backwardVillagesTable } from './backward-villages.tables';

const writeListings = backwardVillagesTable.upsert();
// In a rebuild (empty tables, each event once) a listing with no stored row has none yet.
const insertListings = backwardVillagesTable.insert();

async function storedListings(manager: EntityManager, streamIds: readonly string[]): Promise<Map<string, StoredFold<BackwardVillageFold>>> {
  const rows: { listing_id: string; version: string; document: BackwardVillageFold }[] = await manager.query(
    `SELECT listing_id, version, document FROM ${backwardVillagesTable.name} WHERE listing_id = ANY ($1::text[])`,
    [streamIds.map(backwardVillageStreams.entityIdOf)],
  );
  return new Map(rows.map((row) => [backwardVillageStreamId(row.listing_id), { version: Number(row.version), state: row.document }]));
}

function listingRow(version: number, state: BackwardVillageFold): BackwardVillageRow | undefined {
  if (state === null) return undefined;
  return {
    listingId: state.listingId,
    version,
    document: state,
    status: state.status,
    unitId: state.unitId,
    townshipId: state.townshipId,
    countyId: state.countyId,
    unitPath: [...state.unitChain].reverse(),
    reason: state.reason,
    listedAt: state.listedAt,
    delistedAt: state.delistedAt,
  };
}

/**
 * The backward-village list (后进村): one row per listing with its state folded from its stream,
 * the village's path for scope, and when it was listed and delisted, so the counts per township
 * and county can be read as of any day.
 */
export function backwardVillagesProjection() {
  return defineProjection({
    name: 'backward-villages',
    kind: 'inline',
    categories: [backwardVillageStreams.category],
    entities: tableEntities(BACKWARD_VILLAGE_TABLES),
    migrations: [createTables('the backward-village listings', BACKWARD_VILLAGE_TABLES)],
    async apply(events: readonly RecordedEvent[], { manager, mode }) {
      const folds = await foldInVersionOrder(manager, events, {
        earlyTable: backwardVillagesEarlyEventsTable,
        load: (streamIds) => storedListings(manager, streamIds),
        initial: NO_LISTING as BackwardVillageFold,
        evolve: foldBackwardVillageDocument,
      });
      const rows = folds.flatMap(({ stored, steps }) => {
        const { event, state } = steps[steps.length - 1]!;
        const row = listingRow(event.version, state);
        return row === undefined ? [] : [{ isNew: stored === undefined, row }];
      });
      await writeFoldedRows(manager, mode, rows, { upsert: writeListings, insert: insertListings });
    },
  });
}
