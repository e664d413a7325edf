import type { RecordedEvent } from '@app/event-store';
import { createTables, defineProjection, tableEntities } from '@app/projections';
import { CadreEvent, cadreStreams } from '@app/supervision';
import { CADRE_TABLES, CadreRecordRow, cadreRecordsTable } from './cadres.tables';

// Each event is a record of its own: a retried or rebuilt event writes the same row.
const writeRecords = cadreRecordsTable.upsert({ onConflict: 'ignore' });
// A rebuild applies each event once into an empty table, and the workflow gives every record and
// adjustment of a person an id of its own: its rows are all new.
const insertRecords = cadreRecordsTable.insert();

// Each row spelt out whole: a spread of the common part followed by more properties makes V8
// (Node 20) build every row slowly, which was a fifth of a rebuild.
function recordOf(event: CadreEvent, version: number): CadreRecordRow {
  const { personId, name, unitId, unitChain, countyId } = event.data;
  const unitPath = [...unitChain].reverse();
  if (event.type === 'CadreMonitoringRecorded') {
    const { recordId, kind, note, recordedBy, recordedAt } = event.data;
    return { personId, recordId, name, kind, unitId, countyId, unitPath, role: null, note, successor: null, recordedBy, recordedAt, version };
  }
  const { adjustmentId, role, reason, successor, adjustedBy, adjustedAt } = event.data;
  return { personId, recordId: adjustmentId, name, kind: 'adjustment', unitId, countyId, unitPath, role, note: reason, successor, recordedBy: adjustedBy, recordedAt: adjustedAt, version };
}

/** 村社干部日常监测: every concern, warning and adjustment on a cadre, with the unit's path for scope and the county for counts. */
export function cadresProjection() {
  return defineProjection({
    name: 'cadre-records',
    kind: 'inline',
    categories: [cadreStreams.category],
    entities: tableEntities(CADRE_TABLES),
    migrations: [createTables('the cadres’ monitoring records and adjustments', CADRE_TABLES)],
    async apply(events: readonly RecordedEvent[], { manager, mode }) {
      await (mode === 'rebuild' ? insertRecords : writeRecords).run(
        manager,
        events.map((event) => recordOf(event as unknown as CadreEvent, event.version)),
      );
    },
  });
}
