import type { RecordedEvent } from '@app/event-store';
import { defineProjection } from '@app/projections';
import {
  accountableUnitOf,
  CASE_EVENT_TYPES,
  CASE_SEVERITIES,
  CaseEvent,
  CaseState,
  caseStepOf,
  caseStreamId,
  caseStreams,
  evolveCase,
  hasDeadline,
  initialCaseState,
  WARNING_LEVELS,
} from '@app/supervision';
import type { EntityManager } from 'typeorm';
import { FoldableEvent, foldInVersionOrder, StoredFold } from '../stream-fold';
import {
  CASE_BOARD_EARLY_EVENTS_TABLE,
  CASE_BOARD_TABLE,
  CASE_STEPS_TABLE,
  CaseBoardEarlyEventEntity,
  CaseBoardEntity,
  CaseStepEntity,
  createCaseBoardTables,
} from './case-board.tables';

const CASE_TYPES = new Set<string>(CASE_EVENT_TYPES);

function evolve(state: CaseState, event: FoldableEvent): CaseState {
  return CASE_TYPES.has(event.type) ? evolveCase(state, { type: event.type, data: event.data } as CaseEvent) : state;
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

async function storedCases(manager: EntityManager, streamIds: readonly string[]): Promise<Map<string, StoredFold<CaseState>>> {
  const rows: { case_id: string; version: string; state: CaseState }[] = await manager.query(
    `SELECT case_id, version, state FROM ${CASE_BOARD_TABLE} WHERE case_id = ANY ($1::text[])`,
    [streamIds.map(caseStreams.entityIdOf)],
  );
  return new Map(rows.map((row) => [caseStreamId(row.case_id), { version: Number(row.version), state: row.state }]));
}

function boardRow(caseId: string, version: number, state: CaseState) {
  if (state.status === 'unopened') {
    return {
      case_id: caseId, version, state, status: state.status, severity: null, severity_rank: 0, responsible_unit_id: null, unit_path: [],
      accountable_unit_id: null, escalation_level: 0, warnings: [], warning_level: 0, due_on: null, parent_case_id: null,
    };
  }
  return {
    case_id: caseId,
    version,
    state,
    status: state.status,
    severity: state.severity,
    severity_rank: CASE_SEVERITIES.indexOf(state.severity) + 1,
    responsible_unit_id: state.responsibleUnitId,
    unit_path: state.unitChain,
    accountable_unit_id: accountableUnitOf(state),
    escalation_level: state.escalationLevel,
    warnings: state.activeWarnings,
    warning_level: Math.max(0, ...state.activeWarnings.map((colour) => WARNING_LEVELS[colour])),
    due_on: hasDeadline(state) ? state.deadline.dueOn : null,
    parent_case_id: state.parentCaseId,
  };
}

/**
 * The case board (督办) and the steps behind each responsibility chain (责任链): one row per case
 * with its state folded from its stream and the columns the board filters on (the unit chain for
 * subtree filters and scope, warnings, deadline), and one row per step of a case with its
 * instant and the unit accountable after it.
 */
export function caseBoardProjection() {
  return defineProjection({
    name: 'case-board',
    kind: 'inline',
    // The whole category, not types: folding needs every version of a case's stream.
    categories: ['case'],
    entities: [CaseBoardEntity, CaseStepEntity, CaseBoardEarlyEventEntity],
    migrations: [createCaseBoardTables],
    async apply(events: readonly RecordedEvent[], { manager }) {
      const folds = await foldInVersionOrder(manager, events, {
        earlyTable: CASE_BOARD_EARLY_EVENTS_TABLE,
        load: (streamIds) => storedCases(manager, streamIds),
        initial: initialCaseState(),
        evolve,
      });
      if (folds.length === 0) return;
      const rows = [];
      const steps = [];
      for (const fold of folds) {
        const caseId = caseStreams.entityIdOf(fold.streamId);
        for (const { event, state } of fold.steps) {
          if (!CASE_TYPES.has(event.type) || state.status === 'unopened') continue;
          // A step's "when" and "who", as the event records them.
          const { at, by } = caseStepOf({ type: event.type, data: event.data } as CaseEvent);
          steps.push({
            case_id: caseId,
            version: event.version,
            type: event.type,
            at: textOrNull(at),
            actor_id: textOrNull(by),
            escalation_level: state.escalationLevel,
            accountable_unit_id: accountableUnitOf(state),
          });
        }
        const last = fold.steps[fold.steps.length - 1]!;
        rows.push(boardRow(caseId, last.event.version, last.state));
      }
      await manager.query(
        `INSERT INTO ${CASE_BOARD_TABLE} AS b (case_id, version, state, status, severity, severity_rank, responsible_unit_id, unit_path,
                                               accountable_unit_id, escalation_level, warnings, warning_level, due_on, parent_case_id)
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(case_id text, version bigint, state jsonb, status text, severity text,
                                                         severity_rank smallint, responsible_unit_id text, unit_path text[],
                                                         accountable_unit_id text, escalation_level integer, warnings text[],
                                                         warning_level smallint, due_on date, parent_case_id text)
         ON CONFLICT (case_id) DO UPDATE SET
           version = EXCLUDED.version, state = EXCLUDED.state, status = EXCLUDED.status, severity = EXCLUDED.severity,
           severity_rank = EXCLUDED.severity_rank, responsible_unit_id = EXCLUDED.responsible_unit_id, unit_path = EXCLUDED.unit_path,
           accountable_unit_id = EXCLUDED.accountable_unit_id, escalation_level = EXCLUDED.escalation_level,
           warnings = EXCLUDED.warnings, warning_level = EXCLUDED.warning_level, due_on = EXCLUDED.due_on,
           parent_case_id = EXCLUDED.parent_case_id`,
        [JSON.stringify(rows)],
      );
      if (steps.length > 0) {
        await manager.query(
          `INSERT INTO ${CASE_STEPS_TABLE} (case_id, version, type, at, actor_id, escalation_level, accountable_unit_id)
           SELECT * FROM jsonb_to_recordset($1::jsonb) AS s(case_id text, version bigint, type text, at timestamptz, actor_id text,
                                                           escalation_level integer, accountable_unit_id text)
           ON CONFLICT (case_id, version) DO NOTHING`,
          [JSON.stringify(steps)],
        );
      }
    },
  });
}
