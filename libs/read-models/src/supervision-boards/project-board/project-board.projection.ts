import type { RecordedEvent } from '@app/event-store';
import { createTables, defineProjection, tableEntities } from '@app/projections';
import { projectStreamId, projectStreams } from '@app/supervision';
import type { EntityManager } from 'typeorm';
import { foldInVersionOrder, StoredFold, writeFoldedRows } from '../stream-fold';
import { PROJECT_BOARD_TABLES, projectBoardEarlyEventsTable, ProjectBoardRow, projectBoardTable } from './project-board.tables';
import { foldProjectDocument, nextMilestoneDue, NO_PROJECT, ProjectBoardDocument, projectWarningLevel } from './project-document';

const writeProjects = projectBoardTable.upsert();
// In a rebuild (empty tables, each event once) a project with no stored row has none yet.
const insertProjects = projectBoardTable.insert();

async function storedProjects(manager: EntityManager, streamIds: readonly string[]): Promise<Map<string, StoredFold<ProjectBoardDocument>>> {
  const rows: { project_id: string; version: string; document: ProjectBoardDocument }[] = await manager.query(
    `SELECT project_id, version, document FROM ${projectBoardTable.name} WHERE project_id = ANY ($1::text[])`,
    [streamIds.map(projectStreams.entityIdOf)],
  );
  return new Map(rows.map((row) => [projectStreamId(row.project_id), { version: Number(row.version), state: row.document }]));
}

function boardRow(projectId: string, version: number, document: ProjectBoardDocument): ProjectBoardRow {
  if (document.status === 'unlaunched') {
    return { projectId, version, document, status: 'unlaunched', unitId: null, unitPath: [], year: null, leaderPersonId: null, warningLevel: 0, nextDueOn: null };
  }
  return {
    projectId,
    version,
    document,
    status: document.status,
    unitId: document.unitId,
    unitPath: [...document.unitChain],
    year: document.year,
    leaderPersonId: document.leader.personId,
    warningLevel: projectWarningLevel(document),
    nextDueOn: nextMilestoneDue(document),
  };
}

/**
 * The 书记领办项目 board: one row per project with its document (see {@link foldProjectDocument})
 * and the columns the board, the unit lists and scope filter on. The project's unit chain is fixed
 * when it is launched, so no org events are needed here.
 */
export function projectBoardProjection() {
  return defineProjection({
    name: 'project-board',
    kind: 'inline',
    categories: [projectStreams.category],
    entities: tableEntities(PROJECT_BOARD_TABLES),
    migrations: [createTables('the 书记领办项目 board', PROJECT_BOARD_TABLES)],
    async apply(events: readonly RecordedEvent[], { manager, mode }) {
      const folds = await foldInVersionOrder(manager, events, {
        earlyTable: projectBoardEarlyEventsTable,
        load: (streamIds) => storedProjects(manager, streamIds),
        initial: NO_PROJECT,
        evolve: foldProjectDocument,
      });
      const rows = folds.map(({ streamId, stored, steps }) => {
        const { event, state } = steps[steps.length - 1]!;
        return { isNew: stored === undefined, row: boardRow(projectStreams.entityIdOf(streamId), event.version, state) };
      });
      await writeFoldedRows(manager, mode, rows, { upsert: writeProjects, insert: insertProjects });
    },
  });
}
