import { isOneOf } from '@app/workflow';
import { streamNaming } from '../shared/stream-naming';

/**
 * A 督办 case (整改督办): a problem a unit must put right by a deadline counted in working days,
 * followed step by step — 立项 (opened) → 交办 (assigned) → 签收 (signed) → 办理 (in progress)
 * → 反馈 (submitted) → 复核 (verified: 办结 closed, or sent back to 办理). One stream per case:
 * `case-<case id>`.
 */
export const caseStreams = streamNaming('case');

/** The stream of case `caseId`: `case-<caseId>`. */
export const caseStreamId = caseStreams.streamIdOf;

/** How serious the problem is; a case opened from a finding usually starts from the finding's. */
export const CASE_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type CaseSeverity = (typeof CASE_SEVERITIES)[number];

export function isCaseSeverity(value: unknown): value is CaseSeverity {
  return isOneOf(CASE_SEVERITIES, value);
}

/**
 * Where a case comes from: a finding recorded on a supervision task (督查发现的问题), or opened
 * directly by an admin (e.g. from a leader's instruction). A child case of a split keeps its
 * parent's source, so every case below a finding still points at it.
 */
export type CaseSource =
  | { readonly kind: 'finding'; readonly roundId: string; readonly taskId: string; readonly findingId: string }
  | { readonly kind: 'direct' };

/**
 * 红黄牌: blue (蓝牌, the deadline is near), yellow (黄牌, overdue), red (红牌, long overdue or
 * extended again and again). A case holds at most one warning of each colour at a time;
 * 摘牌 (WarningCleared) takes one down.
 */
export const WARNING_COLOURS = ['blue', 'yellow', 'red'] as const;
export type WarningColour = (typeof WARNING_COLOURS)[number];

export function isWarningColour(value: unknown): value is WarningColour {
  return isOneOf(WARNING_COLOURS, value);
}

/** How grave each colour is, for ordering on a board: blue 1, yellow 2, red 3. */
export const WARNING_LEVELS: Readonly<Record<WarningColour, 1 | 2 | 3>> = { blue: 1, yellow: 2, red: 3 };

/** Why a warning went up. */
export type WarningReason = 'deadline-near' | 'overdue' | 'long-overdue' | 'repeated-extension';

/** Why a warning came down (摘牌). */
export type WarningClearance = 'extension-approved' | 'case-closed';

/** The name of the durable timer that raises a warning of `colour`. */
export function warningTimerName(colour: WarningColour): string {
  return `case-warning-${colour}`;
}
