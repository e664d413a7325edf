import { defineTable } from '@app/projections';
import type { PublishedRanking } from '@app/supervision';

/*
 * The ranking read model stores facts, each with the instant it happened, and the rankings as
 * they were published. The live ranking is computed when asked, from the facts as of the instant
 * asked about (see ranking.query.ts); a published round answers with its publication in force.
 * Rebuilding it is cheap, and an as-of answer is exact. Instants are written as ISO strings.
 */

/** A rubric line as the ranking needs it. */
export interface RankingRubricLine {
  code: string;
  weight: number;
  maxScore: number;
}

/**
 * One round: its definition from RoundPlanned (the rubric from the latest RoundRubricRevised) and
 * the instant of each lifecycle step. Columns stay null until the event that sets them arrives:
 * events of one stream may be applied out of version order.
 */
export interface RankingRound {
  roundId: string;
  kind: string | null;
  title: string | null;
  period: string | null;
  scopeCountyIds: string[] | null;
  rubric: RankingRubricLine[] | null;
  rubricVersion: number | null;
  /** The stream version of the event the rubric comes from: a later one replaces it. */
  rubricEventVersion: number | null;
  method: string | null;
  perRedCase: number | null;
  windowOpensOn: string | null;
  windowClosesOn: string | null;
  /** 00:00 of `windowOpensOn` and the last moment of `windowClosesOn`, in China. */
  windowStartsAt: string | null;
  windowEndsAt: string | null;
  plannedAt: string | null;
  startedAt: string | null;
  scoringClosedAt: string | null;
  publishedAt: string | null;
  /** Where RoundPublished sits in the log: orders rounds published at the same instant. */
  publishedPosition: number | null;
  archivedAt: string | null;
}

/**
 * One item score of one TaskScoresRecorded. An inspector's sheet for a task as of an instant is,
 * per item, the score of the highest-versioned recording at or before that instant.
 */
export interface RankingScoreItem {
  taskId: string;
  eventVersion: number;
  itemCode: string;
  roundId: string;
  countyId: string;
  inspectorId: string;
  score: number;
  recordedAt: string;
  position: number;
}

/** A case and its unit chain (responsible unit up to the city): the county is the chain's county. */
export interface RankingCase {
  caseId: string;
  unitChain: string[];
  openedAt: string;
}

/** A red card (红牌) raised on a case. */
export interface RankingRedCard {
  caseId: string;
  eventVersion: number;
  raisedAt: string;
  position: number;
}

/** An org unit: its kind tells which element of a case's chain is the county; its name is shown. */
export interface RankingOrgUnit {
  unitId: string;
  kind: string | null;
  parentId: string | null;
  name: string | null;
  /** The stream version of the event the name comes from. */
  nameVersion: number | null;
}

/**
 * One publication of a round's ranking: 1 from RoundPublished, 2, 3, … from each
 * RoundRankingRepublished. `ranking` is null for a publication that did not record one (events
 * from before rankings were frozen): its figures are then the ranking as of `publishedAt`.
 */
export interface RankingPublication {
  roundId: string;
  publication: number;
  publishedAt: string;
  /** Where the publishing event sits in the log. */
  position: number;
  publishedBy: string;
  reason: string | null;
  ranking: PublishedRanking | null;
}

/** bigint columns come back from `pg` as text; versions and positions fit a JS number. */
const bigintAsNumber = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

export const rankingRoundsTable = defineTable<RankingRound>({
  name: 'ranking_rounds',
  entityName: 'RankingRound',
  columns: {
    roundId: { name: 'round_id', type: 'text', primary: true },
    kind: { type: 'text', nullable: true },
    title: { type: 'text', nullable: true },
    period: { type: 'text', nullable: true },
    scopeCountyIds: { name: 'scope_county_ids', type: 'text', array: true, nullable: true },
    rubric: { type: 'jsonb', nullable: true },
    rubricVersion: { name: 'rubric_version', type: 'integer', nullable: true },
    rubricEventVersion: { name: 'rubric_event_version', type: 'bigint', nullable: true, transformer: bigintAsNumber },
    method: { type: 'text', nullable: true },
    perRedCase: { name: 'per_red_case', type: 'double precision', nullable: true },
    windowOpensOn: { name: 'window_opens_on', type: 'text', nullable: true },
    windowClosesOn: { name: 'window_closes_on', type: 'text', nullable: true },
    windowStartsAt: { name: 'window_starts_at', type: 'timestamptz', nullable: true },
    windowEndsAt: { name: 'window_ends_at', type: 'timestamptz', nullable: true },
    plannedAt: { name: 'planned_at', type: 'timestamptz', nullable: true },
    startedAt: { name: 'started_at', type: 'timestamptz', nullable: true },
    scoringClosedAt: { name: 'scoring_closed_at', type: 'timestamptz', nullable: true },
    publishedAt: { name: 'published_at', type: 'timestamptz', nullable: true },
    publishedPosition: { name: 'published_position', type: 'bigint', nullable: true, transformer: bigintAsNumber },
    archivedAt: { name: 'archived_at', type: 'timestamptz', nullable: true },
  },
  indexes: [{ name: 'ranking_rounds_published', on: '(kind, published_at, published_position)' }],
});

export const rankingScoreItemsTable = defineTable<RankingScoreItem>({
  name: 'ranking_score_items',
  entityName: 'RankingScoreItem',
  columns: {
    taskId: { name: 'task_id', type: 'text', primary: true },
    eventVersion: { name: 'event_version', type: 'bigint', primary: true, transformer: bigintAsNumber },
    itemCode: { name: 'item_code', type: 'text', primary: true },
    roundId: { name: 'round_id', type: 'text' },
    countyId: { name: 'county_id', type: 'text' },
    inspectorId: { name: 'inspector_id', type: 'text' },
    score: { type: 'double precision' },
    recordedAt: { name: 'recorded_at', type: 'timestamptz' },
    position: { type: 'bigint', transformer: bigintAsNumber },
  },
  indexes: [{ name: 'ranking_score_items_sheet', on: '(round_id, task_id, inspector_id, item_code, event_version DESC)' }],
});

export const rankingCasesTable = defineTable<RankingCase>({
  name: 'ranking_cases',
  entityName: 'RankingCase',
  columns: {
    caseId: { name: 'case_id', type: 'text', primary: true },
    unitChain: { name: 'unit_chain', type: 'text', array: true },
    openedAt: { name: 'opened_at', type: 'timestamptz' },
  },
  // Red cards are counted per county of a round's scope: the cases under a county are found
  // through their unit chain, so the count reads that county's cases only. Without the GIN
  // pending list (`fastupdate = off`) a lookup stays an index probe between vacuums.
  indexes: [{ name: 'ranking_cases_unit_chain', on: 'USING gin (unit_chain) WITH (fastupdate = off)' }],
});

export const rankingRedCardsTable = defineTable<RankingRedCard>({
  name: 'ranking_red_cards',
  entityName: 'RankingRedCard',
  columns: {
    caseId: { name: 'case_id', type: 'text', primary: true },
    eventVersion: { name: 'event_version', type: 'bigint', primary: true, transformer: bigintAsNumber },
    raisedAt: { name: 'raised_at', type: 'timestamptz' },
    position: { type: 'bigint', transformer: bigintAsNumber },
  },
  indexes: [{ name: 'ranking_red_cards_raised', on: '(raised_at)' }],
});

export const rankingOrgUnitsTable = defineTable<RankingOrgUnit>({
  name: 'ranking_org_units',
  entityName: 'RankingOrgUnit',
  columns: {
    unitId: { name: 'unit_id', type: 'text', primary: true },
    kind: { type: 'text', nullable: true },
    parentId: { name: 'parent_id', type: 'text', nullable: true },
    name: { type: 'text', nullable: true },
    nameVersion: { name: 'name_version', type: 'bigint', nullable: true, transformer: bigintAsNumber },
  },
});

/**
 * The rankings as published (publication 1) and republished (2, 3, …). Rounds published before
 * this table existed have no row: they are answered like a publication without a recorded ranking.
 */
export const rankingPublicationsTable = defineTable<RankingPublication>({
  name: 'ranking_publications',
  entityName: 'RankingPublication',
  columns: {
    roundId: { name: 'round_id', type: 'text', primary: true },
    publication: { type: 'integer', primary: true },
    publishedAt: { name: 'published_at', type: 'timestamptz' },
    position: { type: 'bigint', transformer: bigintAsNumber },
    publishedBy: { name: 'published_by', type: 'text' },
    reason: { type: 'text', nullable: true },
    ranking: { type: 'jsonb', nullable: true },
  },
});

/** Every table of the ranking read model. */
export const RANKING_TABLE_DESCRIPTIONS = [
  rankingRoundsTable,
  rankingScoreItemsTable,
  rankingCasesTable,
  rankingRedCardsTable,
  rankingOrgUnitsTable,
  rankingPublicationsTable,
] as const;

/** The tables, by their unqualified names (the projection runtime picks the schema). */
export const RANKING_TABLES = {
  rounds: rankingRoundsTable.name,
  scoreItems: rankingScoreItemsTable.name,
  cases: rankingCasesTable.name,
  redCards: rankingRedCardsTable.name,
  orgUnits: rankingOrgUnitsTable.name,
  publications: rankingPublicationsTable.name,
} as const;

export const RANKING_ENTITIES = RANKING_TABLE_DESCRIPTIONS.map((table) => table.entity);

