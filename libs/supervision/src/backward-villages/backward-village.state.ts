import { assertNever, CalendarDate } from '@app/workflow';
import type { WarningColour } from '../cases/case';
import type { ListingReason, ListingSource } from './backward-village';
import type { BackwardVillageEvent } from './backward-village.events';

export interface MeasureState {
  readonly measureId: string;
  readonly title: string;
  readonly dueWorkingDays: number;
  readonly dueOn: CalendarDate;
  readonly deadlineAt: string;
  readonly completedAt: string | null;
  readonly late: boolean;
  /** Warnings up on it, in the order they went up. */
  readonly warnings: readonly WarningColour[];
}

/** One acceptance check: passed or failed, with what the county said. */
export interface AcceptanceCheck {
  readonly passed: boolean;
  readonly comment: string;
  readonly checkedBy: string;
  readonly checkedAt: string;
}

export interface UnlistedVillage {
  readonly status: 'unlisted';
}

interface ListingFields {
  readonly listingId: string;
  readonly unitId: string;
  readonly unitChain: readonly string[];
  readonly townshipId: string | null;
  readonly countyId: string | null;
  readonly reason: ListingReason;
  readonly note: string;
  readonly source: ListingSource | null;
  readonly listedAt: string;
  readonly planSummary: string | null;
  readonly plannedAt: string | null;
  readonly measures: readonly MeasureState[];
  readonly progressReports: number;
  readonly checks: readonly AcceptanceCheck[];
  readonly delistedAt: string | null;
}

/** Listed: waiting for its rectification plan. */
export interface ListedVillage extends ListingFields {
  readonly status: 'listed';
}

/** Rectifying (整改中) by plan; also after a failed acceptance check. */
export interface RectifyingVillage extends ListingFields {
  readonly status: 'rectifying';
}

/** Accepted by the county (验收通过): may be delisted. */
export interface AcceptedVillage extends ListingFields {
  readonly status: 'accepted';
}

export interface DelistedVillage extends ListingFields {
  readonly status: 'delisted';
}

export type BackwardVillageState = UnlistedVillage | ListedVillage | RectifyingVillage | AcceptedVillage | DelistedVillage;
export type BackwardVillageListing = Exclude<BackwardVillageState, UnlistedVillage>;
export type BackwardVillageStatus = BackwardVillageState['status'];

export function initialBackwardVillageState(): BackwardVillageState {
  return { status: 'unlisted' };
}

function withMeasure(state: BackwardVillageListing, measureId: string, change: (measure: MeasureState) => MeasureState): BackwardVillageListing {
  return { ...state, measures: state.measures.map((measure) => (measure.measureId === measureId ? change(measure) : measure)) };
}

export function evolveBackwardVillage(state: BackwardVillageState, event: BackwardVillageEvent): BackwardVillageState {
  if (event.type === 'BackwardVillageListed') {
    const { listingId, unitId, unitChain, townshipId, countyId, reason, note, source, listedAt } = event.data;
    return {
      status: 'listed',
      listingId,
      unitId,
      unitChain,
      townshipId,
      countyId,
      reason,
      note,
      source,
      listedAt,
      planSummary: null,
      plannedAt: null,
      measures: [],
      progressReports: 0,
      checks: [],
      delistedAt: null,
    };
  }
  if (state.status === 'unlisted') return state;
  switch (event.type) {
    case 'RectificationPlanned':
      return {
        ...state,
        status: 'rectifying',
        planSummary: event.data.summary,
        plannedAt: event.data.plannedAt,
        measures: event.data.measures.map((measure) => ({ ...measure, completedAt: null, late: false, warnings: [] })),
      };
    case 'RectificationProgressReported': {
      const reported = { ...state, progressReports: state.progressReports + 1 };
      const { measureId, measureCompleted, reportedAt, late } = event.data;
      if (measureId === null || !measureCompleted) return reported;
      return withMeasure(reported, measureId, (measure) => ({ ...measure, completedAt: reportedAt, late, warnings: [] }));
    }
    case 'MeasureWarningRaised':
      return withMeasure(state, event.data.measureId, (measure) => ({ ...measure, warnings: [...measure.warnings, event.data.colour] }));
    case 'RectificationAcceptanceChecked': {
      const { passed, comment, checkedBy, checkedAt } = event.data;
      return { ...state, status: passed ? 'accepted' : 'rectifying', checks: [...state.checks, { passed, comment, checkedBy, checkedAt }] };
    }
    case 'BackwardVillageDelisted':
      return { ...state, status: 'delisted', delistedAt: event.data.delistedAt };
    default:
      return assertNever(event);
  }
}
