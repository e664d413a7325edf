import { createTables, defineProjection, ProjectionDefinition, Queryable } from '@app/projections';
import { RANKING_CATEGORIES, RANKING_EVENT_TYPES, RankingFacts, rankingFactsOf } from './ranking.facts';
import {
  RANKING_ENTITIES,
  RANKING_TABLE_DESCRIPTIONS,
  rankingCasesTable,
  rankingOrgUnitsTable,
  rankingPublicationsTable,
  rankingRedCardsTable,
  rankingRoundsTable,
  rankingScoreItemsTable,
} from './ranking.tables';

export const RANKING_PROJECTION = 'county-ranking';

/**
 * The facts behind 区县比看: rounds (definition and lifecycle instants), every item score with
 * its instant, cases with their unit chains, red cards with theirs, the org units (to find a
 * chain's county), and each publication of a round's ranking as it was recorded in the log. Async: a projector follows the log, so a ranking read right after a score
 * may lag it by a moment (the projector's lag is in the runtime's status).
 *
 * Every write is an insert of a fact keyed by its event, or an upsert whose columns are each set
 * by one event type (the rubric and a unit's name by the highest stream version), so the tables
 * come out the same whatever order a stream's events arrive in: a rebuild equals the live tables.
 */
export function rankingProjection(): ProjectionDefinition {
  return defineProjection({
    name: RANKING_PROJECTION,
    kind: 'async',
    entities: RANKING_ENTITIES,
    // Databases migrated before the tables were described once had them from three TypeORM
    // migrations, which together made exactly these tables.
    migrations: [
      createTables('the county ranking’s facts and publications', RANKING_TABLE_DESCRIPTIONS, {
        replaces: ['CreateRankingFacts1767312000000', 'IndexRankingCaseChains1767398400000', 'CreateRankingPublications1767484800000'],
      }),
    ],
    types: RANKING_EVENT_TYPES,
    categories: RANKING_CATEGORIES,
    async apply(events, { manager }) {
      await writeFacts(rankingFactsOf(events), manager);
    },
  });
}

// The rubric and its version move together, to the rubric of the highest stream version met.
const laterRubric = (column: string) =>
  `CASE WHEN EXCLUDED.rubric_event_version > COALESCE(existing.rubric_event_version, 0) THEN EXCLUDED.${column} ELSE existing.${column} END`;
const writeRounds = rankingRoundsTable.upsert({
  onConflict: 'fill',
  set: {
    rubric: laterRubric('rubric'),
    rubricVersion: laterRubric('rubric_version'),
    rubricEventVersion: 'GREATEST(EXCLUDED.rubric_event_version, existing.rubric_event_version)',
  },
});
const writeScoreItems = rankingScoreItemsTable.upsert({ onConflict: 'ignore' });
const writeCases = rankingCasesTable.upsert({ onConflict: 'ignore' });
const writeRedCards = rankingRedCardsTable.upsert({ onConflict: 'ignore' });
const writePublications = rankingPublicationsTable.upsert({ onConflict: 'ignore' });
// A unit's name and its version move together, to the name of the highest stream version met.
const writeOrgUnits = rankingOrgUnitsTable.upsert({
  onConflict: 'fill',
  set: {
    name: 'CASE WHEN EXCLUDED.name_version > COALESCE(existing.name_version, 0) THEN EXCLUDED.name ELSE existing.name END',
    nameVersion: 'GREATEST(EXCLUDED.name_version, existing.name_version)',
  },
});

/**
 * Writes a batch's facts. Idempotent and order-free: writing the facts of events already applied
 * changes nothing, so a reader may apply events the projector has not reached yet (see
 * ranking.to-publish.ts).
 */
export async function writeFacts(facts: RankingFacts, db: Queryable): Promise<void> {
  await writeRounds.run(
    db,
    [...facts.rounds.values()].map((round) => ({
      roundId: round.roundId,
      kind: round.kind ?? null,
      title: round.title ?? null,
      period: round.period ?? null,
      scopeCountyIds: round.scopeCountyIds ?? null,
      rubric: round.rubric?.items ?? null,
      rubricVersion: round.rubric?.version ?? null,
      rubricEventVersion: round.rubric?.eventVersion ?? null,
      method: round.method ?? null,
      perRedCase: round.perRedCase ?? null,
      windowOpensOn: round.window?.opensOn ?? null,
      windowClosesOn: round.window?.closesOn ?? null,
      windowStartsAt: round.window?.startsAt ?? null,
      windowEndsAt: round.window?.endsAt ?? null,
      plannedAt: round.plannedAt ?? null,
      startedAt: round.startedAt ?? null,
      scoringClosedAt: round.scoringClosedAt ?? null,
      publishedAt: round.published?.at ?? null,
      publishedPosition: round.published?.position ?? null,
      archivedAt: round.archivedAt ?? null,
    })),
  );
  await writeScoreItems.run(db, facts.scoreItems);
  await writeCases.run(db, facts.cases);
  await writeRedCards.run(db, facts.redCards);
  await writePublications.run(db, facts.publications);
  await writeOrgUnits.run(
    db,
    [...facts.orgUnits.values()].map((unit) => ({
      unitId: unit.unitId,
      kind: unit.kind ?? null,
      parentId: unit.parentId ?? null,
      name: unit.name?.value ?? null,
      nameVersion: unit.name?.version ?? null,
    })),
  );
}
