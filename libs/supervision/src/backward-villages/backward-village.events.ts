import type { CalendarDate, DomainEvent } from '@app/workflow';
import type { WarningColour } from '../cases/case';
import type { EvidenceRef } from '../shared/evidence';
import type { ListingReason, ListingSource } from './backward-village';

/** A measure of the rectification plan: its deadline counted in working days from the plan's day. */
export interface MeasurePlan {
  measureId: string;
  title: string;
  dueWorkingDays: number;
  dueOn: CalendarDate;
  deadlineAt: string;
}

export type BackwardVillageListed = DomainEvent<
  'BackwardVillageListed',
  {
    listingId: string;
    unitId: string;
    /** The village, then each unit above it, up to the city. */
    unitChain: string[];
    townshipId: string | null;
    countyId: string | null;
    reason: ListingReason;
    note: string;
    source: ListingSource | null;
    listedBy: string;
    listedAt: string;
  }
>;

export type RectificationPlanned = DomainEvent<
  'RectificationPlanned',
  { listingId: string; unitId: string; summary: string; measures: MeasurePlan[]; plannedBy: string; plannedAt: string }
>;

export type RectificationProgressReported = DomainEvent<
  'RectificationProgressReported',
  {
    listingId: string;
    unitId: string;
    measureId: string | null;
    report: string;
    reportNumber: number;
    /** The report says the measure is done: its warnings come down (摘牌). */
    measureCompleted: boolean;
    late: boolean;
    clearedWarnings: WarningColour[];
    reportedBy: string;
    reportedAt: string;
    attachments?: EvidenceRef[];
  }
>;

export type MeasureWarningRaised = DomainEvent<
  'MeasureWarningRaised',
  { listingId: string; measureId: string; colour: WarningColour; dueOn: CalendarDate; unitId: string; timerDueAt: string; raisedAt: string }
>;

/** The county's acceptance check (验收): passed, or failed with the reason, back to rectifying. */
export type RectificationAcceptanceChecked = DomainEvent<
  'RectificationAcceptanceChecked',
  { listingId: string; unitId: string; passed: boolean; comment: string; checkNumber: number; checkedBy: string; checkedAt: string }
>;

/** 摘帽: off the backward list. */
export type BackwardVillageDelisted = DomainEvent<
  'BackwardVillageDelisted',
  { listingId: string; unitId: string; note: string; delistedBy: string; delistedAt: string }
>;

export type BackwardVillageEvent =
  | BackwardVillageListed
  | RectificationPlanned
  | RectificationProgressReported
  | MeasureWarningRaised
  | RectificationAcceptanceChecked
  | BackwardVillageDelisted;

export const BACKWARD_VILLAGE_EVENT_TYPES: readonly BackwardVillageEvent['type'][] = [
  'BackwardVillageListed',
  'RectificationPlanned',
  'RectificationProgressReported',
  'MeasureWarningRaised',
  'RectificationAcceptanceChecked',
  'BackwardVillageDelisted',
];
