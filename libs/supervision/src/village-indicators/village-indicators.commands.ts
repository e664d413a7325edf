import type { OrgUnitKind } from '../org-units/org-unit';
import type { VillageIndicatorReport } from './village-indicators';

/** The village reported on, as the org tree has it when the command is sent. */
export interface IndicatorVillage {
  readonly unitId: string;
  readonly kind: OrgUnitKind;
  /** The village, then each unit above it, up to the city. */
  readonly unitChain: readonly string[];
}

/** A period's indicators, reported for the first time. */
export interface ReportVillageIndicators {
  readonly type: 'ReportVillageIndicators';
  readonly village: IndicatorVillage;
  readonly period: string;
  readonly report: VillageIndicatorReport;
}

/** A reported period's indicators replaced, with the reason; what was known before stays readable as of then. */
export interface CorrectVillageIndicators {
  readonly type: 'CorrectVillageIndicators';
  readonly village: IndicatorVillage;
  readonly period: string;
  readonly report: VillageIndicatorReport;
  readonly reason: string;
}

export type VillageIndicatorCommand = ReportVillageIndicators | CorrectVillageIndicators;
