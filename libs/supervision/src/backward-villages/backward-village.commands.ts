import type { WarningColour } from '../cases/case';
import type { EvidenceRef } from '../shared/evidence';
import type { ListingReason, ListingSource } from './backward-village';

/**
 * 列入后进: lists a village's party organisation. The API resolves the unit (its kind and chain)
 * and the village's listings still open, so the decider can refuse a unit that is no village and a
 * village listed already. A process (e.g. on a 差 duty-review grade) sends it as the system with
 * the source it acts on, a listing id derived from that source, the unit's kind and chain as its
 * event names them; it cannot read the list, so it leaves `openListingIds` out and the double
 * listing goes unchecked for it.
 */
export interface ListBackwardVillage {
  readonly type: 'ListBackwardVillage';
  readonly listingId: string;
  readonly unitId: string;
  readonly unitKind: string | null;
  /** The village, then each unit above it, up to the city: a village's township and county are its second and third. */
  readonly unitChain: readonly string[];
  /** Default: the chain's second and third units, as a village hangs under a township under a county. */
  readonly townshipId?: string | null;
  readonly countyId?: string | null;
  readonly reason: ListingReason;
  readonly note: string;
  readonly source?: ListingSource;
  /** The village's listings not yet delisted (none given: not checked). */
  readonly openListingIds?: readonly string[];
}

export interface PlannedMeasure {
  readonly measureId: string;
  readonly title: string;
  readonly dueWorkingDays: number;
}

/** 整改方案: the measures, each due some working days from today. */
export interface PlanRectification {
  readonly type: 'PlanRectification';
  readonly summary: string;
  readonly measures: readonly PlannedMeasure[];
}

/** 整改进展: what was done, on a measure or the whole; `completesMeasure` says the measure is done. */
export interface ReportRectificationProgress {
  readonly type: 'ReportRectificationProgress';
  readonly report: string;
  readonly measureId?: string;
  readonly completesMeasure?: boolean;
  readonly attachments?: readonly EvidenceRef[];
}

/** 验收: the county checks the rectification. */
export interface CheckRectificationAcceptance {
  readonly type: 'CheckRectificationAcceptance';
  readonly passed: boolean;
  readonly comment: string;
}

/** 摘帽. */
export interface DelistBackwardVillage {
  readonly type: 'DelistBackwardVillage';
  readonly note: string;
}

/** The system's, when a measure's warning timer fires. */
export interface RaiseMeasureWarning {
  readonly type: 'RaiseMeasureWarning';
  readonly measureId: string;
  readonly colour: WarningColour;
  readonly dueAt: string;
}

export type BackwardVillageCommand =
  | ListBackwardVillage
  | PlanRectification
  | ReportRectificationProgress
  | CheckRectificationAcceptance
  | DelistBackwardVillage
  | RaiseMeasureWarning;
