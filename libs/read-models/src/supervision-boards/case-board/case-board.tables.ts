import { defineTable } from '@app/projections';
import { earlyEventsTable } from '../stream-fold';
import type { CaseBoardDocument } from './case-document';

/** One case (督办) on the case board: its document and the columns the board and lists filter on. */
export interface CaseBoardRow {
  caseId: string;
  /** The version of the last event of the case's stream folded in. */
  version: number;
  document: CaseBoardDocument;
  status: string;
  severity: string | null;
  /** low 1 … critical 4, for ordering. */
  severityRank: number;
  responsibleUnitId: string | null;
  /** The case's unit chain: the responsible unit and every unit above it, for subtree filters and scope. */
  unitPath: string[];
  /**
   * The highest unit accountable now: the one the case escalated to, or the responsible unit. The
   * units below it on `unitPath` (up to `escalationLevel`) are accountable too.
   */
  accountableUnitId: string | null;
  escalationLevel: number;
  /** The warnings up now (the document's `activeWarnings`). */
  warnings: string[];
  /** The gravest warning up: 0 none, blue 1, yellow 2, red 3. */
  warningLevel: number;
  dueOn: string | null;
  parentCaseId: string | null;
}

/**
 * A step of a case: one event of its stream with its own instant, who took it, and the unit
 * accountable right after it. The chain resolves the people in office at each step's instant.
 */
export interface CaseStepRow {
  caseId: string;
  version: number;
  type: string;
  at: string | null;
  actorId: string | null;
  escalationLevel: number;
  accountableUnitId: string | null;
}

export const caseBoardTable = defineTable<CaseBoardRow>({
  name: 'case_board',
  entityName: 'CaseBoardRow',
  columns: {
    caseId: { name: 'case_id', type: 'text', primary: true },
    version: { type: 'bigint' },
    document: { type: 'jsonb' },
    status: { type: 'text' },
    severity: { type: 'text', nullable: true },
    severityRank: { name: 'severity_rank', type: 'smallint' },
    responsibleUnitId: { name: 'responsible_unit_id', type: 'text', nullable: true },
    unitPath: { name: 'unit_path', type: 'text', array: true },
    accountableUnitId: { name: 'accountable_unit_id', type: 'text', nullable: true },
    escalationLevel: { name: 'escalation_level', type: 'integer' },
    warnings: { type: 'text', array: true },
    warningLevel: { name: 'warning_level', type: 'smallint' },
    dueOn: { name: 'due_on', type: 'date', nullable: true },
    parentCaseId: { name: 'parent_case_id', type: 'text', nullable: true },
  },
  indexes: [
    { name: 'case_board_unit_path', on: 'USING gin (unit_path) WITH (fastupdate = off)', forQueriesOnly: true },
    { name: 'case_board_warnings', on: 'USING gin (warnings) WITH (fastupdate = off)', forQueriesOnly: true },
    { name: 'case_board_status', on: '(status, case_id)', forQueriesOnly: true },
    { name: 'case_board_open_due', on: `(due_on) WHERE status <> 'closed'`, forQueriesOnly: true },
    { name: 'case_board_parent', on: '(parent_case_id) WHERE parent_case_id IS NOT NULL', forQueriesOnly: true },
    { name: 'case_board_accountable', on: `(accountable_unit_id) WHERE status <> 'closed'`, forQueriesOnly: true },
  ],
});

export const caseStepsTable = defineTable<CaseStepRow>({
  name: 'case_steps',
  entityName: 'CaseStepRow',
  columns: {
    caseId: { name: 'case_id', type: 'text', primary: true },
    version: { type: 'bigint', primary: true },
    type: { type: 'text' },
    at: { type: 'timestamptz', nullable: true },
    actorId: { name: 'actor_id', type: 'text', nullable: true },
    escalationLevel: { name: 'escalation_level', type: 'integer' },
    accountableUnitId: { name: 'accountable_unit_id', type: 'text', nullable: true },
  },
});

export const caseBoardEarlyEventsTable = earlyEventsTable('case_board_early_events', 'CaseBoardEarlyEventRow');

/** Every table of the case board. */
export const CASE_BOARD_TABLES = [caseBoardTable, caseStepsTable, caseBoardEarlyEventsTable] as const;

/** Table names for the queries. */
export const CASE_BOARD_TABLE = caseBoardTable.name;
export const CASE_STEPS_TABLE = caseStepsTable.name;
