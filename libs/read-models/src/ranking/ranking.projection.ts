import { defineProjection, ProjectionDefinition } from '@app/projections';
import { RANKING_ENTITIES } from './ranking.entities';
import { RANKING_CATEGORIES, RANKING_EVENT_TYPES, RankingFacts, rankingFactsOf } from './ranking.facts';
import { createRankingFacts, createRankingPublications, indexCaseChains } from './ranking.migrations';

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
    migrations: [createRankingFacts, indexCaseChains, createRankingPublications],
    types: RANKING_EVENT_TYPES,
    categories: RANKING_CATEGORIES,
    async apply(events, { manager }) {
      await writeFacts(rankingFactsOf(events), (sql, parameters) => manager.query(sql, parameters));
    },
  });
}

export type Execute = (sql: string, parameters: unknown[]) => Promise<unknown>;

/**
 * Writes a batch's facts. Idempotent and order-free: writing the facts of events already applied
 * changes nothing, so a reader may apply events the projector has not reached yet (see
 * ranking.to-publish.ts).
 */
export async function writeFacts(facts: RankingFacts, execute: Execute): Promise<void> {
  if (facts.rounds.size > 0) {
    const rows = [...facts.rounds.values()].map((round) => ({
      round_id: round.roundId,
      kind: round.kind ?? null,
      title: round.title ?? null,
      period: round.period ?? null,
      scope_county_ids: round.scopeCountyIds ?? null,
      rubric: round.rubric?.items ?? null,
      rubric_version: round.rubric?.version ?? null,
      rubric_event_version: round.rubric?.eventVersion ?? null,
      method: round.method ?? null,
      per_red_case: round.perRedCase ?? null,
      window_opens_on: round.window?.opensOn ?? null,
      window_closes_on: round.window?.closesOn ?? null,
      window_starts_at: round.window?.startsAt ?? null,
      window_ends_at: round.window?.endsAt ?? null,
      planned_at: round.plannedAt ?? null,
      started_at: round.startedAt ?? null,
      scoring_closed_at: round.scoringClosedAt ?? null,
      published_at: round.published?.at ?? null,
      published_position: round.published?.position ?? null,
      archived_at: round.archivedAt ?? null,
    }));
    await execute(
      `INSERT INTO ranking_rounds AS r
         (round_id, kind, title, period, scope_county_ids, rubric, rubric_version, rubric_event_version, method, per_red_case,
          window_opens_on, window_closes_on, window_starts_at, window_ends_at,
          planned_at, started_at, scoring_closed_at, published_at, published_position, archived_at)
       SELECT x.round_id, x.kind, x.title, x.period,
              CASE WHEN x.scope_county_ids IS NULL THEN NULL ELSE ARRAY(SELECT jsonb_array_elements_text(x.scope_county_ids)) END,
              x.rubric, x.rubric_version, x.rubric_event_version, x.method, x.per_red_case,
              x.window_opens_on, x.window_closes_on, x.window_starts_at, x.window_ends_at,
              x.planned_at, x.started_at, x.scoring_closed_at, x.published_at, x.published_position, x.archived_at
         FROM jsonb_to_recordset($1::jsonb) AS x(
           round_id text, kind text, title text, period text, scope_county_ids jsonb, rubric jsonb, rubric_version integer,
           rubric_event_version bigint, method text, per_red_case double precision,
           window_opens_on text, window_closes_on text, window_starts_at timestamptz, window_ends_at timestamptz,
           planned_at timestamptz, started_at timestamptz, scoring_closed_at timestamptz, published_at timestamptz,
           published_position bigint, archived_at timestamptz)
       ON CONFLICT (round_id) DO UPDATE SET
         kind = COALESCE(EXCLUDED.kind, r.kind),
         title = COALESCE(EXCLUDED.title, r.title),
         period = COALESCE(EXCLUDED.period, r.period),
         scope_county_ids = COALESCE(EXCLUDED.scope_county_ids, r.scope_county_ids),
         rubric = CASE WHEN EXCLUDED.rubric_event_version > COALESCE(r.rubric_event_version, 0) THEN EXCLUDED.rubric ELSE r.rubric END,
         rubric_version = CASE WHEN EXCLUDED.rubric_event_version > COALESCE(r.rubric_event_version, 0) THEN EXCLUDED.rubric_version ELSE r.rubric_version END,
         rubric_event_version = GREATEST(EXCLUDED.rubric_event_version, r.rubric_event_version),
         method = COALESCE(EXCLUDED.method, r.method),
         per_red_case = COALESCE(EXCLUDED.per_red_case, r.per_red_case),
         window_opens_on = COALESCE(EXCLUDED.window_opens_on, r.window_opens_on),
         window_closes_on = COALESCE(EXCLUDED.window_closes_on, r.window_closes_on),
         window_starts_at = COALESCE(EXCLUDED.window_starts_at, r.window_starts_at),
         window_ends_at = COALESCE(EXCLUDED.window_ends_at, r.window_ends_at),
         planned_at = COALESCE(EXCLUDED.planned_at, r.planned_at),
         started_at = COALESCE(EXCLUDED.started_at, r.started_at),
         scoring_closed_at = COALESCE(EXCLUDED.scoring_closed_at, r.scoring_closed_at),
         published_at = COALESCE(EXCLUDED.published_at, r.published_at),
         published_position = COALESCE(EXCLUDED.published_position, r.published_position),
         archived_at = COALESCE(EXCLUDED.archived_at, r.archived_at)`,
      [JSON.stringify(rows)],
    );
  }
  if (facts.scoreItems.length > 0) {
    await execute(
      `INSERT INTO ranking_score_items (task_id, event_version, item_code, round_id, county_id, inspector_id, score, recorded_at, position)
       SELECT x.task_id, x.event_version, x.item_code, x.round_id, x.county_id, x.inspector_id, x.score, x.recorded_at, x.position
         FROM jsonb_to_recordset($1::jsonb) AS x(
           task_id text, event_version bigint, item_code text, round_id text, county_id text, inspector_id text,
           score double precision, recorded_at timestamptz, position bigint)
       ON CONFLICT DO NOTHING`,
      [
        JSON.stringify(
          facts.scoreItems.map((item) => ({
            task_id: item.taskId,
            event_version: item.eventVersion,
            item_code: item.itemCode,
            round_id: item.roundId,
            county_id: item.countyId,
            inspector_id: item.inspectorId,
            score: item.score,
            recorded_at: item.recordedAt,
            position: item.position,
          })),
        ),
      ],
    );
  }
  if (facts.cases.length > 0) {
    await execute(
      `INSERT INTO ranking_cases (case_id, unit_chain, opened_at)
       SELECT x.case_id, ARRAY(SELECT jsonb_array_elements_text(x.unit_chain)), x.opened_at
         FROM jsonb_to_recordset($1::jsonb) AS x(case_id text, unit_chain jsonb, opened_at timestamptz)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(facts.cases.map((fact) => ({ case_id: fact.caseId, unit_chain: fact.unitChain, opened_at: fact.openedAt })))],
    );
  }
  if (facts.redCards.length > 0) {
    await execute(
      `INSERT INTO ranking_red_cards (case_id, event_version, raised_at, position)
       SELECT x.case_id, x.event_version, x.raised_at, x.position
         FROM jsonb_to_recordset($1::jsonb) AS x(case_id text, event_version bigint, raised_at timestamptz, position bigint)
       ON CONFLICT DO NOTHING`,
      [
        JSON.stringify(
          facts.redCards.map((card) => ({ case_id: card.caseId, event_version: card.eventVersion, raised_at: card.raisedAt, position: card.position })),
        ),
      ],
    );
  }
  if (facts.publications.length > 0) {
    await execute(
      `INSERT INTO ranking_publications (round_id, publication, published_at, position, published_by, reason, ranking)
       SELECT x.round_id, x.publication, x.published_at, x.position, x.published_by, x.reason, x.ranking
         FROM jsonb_to_recordset($1::jsonb) AS x(
           round_id text, publication integer, published_at timestamptz, position bigint, published_by text, reason text, ranking jsonb)
       ON CONFLICT DO NOTHING`,
      [
        JSON.stringify(
          facts.publications.map((fact) => ({
            round_id: fact.roundId,
            publication: fact.publication,
            published_at: fact.publishedAt,
            position: fact.position,
            published_by: fact.publishedBy,
            reason: fact.reason,
            ranking: fact.ranking,
          })),
        ),
      ],
    );
  }
  if (facts.orgUnits.size > 0) {
    const rows = [...facts.orgUnits.values()].map((unit) => ({
      unit_id: unit.unitId,
      kind: unit.kind ?? null,
      parent_id: unit.parentId ?? null,
      name: unit.name?.value ?? null,
      name_version: unit.name?.version ?? null,
    }));
    await execute(
      `INSERT INTO ranking_org_units AS u (unit_id, kind, parent_id, name, name_version)
       SELECT x.unit_id, x.kind, x.parent_id, x.name, x.name_version
         FROM jsonb_to_recordset($1::jsonb) AS x(unit_id text, kind text, parent_id text, name text, name_version bigint)
       ON CONFLICT (unit_id) DO UPDATE SET
         kind = COALESCE(EXCLUDED.kind, u.kind),
         parent_id = COALESCE(EXCLUDED.parent_id, u.parent_id),
         name = CASE WHEN EXCLUDED.name_version > COALESCE(u.name_version, 0) THEN EXCLUDED.name ELSE u.name END,
         name_version = GREATEST(EXCLUDED.name_version, u.name_version)`,
      [JSON.stringify(rows)],
    );
  }
}
