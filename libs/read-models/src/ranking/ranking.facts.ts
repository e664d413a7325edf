import type { RecordedEvent } from '@app/event-store';
import type {
  CaseOpened,
  OrgUnitRegistered,
  OrgUnitRenamed,
  RoundArchived,
  RoundPlanned,
  RoundPublished,
  RoundRankingRepublished,
  RoundRubricRevised,
  RoundScoringClosed,
  RoundStarted,
  Rubric,
  TaskScoresRecorded,
  WarningRaised,
} from '@app/supervision';
import { endOfShanghaiDay, startOfShanghaiDay } from '@app/workflow';
import type { RankingCase, RankingPublication, RankingRedCard, RankingScoreItem } from './ranking.tables';

/*
 * What the ranking read model takes from a batch of events, folded in memory before it is
 * written (see ranking.projection.ts). The fold depends on the events only, and merging its
 * result into the tables gives the same rows whatever order the events of a stream come in.
 */

/** The events the ranking reads, by type. */
export const RANKING_EVENT_TYPES = [
  'RoundPlanned',
  'RoundRubricRevised',
  'RoundStarted',
  'RoundScoringClosed',
  'RoundPublished',
  'RoundRankingRepublished',
  'RoundArchived',
  'TaskScoresRecorded',
  'CaseOpened',
  'WarningRaised',
  'OrgUnitRegistered',
  'OrgUnitRenamed',
] as const;

export const RANKING_CATEGORIES = ['round', 'task', 'case', 'orgunit'] as const;

/** A round's columns that a batch sets; instants as ISO strings. */
export interface RoundFacts {
  roundId: string;
  kind?: string;
  title?: string;
  period?: string;
  scopeCountyIds?: string[];
  rubric?: { items: { code: string; weight: number; maxScore: number }[]; version: number; eventVersion: number };
  method?: string;
  perRedCase?: number;
  window?: { opensOn: string; closesOn: string; startsAt: string; endsAt: string };
  plannedAt?: string;
  startedAt?: string;
  scoringClosedAt?: string;
  published?: { at: string; position: number };
  archivedAt?: string;
}

/** Facts that are whole rows of the ranking's tables. */
export type ScoreItemFact = RankingScoreItem;
export type CaseFact = RankingCase;
export type RedCardFact = RankingRedCard;
export interface OrgUnitFacts {
  unitId: string;
  kind?: string;
  parentId?: string | null;
  name?: { value: string; version: number };
}

export type PublicationFact = RankingPublication;
export interface RankingFacts {
  readonly rounds: Map<string, RoundFacts>;
  readonly scoreItems: ScoreItemFact[];
  readonly cases: CaseFact[];
  readonly redCards: RedCardFact[];
  readonly orgUnits: Map<string, OrgUnitFacts>;
  readonly publications: PublicationFact[];
}

type DataOf<E extends { data: unknown }> = E['data'];

function rubricLines(rubric: Rubric, eventVersion: number): NonNullable<RoundFacts['rubric']> {
  return { items: rubric.items.map(({ code, weight, maxScore }) => ({ code, weight, maxScore })), version: rubric.version, eventVersion };
}

/** Folds a batch of events into the facts the ranking stores; events it does not read are skipped. */
export function rankingFactsOf(events: readonly RecordedEvent[]): RankingFacts {
  const facts: RankingFacts = { rounds: new Map(), scoreItems: [], cases: [], redCards: [], orgUnits: new Map(), publications: [] };
  const round = (roundId: string): RoundFacts => {
    let entry = facts.rounds.get(roundId);
    if (entry === undefined) facts.rounds.set(roundId, (entry = { roundId }));
    return entry;
  };
  const unit = (unitId: string): OrgUnitFacts => {
    let entry = facts.orgUnits.get(unitId);
    if (entry === undefined) facts.orgUnits.set(unitId, (entry = { unitId }));
    return entry;
  };
  const keepLaterRubric = (entry: RoundFacts, rubric: Rubric, eventVersion: number): void => {
    if (entry.rubric === undefined || entry.rubric.eventVersion < eventVersion) entry.rubric = rubricLines(rubric, eventVersion);
  };

  for (const event of events) {
    switch (event.type) {
      case 'RoundPlanned': {
        const data = event.data as unknown as DataOf<RoundPlanned>;
        const entry = round(data.roundId);
        Object.assign(entry, {
          kind: data.kind,
          title: data.title,
          period: data.period,
          scopeCountyIds: [...data.scopeCountyIds],
          method: data.scoringPolicy.method,
          perRedCase: data.scoringPolicy.deductions?.perRedCase ?? 0,
          window: {
            opensOn: data.window.opensOn,
            closesOn: data.window.closesOn,
            startsAt: startOfShanghaiDay(data.window.opensOn).toISOString(),
            endsAt: endOfShanghaiDay(data.window.closesOn).toISOString(),
          },
          plannedAt: data.plannedAt,
        });
        keepLaterRubric(entry, data.rubric, event.version);
        break;
      }
      case 'RoundRubricRevised': {
        const data = event.data as unknown as DataOf<RoundRubricRevised>;
        keepLaterRubric(round(data.roundId), data.rubric, event.version);
        break;
      }
      case 'RoundStarted': {
        const data = event.data as unknown as DataOf<RoundStarted>;
        round(data.roundId).startedAt = data.startedAt;
        break;
      }
      case 'RoundScoringClosed': {
        const data = event.data as unknown as DataOf<RoundScoringClosed>;
        round(data.roundId).scoringClosedAt = data.closedAt;
        break;
      }
      case 'RoundPublished': {
        const data = event.data as unknown as DataOf<RoundPublished>;
        round(data.roundId).published = { at: data.publishedAt, position: event.position };
        facts.publications.push({
          roundId: data.roundId,
          publication: 1,
          publishedAt: data.publishedAt,
          position: event.position,
          publishedBy: data.publishedBy,
          reason: null,
          ranking: data.ranking ?? null,
        });
        break;
      }
      case 'RoundRankingRepublished': {
        const data = event.data as unknown as DataOf<RoundRankingRepublished>;
        facts.publications.push({
          roundId: data.roundId,
          publication: data.publication,
          publishedAt: data.republishedAt,
          position: event.position,
          publishedBy: data.republishedBy,
          reason: data.reason,
          ranking: data.ranking,
        });
        break;
      }
      case 'RoundArchived': {
        const data = event.data as unknown as DataOf<RoundArchived>;
        round(data.roundId).archivedAt = data.archivedAt;
        break;
      }
      case 'TaskScoresRecorded': {
        const data = event.data as unknown as DataOf<TaskScoresRecorded>;
        // A task above county level ranks nobody.
        if (data.targetCountyId === null) break;
        for (const { itemCode, score } of data.scores) {
          facts.scoreItems.push({
            taskId: data.taskId,
            eventVersion: event.version,
            itemCode,
            roundId: data.roundId,
            countyId: data.targetCountyId,
            inspectorId: data.inspectorId,
            score,
            recordedAt: data.recordedAt,
            position: event.position,
          });
        }
        break;
      }
      case 'CaseOpened': {
        const data = event.data as unknown as DataOf<CaseOpened>;
        facts.cases.push({ caseId: data.caseId, unitChain: [...data.unitChain], openedAt: data.openedAt });
        break;
      }
      case 'WarningRaised': {
        const data = event.data as unknown as DataOf<WarningRaised>;
        if (data.colour === 'red') facts.redCards.push({ caseId: data.caseId, eventVersion: event.version, raisedAt: data.raisedAt, position: event.position });
        break;
      }
      case 'OrgUnitRegistered': {
        const data = event.data as unknown as DataOf<OrgUnitRegistered>;
        const entry = unit(data.unitId);
        entry.kind = data.kind;
        entry.parentId = data.parentId;
        if (entry.name === undefined || entry.name.version < event.version) entry.name = { value: data.name, version: event.version };
        break;
      }
      case 'OrgUnitRenamed': {
        const data = event.data as unknown as DataOf<OrgUnitRenamed>;
        const entry = unit(data.unitId);
        if (entry.name === undefined || entry.name.version < event.version) entry.name = { value: data.name, version: event.version };
        break;
      }
    }
  }
  return facts;
}
