import type { BackwardVillageEvent, EvidenceRef, ListingReason, ListingSource } from '@app/supervision';

/** A measure of the plan as the list shows it. */
export interface MeasureEntry {
  readonly measureId: string;
  readonly title: string;
  readonly dueWorkingDays: number;
  readonly dueOn: string;
  readonly deadlineAt: string;
  readonly completedAt: string | null;
  readonly late: boolean;
  /** The warnings up on it now. */
  readonly warnings: readonly string[];
}

/** A progress report, with its evidence. */
export interface ProgressEntry {
  readonly reportNumber: number;
  readonly measureId: string | null;
  readonly report: string;
  readonly measureCompleted: boolean;
  readonly reportedBy: string;
  readonly reportedAt: string;
  readonly attachments: readonly EvidenceRef[];
}

export interface AcceptanceEntry {
  readonly checkNumber: number;
  readonly passed: boolean;
  readonly comment: string;
  readonly checkedBy: string;
  readonly checkedAt: string;
}

/** A listing as the backward-village list keeps it, folded from its events by the list itself. */
export interface BackwardVillageDocument {
  readonly listingId: string;
  readonly status: 'listed' | 'rectifying' | 'accepted' | 'delisted';
  readonly unitId: string;
  readonly unitChain: readonly string[];
  readonly townshipId: string | null;
  readonly countyId: string | null;
  readonly reason: ListingReason;
  readonly note: string;
  readonly source: ListingSource | null;
  readonly listedBy: string;
  readonly listedAt: string;
  readonly planSummary: string | null;
  readonly plannedAt: string | null;
  readonly measures: readonly MeasureEntry[];
  readonly progress: readonly ProgressEntry[];
  readonly checks: readonly AcceptanceEntry[];
  readonly delistedAt: string | null;
  readonly delistNote: string | null;
}

/** Before the listing's first event. */
export const NO_LISTING = null;
export type BackwardVillageFold = BackwardVillageDocument | null;

function withMeasure(document: BackwardVillageDocument, measureId: string, change: (measure: MeasureEntry) => MeasureEntry): BackwardVillageDocument {
  return { ...document, measures: document.measures.map((measure) => (measure.measureId === measureId ? change(measure) : measure)) };
}

/** Folds one event of a listing's stream into its document. */
export function foldBackwardVillageDocument(document: BackwardVillageFold, event: { readonly type: string; readonly data: Record<string, unknown> }): BackwardVillageFold {
  const known = event as unknown as BackwardVillageEvent;
  if (known.type === 'BackwardVillageListed') {
    const { listingId, unitId, unitChain, townshipId, countyId, reason, note, source, listedBy, listedAt } = known.data;
    return {
      listingId,
      status: 'listed',
      unitId,
      unitChain,
      townshipId,
      countyId,
      reason,
      note,
      source,
      listedBy,
      listedAt,
      planSummary: null,
      plannedAt: null,
      measures: [],
      progress: [],
      checks: [],
      delistedAt: null,
      delistNote: null,
    };
  }
  if (document === null) return document;
  switch (known.type) {
    case 'RectificationPlanned':
      return {
        ...document,
        status: 'rectifying',
        planSummary: known.data.summary,
        plannedAt: known.data.plannedAt,
        measures: known.data.measures.map((measure) => ({ ...measure, completedAt: null, late: false, warnings: [] })),
      };
    case 'RectificationProgressReported': {
      const { reportNumber, measureId, report, measureCompleted, reportedBy, reportedAt, late, attachments } = known.data;
      const reported = { ...document, progress: [...document.progress, { reportNumber, measureId, report, measureCompleted, reportedBy, reportedAt, attachments: attachments ?? [] }] };
      if (measureId === null || !measureCompleted) return reported;
      return withMeasure(reported, measureId, (measure) => ({ ...measure, completedAt: reportedAt, late, warnings: [] }));
    }
    case 'MeasureWarningRaised':
      return withMeasure(document, known.data.measureId, (measure) => ({ ...measure, warnings: [...measure.warnings, known.data.colour] }));
    case 'RectificationAcceptanceChecked': {
      const { checkNumber, passed, comment, checkedBy, checkedAt } = known.data;
      return { ...document, status: passed ? 'accepted' : 'rectifying', checks: [...document.checks, { checkNumber, passed, comment, checkedBy, checkedAt }] };
    }
    case 'BackwardVillageDelisted':
      return { ...document, status: 'delisted', delistedAt: known.data.delistedAt, delistNote: known.data.note };
    default:
      return document;
  }
}
