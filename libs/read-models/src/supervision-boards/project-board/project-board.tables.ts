import { defineTable } from '@app/projections';
import { earlyEventsTable } from '../stream-fold';
import type { ProjectBoardDocument } from './project-document';

/** One 书记领办项目 on the project board: its document and the columns the board filters on. */
export interface ProjectBoardRow {
  projectId: string;
  /** The version of the last event of the project's stream folded in. */
  version: number;
  document: ProjectBoardDocument;
  status: string;
  unitId: string | null;
  /** The project's unit and every unit above it (fixed at launch), for subtree filters and org scope. */
  unitPath: string[];
  year: number | null;
  leaderPersonId: string | null;
  /** The gravest warning up on a milestone not reached: 0 none … 3 red. */
  warningLevel: number;
  /** The earliest due day among milestones not reached. */
  nextDueOn: string | null;
}

export const projectBoardTable = defineTable<ProjectBoardRow>({
  name: 'project_board',
  entityName: 'ProjectBoardRow',
  columns: {
    projectId: { name: 'project_id', type: 'text', primary: true },
    version: { type: 'bigint' },
    document: { type: 'jsonb' },
    status: { type: 'text' },
    unitId: { name: 'unit_id', type: 'text', nullable: true },
    unitPath: { name: 'unit_path', type: 'text', array: true },
    year: { type: 'integer', nullable: true },
    leaderPersonId: { name: 'leader_person_id', type: 'text', nullable: true },
    warningLevel: { name: 'warning_level', type: 'integer' },
    nextDueOn: { name: 'next_due_on', type: 'date', nullable: true },
  },
  indexes: [
    { name: 'project_board_unit_path', on: 'USING gin (unit_path) WITH (fastupdate = off)', forQueriesOnly: true },
    { name: 'project_board_unit', on: '(unit_id, status)', forQueriesOnly: true },
    { name: 'project_board_year', on: '(year, project_id)', forQueriesOnly: true },
  ],
});

export const projectBoardEarlyEventsTable = earlyEventsTable('project_board_early_events', 'ProjectBoardEarlyEventRow');

/** Every table of the project board. */
export const PROJECT_BOARD_TABLES = [projectBoardTable, projectBoardEarlyEventsTable] as const;

export const PROJECT_BOARD_TABLE = projectBoardTable.name;
