import { assertNever } from '@app/workflow';
import { createTables, defineProjection, ProjectionDefinition, tableEntities } from '@app/projections';
import { meetsStrongVillageTargets, VILLAGE_INDICATOR_EVENT_TYPES, VillageIndicatorEvent, villageIndicatorStreams } from '@app/supervision';
import { VILLAGE_INDICATOR_TABLES, VillageIndicatorRow, villageIndicatorsTable } from './village-indicators.tables';

export const VILLAGE_INDICATORS_PROJECTION = 'village-indicators';

const writeReports = villageIndicatorsTable.upsert({ onConflict: 'ignore' });
// A rebuild applies each event once into an empty table, and the workflow numbers a period's
// revisions in the village's stream: its rows are all new.
const insertReports = villageIndicatorsTable.insert();
const INDICATOR_TYPES = new Set<string>(VILLAGE_INDICATOR_EVENT_TYPES);

function recordingOf(event: VillageIndicatorEvent): Pick<VillageIndicatorRow, 'reason' | 'recordedBy' | 'recordedAt'> {
  switch (event.type) {
    case 'VillageIndicatorsReported':
      return { reason: null, recordedBy: event.data.reportedBy, recordedAt: event.data.reportedAt };
    case 'VillageIndicatorsCorrected':
      return { reason: event.data.reason, recordedBy: event.data.correctedBy, recordedAt: event.data.correctedAt };
    default:
      return assertNever(event);
  }
}

function rowOf(event: VillageIndicatorEvent): VillageIndicatorRow {
  const { unitId, unitChain, period, revision, report } = event.data;
  const { reason, recordedBy, recordedAt } = recordingOf(event);
  // Every field named (no spread): a rebuild builds one row per event.
  return {
    unitId,
    period,
    revision,
    unitPath: [...unitChain].reverse(),
    grade: report.grade,
    operatingIncome: report.operatingIncome,
    totalIncome: report.totalIncome,
    pairedEnterprises: [...report.pairedEnterprises],
    firstSecretary: report.firstSecretary,
    provinciallyWeak: report.provinciallyWeak,
    gridCount: report.gridCount,
    strong: meetsStrongVillageTargets(report),
    reason,
    recordedBy,
    recordedAt,
  };
}

/**
 * Village indicators (百村示范、千村晋位, 三年强村, 千企结千村, 第一书记): every revision of every
 * village's period reports, as facts. Inline, so a report is read back at once; inserts keyed by
 * (village, period, revision), so a rebuild in any order comes out the same.
 */
export function villageIndicatorsProjection(): ProjectionDefinition {
  return defineProjection({
    name: VILLAGE_INDICATORS_PROJECTION,
    kind: 'inline',
    entities: tableEntities(VILLAGE_INDICATOR_TABLES),
    migrations: [createTables('village indicator reports, every revision', VILLAGE_INDICATOR_TABLES)],
    // The category without a list of types: its streams hold nothing else, and a read of a
    // category with types is planned as a scan of the whole category for every page (the planner
    // takes the types for a further filter of rare rows). `apply` keeps to the types instead.
    categories: [villageIndicatorStreams.category],
    async apply(events, { manager, mode }) {
      await (mode === 'rebuild' ? insertReports : writeReports).run(
        manager,
        events.filter((event) => INDICATOR_TYPES.has(event.type)).map((event) => rowOf(event as unknown as VillageIndicatorEvent)),
      );
    },
  });
}
