import type { RecordedEvent } from '@app/event-store';
import { createTables, defineProjection, tableEntities } from '@app/projections';
import { CadreEvent, cadreStreams } from '@app/supervision';
import { CADRE_TABLES, CadreRecordRow, cadreRecordsTable } from './cadres.tables';

// Each event is a record of its own: a retried or rebuilt event writes the same row.
const writeRecords = cadreRecordsTable.upsert({ onConflict: 'ignore' });

function recordOf(event: CadreEvent, version: number): CadreRecordRow {
  const { personId, name, unitId, unitChain, countyId } = event.data;
  const where = { personId, name, unitId, countyId, unitPath: [...unitChain].reverse(), version };
  if (event.type === 'CadreMonitoringRecorded') {
    const { recordId, kind, note, recordedBy, recordedAt } = event.data;
    return { ...where, recordId, kind, role: null, note, successor: null, recordedBy, recordedAt };
  }
  const { adjustmentId, role, reason, successor, adjustedBy, adjustedAt } = event.data;
  return { ...where, recordId: adjustmentId, kind: 'adjustment', role, note: reason, successor, recordedBy: adjustedBy, recordedAt: adjustedAt };
}

/** 村社干部日常监测: every concern, warning and adjustment on a cadre, with the unit's path for scope and the county for counts. */
export function cadresProjection() {
  return defineProjection({
    name: 'cadre-records',
    kind: 'inline',
    categories: [cadreStreams.category],
    entities: tableEntities(CADRE_TABLES),
    migrations: [createTables('the cadres’ monitoring records and adjustments', CADRE_TABLES)],
    async apply(events: readonly RecordedEvent[], { manager }) {
      await writeRecords.run(
        manager,
        events.map((event) => recordOf(event as unknown as CadreEvent, event.version)),
      );
    },
  });
}
