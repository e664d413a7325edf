import type { DomainEvent } from '@app/workflow';
import type { VillageIndicatorReport } from './village-indicators';

interface RecordedReport {
  unitId: string;
  /** The village, then each unit above it, up to the city, when the report was recorded. */
  unitChain: string[];
  period: string;
  /** 1 for the first report of the period, counting up with each correction. */
  revision: number;
  report: VillageIndicatorReport;
}

export type VillageIndicatorsReported = DomainEvent<'VillageIndicatorsReported', RecordedReport & { reportedBy: string; reportedAt: string }>;

export type VillageIndicatorsCorrected = DomainEvent<'VillageIndicatorsCorrected', RecordedReport & { reason: string; correctedBy: string; correctedAt: string }>;

export type VillageIndicatorEvent = VillageIndicatorsReported | VillageIndicatorsCorrected;

export const VILLAGE_INDICATOR_EVENT_TYPES: readonly VillageIndicatorEvent['type'][] = ['VillageIndicatorsReported', 'VillageIndicatorsCorrected'];
