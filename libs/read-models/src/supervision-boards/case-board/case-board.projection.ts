import type { RecordedEvent } from '@app/event-store';
import { defineProjection, recreateTables, tableEntities } from '@app/projections';
import { CASE_SEVERITIES, caseStepOf, CaseEvent, caseStreamId, caseStreams, isCaseEvent, WARNING_LEVELS } from '@app/supervision';
import type { EntityManager } from 'typeorm';
import { foldInVersionOrder, StoredFold } from '../stream-fold';
import { CASE_BOARD_TABLES, caseBoardEarlyEventsTable, CaseBoardRow, caseBoardTable, caseStepsTable, CaseStepRow } from './case-board.tables';
import { CaseBoardDocument, foldCaseDocument, highestAccountableUnit, NO_CASE } from './case-document';


const writeCases = caseBoardTable.upsert();
const writeSteps = caseStepsTable.upsert({ onConflict: 'ignore' });
// A rebuild folds each event once into empty tables: its steps are all new.
const insertSteps = caseStepsTable.insert();

async function storedCases(manager: EntityManager, streamIds: readonly string[]): Promise<Map<string, StoredFold<CaseBoardDocument>>> {
  const rows: { case_id: string; version: string; document: CaseBoardDocument }[] = await manager.query(
    `SELECT case_id, version, document FROM ${caseBoardTable.name} WHERE case_id = ANY ($1::text[])`,
    [streamIds.map(caseStreams.entityIdOf)],
  );
  return new Map(rows.map((row) => [caseStreamId(row.case_id), { version: Number(row.version), state: row.document }]));
}

function boardRow(caseId: string, version: number, document: CaseBoardDocument): CaseBoardRow {
  if (document.status === 'unopened') {
    return {
      caseId, version, document, status: document.status, severity: null, severityRank: 0, responsibleUnitId: null, unitPath: [],
      accountableUnitId: null, escalationLevel: 0, warnings: [], warningLevel: 0, dueOn: null, parentCaseId: null,
    };
  }
  return {
    caseId,
    version,
    document,
    status: document.status,
    severity: document.severity,
    severityRank: CASE_SEVERITIES.indexOf(document.severity) + 1,
    responsibleUnitId: document.responsibleUnitId,
    unitPath: [...document.unitChain],
    accountableUnitId: highestAccountableUnit(document),
    escalationLevel: document.escalationLevel,
    warnings: [...document.activeWarnings],
    warningLevel: Math.max(0, ...document.activeWarnings.map((colour) => WARNING_LEVELS[colour])),
    dueOn: document.deadline?.dueOn ?? null,
    parentCaseId: document.parentCaseId,
  };
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/**
 * The case board (督办) and the steps behind each responsibility chain (责任链): one row per case
 * with its board document (see {@link foldCaseDocument}) and the columns the board filters on
 * (the unit chain for subtree filters and scope, warnings, deadline), and one row per step of a
 * case with its instant and the unit accountable after it.
 *
 * The tables' shape changed when the board got a document of its own (it used to keep the
 * decider's state): that migration recreates them, and the runtime rebuilds them from the log.
 */
export function caseBoardProjection() {
  return defineProjection({
    name: 'case-board',
    kind: 'inline',
    // The whole category, not types: folding needs every version of a case's stream.
    categories: ['case'],
    entities: tableEntities(CASE_BOARD_TABLES),
    migrations: [recreateTables('case board documents folded by the board itself', CASE_BOARD_TABLES)],
    async apply(events: readonly RecordedEvent[], { manager, mode }) {
      const folds = await foldInVersionOrder(manager, events, {
        earlyTable: caseBoardEarlyEventsTable,
        load: (streamIds) => storedCases(manager, streamIds),
        initial: NO_CASE,
        evolve: foldCaseDocument,
      });
      if (folds.length === 0) return;
      const rows: CaseBoardRow[] = [];
      const steps: CaseStepRow[] = [];
      for (const fold of folds) {
        const caseId = caseStreams.entityIdOf(fold.streamId);
        for (const { event, state } of fold.steps) {
          if (!isCaseEvent(event) || state.status === 'unopened') continue;
          // A step's "when" and "who", as the event records them.
          const { at, by } = caseStepOf({ type: event.type, data: event.data } as CaseEvent);
          steps.push({
            caseId,
            version: event.version,
            type: event.type,
            at: textOrNull(at),
            actorId: textOrNull(by),
            escalationLevel: state.escalationLevel,
            accountableUnitId: highestAccountableUnit(state),
          });
        }
        const last = fold.steps[fold.steps.length - 1]!;
        rows.push(boardRow(caseId, last.event.version, last.state));
      }
      await writeCases.run(manager, rows);
      await (mode === 'rebuild' ? insertSteps : writeSteps).run(manager, steps);
    },
  });
}
