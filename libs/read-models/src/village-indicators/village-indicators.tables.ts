import { defineTable } from '@app/projections';

/**
 * One revision of one village's report for one period: the first report is revision 1, each
 * correction the next. Rows are facts, never updated: a period as known at an instant is its
 * highest revision recorded by then, so an as-of read shows a later-corrected report as it was.
 */
export interface VillageIndicatorRow {
  unitId: string;
  period: string;
  revision: number;
  /** The ids from the city down to the village, as the report recorded its chain. */
  unitPath: string[];
  grade: string;
  operatingIncome: number;
  totalIncome: number;
  pairedEnterprises: string[];
  firstSecretary: string | null;
  provinciallyWeak: boolean;
  gridCount: number;
  /** Whether the incomes meet the 三年强村 targets (the domain's rule, applied when projected). */
  strong: boolean;
  /** Null on a first report. */
  reason: string | null;
  recordedBy: string;
  recordedAt: string;
}

export const villageIndicatorsTable = defineTable<VillageIndicatorRow>({
  name: 'village_indicator_reports',
  entityName: 'VillageIndicatorReportRow',
  columns: {
    unitId: { name: 'unit_id', type: 'text', primary: true },
    period: { type: 'text', primary: true },
    revision: { type: 'integer', primary: true },
    unitPath: { name: 'unit_path', type: 'text', array: true },
    grade: { type: 'text' },
    operatingIncome: { name: 'operating_income', type: 'bigint' },
    totalIncome: { name: 'total_income', type: 'bigint' },
    pairedEnterprises: { name: 'paired_enterprises', type: 'text', array: true },
    firstSecretary: { name: 'first_secretary', type: 'text', nullable: true },
    provinciallyWeak: { name: 'provincially_weak', type: 'boolean' },
    gridCount: { name: 'grid_count', type: 'integer' },
    strong: { type: 'boolean' },
    reason: { type: 'text', nullable: true },
    recordedBy: { name: 'recorded_by', type: 'text' },
    recordedAt: { name: 'recorded_at', type: 'timestamptz' },
  },
  indexes: [
    { name: 'village_indicator_reports_path', on: 'USING gin (unit_path) WITH (fastupdate = off)', forQueriesOnly: true },
    { name: 'village_indicator_reports_period', on: '(period, unit_id, revision)', forQueriesOnly: true },
  ],
});

export const VILLAGE_INDICATOR_TABLES = [villageIndicatorsTable] as const;
