import type { EventToAppend } from '@app/event-store';
import type {
  CaseOpened,
  CountyRanking,
  OrgUnitRegistered,
  RoundKind,
  RoundPlanned,
  RoundRankingRepublished,
  RubricItem,
  ScoringMethod,
  TaskScoresRecorded,
  WarningColour,
  WarningRaised,
} from '@app/supervision';
import type { CalendarDate } from '@app/workflow';

/*
 * Domain events as the workflows append them, for the ranking's specs. Only the fields the
 * ranking reads vary; the rest are plausible constants.
 */

type DataOf<E extends { data: unknown }> = E['data'];

/** Two items of equal weight scored 0..10: a sheet's total is 5 × (a + b). */
export const TWO_ITEM_RUBRIC: RubricItem[] = [
  { code: 'org-building', title: '组织建设', weight: 1, maxScore: 10 },
  { code: 'village-governance', title: '乡村治理', weight: 1, maxScore: 10 },
];

export interface PlannedRoundOptions {
  readonly roundId: string;
  readonly kind?: RoundKind;
  readonly counties: readonly string[];
  readonly method?: ScoringMethod;
  readonly perRedCase?: number;
  readonly opensOn?: string;
  readonly closesOn?: string;
  readonly plannedAt: string;
  readonly rubric?: RubricItem[];
}

export function roundPlanned(options: PlannedRoundOptions): EventToAppend {
  const data: DataOf<RoundPlanned> = {
    roundId: options.roundId,
    kind: options.kind ?? 'walk-see-compete',
    title: `${options.kind ?? 'walk-see-compete'} ${options.roundId}`,
    period: '2026-Q3',
    theme: options.kind === 'quarterly-theme' ? '党建引领乡村振兴' : null,
    scopeCountyIds: [...options.counties],
    rubric: { version: 1, items: options.rubric ?? TWO_ITEM_RUBRIC },
    scoringPolicy: { method: options.method ?? 'mean', ...(options.perRedCase === undefined ? {} : { deductions: { perRedCase: options.perRedCase } }) },
    window: { opensOn: (options.opensOn ?? '2026-07-01') as CalendarDate, closesOn: (options.closesOn ?? '2026-09-30') as CalendarDate },
    plannedBy: 'admin',
    plannedAt: options.plannedAt,
  };
  return { type: 'RoundPlanned', data };
}

export function rubricRevised(roundId: string, items: RubricItem[], version: number, revisedAt: string): EventToAppend {
  return { type: 'RoundRubricRevised', data: { roundId, rubric: { version, items }, previousVersion: version - 1, reason: null, revisedBy: 'admin', revisedAt } };
}

export const roundStarted = (roundId: string, startedAt: string): EventToAppend => ({
  type: 'RoundStarted',
  data: { roundId, rubricVersion: 1, startedBy: 'admin', startedAt },
});
export const scoringClosed = (roundId: string, closedAt: string): EventToAppend => ({ type: 'RoundScoringClosed', data: { roundId, closedBy: 'admin', closedAt } });
/** Without `ranking`, a publication as recorded before publications carried their ranking. */
export const roundPublished = (roundId: string, publishedAt: string, ranking?: CountyRanking): EventToAppend => ({
  type: 'RoundPublished',
  data: { roundId, ...(ranking === undefined ? {} : { ranking }), publishedBy: 'admin', publishedAt },
});

export function rankingRepublished(roundId: string, publication: number, ranking: CountyRanking, reason: string, republishedAt: string, replacedInputsHash: string | null): EventToAppend {
  const data: DataOf<RoundRankingRepublished> = { roundId, publication, reason, ranking, replacedInputsHash, republishedBy: 'admin', republishedAt };
  return { type: 'RoundRankingRepublished', data };
}
export const roundArchived = (roundId: string, archivedAt: string): EventToAppend => ({ type: 'RoundArchived', data: { roundId, archivedBy: 'admin', archivedAt } });

export interface ScoresOptions {
  readonly taskId: string;
  readonly roundId: string;
  readonly countyId: string | null;
  readonly inspectorId: string;
  /** Item code → score. */
  readonly scores: Readonly<Record<string, number>>;
  readonly recordedAt: string;
}

export function scoresRecorded(options: ScoresOptions): EventToAppend {
  const data: DataOf<TaskScoresRecorded> = {
    taskId: options.taskId,
    roundId: options.roundId,
    targetUnitId: options.countyId ?? 'huzhou',
    targetCountyId: options.countyId,
    inspectorId: options.inspectorId,
    rubricVersion: 1,
    scores: Object.entries(options.scores).map(([itemCode, score]) => ({ itemCode, score })),
    recordedAt: options.recordedAt,
  };
  return { type: 'TaskScoresRecorded', data };
}

/** Both items of TWO_ITEM_RUBRIC, for a sheet totalling 5 × (a + b). */
export const twoItems = (a: number, b: number): Record<string, number> => ({ 'org-building': a, 'village-governance': b });

export function caseOpened(caseId: string, unitChain: string[], openedAt: string): EventToAppend {
  const data: DataOf<CaseOpened> = {
    caseId,
    title: '村级议事制度未落实',
    description: '—',
    severity: 'high',
    source: { kind: 'direct' },
    responsibleUnitId: unitChain[0]!,
    unitChain,
    dueWorkingDays: 10,
    parentCaseId: null,
    openedBy: 'admin',
    openedAt,
  };
  return { type: 'CaseOpened', data };
}

export function warningRaised(caseId: string, colour: WarningColour, raisedAt: string): EventToAppend {
  const level = ({ blue: 1, yellow: 2, red: 3 } as const)[colour];
  const data: DataOf<WarningRaised> = {
    caseId,
    colour,
    level,
    reason: colour === 'red' ? 'long-overdue' : colour === 'yellow' ? 'overdue' : 'deadline-near',
    dueOn: '2026-07-10' as CalendarDate,
    deadlineAt: '2026-07-10T15:59:59.999Z',
    timerDueAt: raisedAt,
    accountableUnitId: 'huzhou',
    raisedBy: 'system',
    raisedAt,
  };
  return { type: 'WarningRaised', data };
}

export function unitRegistered(unitId: string, kind: DataOf<OrgUnitRegistered>['kind'], parentId: string | null, name: string): EventToAppend {
  const data: DataOf<OrgUnitRegistered> = { unitId, kind, name, parentId, code: null, registeredBy: 'system', registeredAt: '2025-01-01T00:00:00.000Z' };
  return { type: 'OrgUnitRegistered', data };
}
