import type { ProjectGrade, ProjectLeader } from '@app/supervision';
import { WARNING_COLOURS } from '@app/supervision';
import type { CalendarDate } from '@app/workflow';
import { BoardPage, decodeListCursor, encodeListCursor, ReadModelReader, SqlConditions } from '../board-query';
import { holdersAt, orgUnitsById, RoleHolders, termsOf } from '../org-responsibility/responsibility.query';
import type { WarningBand } from '../unit-lists/unit-lists.query';
import { PROJECT_BOARD_TABLE } from './project-board.tables';
import { nextMilestoneDue, ProjectDocument, projectWarningLevel } from './project-document';

export interface ProjectBoardFilter {
  /** Units every project shown lies at or under: the caller's scope, a unit filter. */
  readonly within?: readonly string[];
  /** Projects of exactly this unit. */
  readonly unitId?: string;
  readonly year?: number;
  readonly status?: ProjectDocument['status'];
  readonly leaderPersonId?: string;
  readonly cursor?: string;
  readonly limit: number;
}

/** A project as the boards show it: its document and the gravest warning up on a milestone not reached. */
export type ProjectView = ProjectDocument & { readonly warning: WarningBand };

/** One level of a project's chain: its unit or a unit above it, with the people in its roles today. */
export interface ProjectChainLevel {
  readonly level: number;
  readonly unitId: string;
  readonly name: string | null;
  readonly kind: string | null;
  readonly responsible: RoleHolders;
}

/** A project as its page shows it: the board view and its responsibility chain up to the city. */
export type ProjectPageView = ProjectView & { readonly chain: readonly ProjectChainLevel[] };

const PROJECT_LIST = 'projects';

export function projectView(document: ProjectDocument): ProjectView {
  const level = projectWarningLevel(document);
  return { ...document, warning: level === 0 ? 'none' : WARNING_COLOURS[level - 1]! };
}

/** The project board: projects by id, filtered by unit subtree, unit, year, status and leader. */
export async function projectBoardQuery(db: ReadModelReader, filter: ProjectBoardFilter): Promise<BoardPage<ProjectView>> {
  const where = new SqlConditions().add(`status <> 'unlaunched'`);
  if (filter.within !== undefined && filter.within.length > 0) where.add('unit_path @> ?::text[]', [...filter.within]);
  if (filter.unitId !== undefined) where.add('unit_id = ?', filter.unitId);
  if (filter.year !== undefined) where.add('year = ?', filter.year);
  if (filter.status !== undefined) where.add('status = ?', filter.status);
  if (filter.leaderPersonId !== undefined) where.add('leader_person_id = ?', filter.leaderPersonId);
  if (filter.cursor !== undefined) where.add('project_id > ?', decodeListCursor(PROJECT_LIST, filter.cursor));
  const rows: { project_id: string; document: ProjectDocument }[] = await db.query(
    `SELECT project_id, document FROM ${PROJECT_BOARD_TABLE} ${where.where} ORDER BY project_id LIMIT ${where.parameter(filter.limit + 1)}`,
    where.parameters,
  );
  const page = rows.slice(0, filter.limit);
  return {
    items: page.map((row) => projectView(row.document)),
    nextCursor: rows.length > filter.limit ? encodeListCursor(PROJECT_LIST, page[page.length - 1]!.project_id) : null,
  };
}

/** One project with its chain and the version of its stream the board holds; undefined for an unknown project. */
export async function projectPageQuery(db: ReadModelReader, projectId: string): Promise<{ view: ProjectPageView; version: number } | undefined> {
  const rows: { document: ProjectDocument; version: string }[] = await db.query(
    `SELECT document, version FROM ${PROJECT_BOARD_TABLE} WHERE project_id = $1 AND status <> 'unlaunched'`,
    [projectId],
  );
  if (rows.length === 0) return undefined;
  const document = rows[0]!.document;
  const [units, terms] = await Promise.all([orgUnitsById(db, document.unitChain), termsOf(db, document.unitChain)]);
  const chain = document.unitChain.map(
    (unitId, level): ProjectChainLevel => ({
      level,
      unitId,
      name: units.get(unitId)?.name ?? null,
      kind: units.get(unitId)?.kind ?? null,
      responsible: holdersAt(terms, unitId, null),
    }),
  );
  return { view: { ...projectView(document), chain }, version: Number(rows[0]!.version) };
}

/** The projects of `unitId` not yet evaluated: those a new secretary of the unit takes over. */
export async function activeProjectsOfUnitQuery(db: ReadModelReader, unitId: string): Promise<{ projectId: string; leader: ProjectLeader }[]> {
  const rows: { project_id: string; document: ProjectDocument }[] = await db.query(
    `SELECT project_id, document FROM ${PROJECT_BOARD_TABLE} WHERE unit_id = $1 AND status = 'active' ORDER BY project_id`,
    [unitId],
  );
  return rows.map((row) => ({ projectId: row.project_id, leader: row.document.leader }));
}

/** A project as the unit lists (三张清单) name it. */
export interface ListedProject {
  readonly projectId: string;
  readonly unitId: string;
  readonly title: string;
  readonly year: number;
  readonly status: ProjectDocument['status'];
  readonly leader: ProjectLeader;
  readonly warning: WarningBand;
  readonly milestonesPlanned: number;
  readonly milestonesCompleted: number;
  /** The earliest due day of a milestone not reached (null once all are reached or the project is evaluated). */
  readonly nextDueOn: CalendarDate | null;
  readonly grade: ProjectGrade | null;
}

export function listedProject(document: ProjectDocument): ListedProject {
  const reached = document.milestones.filter((milestone) => milestone.completedAt !== null).length;
  return {
    projectId: document.projectId,
    unitId: document.unitId,
    title: document.title,
    year: document.year,
    status: document.status,
    leader: document.leader,
    warning: projectView(document).warning,
    milestonesPlanned: document.milestones.length,
    milestonesCompleted: reached,
    nextDueOn: nextMilestoneDue(document),
    grade: document.evaluation?.grade ?? null,
  };
}

