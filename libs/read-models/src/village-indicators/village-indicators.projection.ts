import { assertNever } from '@app/workflow';
import { createTables, defineProjection, ProjectionDefinition, tableEntities } from '@app/projections';
import { meetsStrongVillageTargets, VILLAGE_INDICATOR_EVENT_TYPES, VillageIndicatorEvent, villageIndicatorStreams } from '@app/supervision';
import { VILLAGE_INDICATOR_TABLES, VillageIndicatorRow, villageIndicatorsTable } from './village-indicators.tables';

export const VILLAGE_INDICATORS_PROJECTION = 'village-indicators';

const writeReports = villageIndicatorsTable.upsert({ onConflict: 'ignore' });

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
    ...recordingOf(event),
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
    categories: [villageIndicatorStreams.category],
    types: VILLAGE_INDICATOR_EVENT_TYPES,
    async apply(events, { manager }) {
      await writeReports.run(
        manager,
        events.map((event) => rowOf(event as unknown as VillageIndicatorEvent)),
      );
    },
  });
}
