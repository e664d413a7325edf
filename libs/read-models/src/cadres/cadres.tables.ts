import { defineTable } from '@app/projections';

/** One entry of a cadre's monitoring: a concern, a warning or an adjustment (调整). */
export interface CadreRecordRow {
  personId: string;
  recordId: string;
  name: string;
  kind: string;
  unitId: string;
  countyId: string | null;
  /** From the city down to the unit, for subtree filters and org scope. */
  unitPath: string[];
  /** The role an adjustment took the person out of. */
  role: string | null;
  /** The note of a record, the reason of an adjustment. */
  note: string;
  successor: { personId: string; name: string } | null;
  recordedBy: string;
  recordedAt: string;
  /** The version of the event in the person's stream: the order of their entries. */
  version: number;
}

export const cadreRecordsTable = defineTable<CadreRecordRow>({
  name: 'cadre_records',
  entityName: 'CadreRecordRow',
  columns: {
    personId: { name: 'person_id', type: 'text', primary: true },
    recordId: { name: 'record_id', type: 'text', primary: true },
    name: { type: 'text' },
    kind: { type: 'text' },
    unitId: { name: 'unit_id', type: 'text' },
    countyId: { name: 'county_id', type: 'text', nullable: true },
    unitPath: { name: 'unit_path', type: 'text', array: true },
    role: { type: 'text', nullable: true },
    note: { type: 'text' },
    successor: { type: 'jsonb', nullable: true },
    recordedBy: { name: 'recorded_by', type: 'text' },
    recordedAt: { name: 'recorded_at', type: 'timestamptz' },
    version: { type: 'bigint' },
  },
  indexes: [
    { name: 'cadre_records_unit_path', on: 'USING gin (unit_path) WITH (fastupdate = off)', forQueriesOnly: true },
    { name: 'cadre_records_kind', on: '(kind, county_id)', forQueriesOnly: true },
  ],
});

export const CADRE_TABLES = [cadreRecordsTable] as const;
export const CADRE_RECORDS_TABLE = cadreRecordsTable.name;
