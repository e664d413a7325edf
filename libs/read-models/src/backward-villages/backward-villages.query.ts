import { BoardPage, decodeListCursor, encodeListCursor, ReadModelReader, SqlConditions } from '../supervision-boards/board-query';
import { ORG_UNITS_TABLE } from '../supervision-boards/org-responsibility/org-responsibility.tables';
import type { BackwardVillageDocument } from './backward-village-document';
import { BACKWARD_VILLAGES_TABLE } from './backward-villages.tables';

/** A listing as the list and its page show it: its state and the names of the village, township and county. */
export type BackwardVillageView = BackwardVillageDocument & {
  readonly unitName: string | null;
  readonly townshipName: string | null;
  readonly countyName: string | null;
};

export interface BackwardVillageFilter {
  /** Units every listing shown lies under: the caller's scope, a unit filter. */
  readonly within?: readonly string[];
  readonly status?: string;
  readonly reason?: string;
  readonly cursor?: string;
  readonly limit: number;
}

const BACKWARD_VILLAGE_LIST = 'backward-villages';

const VIEW_COLUMNS = `b.listing_id, b.version, b.document, v.name AS unit_name, t.name AS township_name, c.name AS county_name`;
const VIEW_JOINS = `LEFT JOIN ${ORG_UNITS_TABLE} v ON v.unit_id = b.unit_id
  LEFT JOIN ${ORG_UNITS_TABLE} t ON t.unit_id = b.township_id
  LEFT JOIN ${ORG_UNITS_TABLE} c ON c.unit_id = b.county_id`;

interface ViewRow {
  listing_id: string;
  version: string;
  document: BackwardVillageDocument;
  unit_name: string | null;
  township_name: string | null;
  county_name: string | null;
}

function viewOf(row: ViewRow): BackwardVillageView {
  return { ...row.document, unitName: row.unit_name, townshipName: row.township_name, countyName: row.county_name };
}

/** The backward-village list: listings by id, filtered by status, reason and unit subtree. */
export async function backwardVillageListQuery(db: ReadModelReader, filter: BackwardVillageFilter): Promise<BoardPage<BackwardVillageView>> {
  const where = new SqlConditions();
  if (filter.within !== undefined && filter.within.length > 0) where.add('b.unit_path @> ?::text[]', [...filter.within]);
  if (filter.status !== undefined) where.add('b.status = ?', filter.status);
  if (filter.reason !== undefined) where.add('b.reason = ?', filter.reason);
  if (filter.cursor !== undefined) where.add('b.listing_id > ?', decodeListCursor(BACKWARD_VILLAGE_LIST, filter.cursor));
  const rows: ViewRow[] = await db.query(
    `SELECT ${VIEW_COLUMNS} FROM ${BACKWARD_VILLAGES_TABLE} b ${VIEW_JOINS} ${where.where} ORDER BY b.listing_id LIMIT ${where.parameter(filter.limit + 1)}`,
    where.parameters,
  );
  const page = rows.slice(0, filter.limit);
  return { items: page.map(viewOf), nextCursor: rows.length > filter.limit ? encodeListCursor(BACKWARD_VILLAGE_LIST, page[page.length - 1]!.listing_id) : null };
}

/** One listing with the version of its stream the list holds; undefined for an unknown listing. */
export async function backwardVillageQuery(db: ReadModelReader, listingId: string): Promise<{ view: BackwardVillageView; version: number } | undefined> {
  const rows: ViewRow[] = await db.query(`SELECT ${VIEW_COLUMNS} FROM ${BACKWARD_VILLAGES_TABLE} b ${VIEW_JOINS} WHERE b.listing_id = $1`, [listingId]);
  if (rows.length === 0) return undefined;
  return { view: viewOf(rows[0]!), version: Number(rows[0]!.version) };
}

/** The village's listings not yet delisted (one at most, as the decider keeps it). */
export async function openListingIdsQuery(db: ReadModelReader, unitId: string): Promise<string[]> {
  const rows: { listing_id: string }[] = await db.query(
    `SELECT listing_id FROM ${BACKWARD_VILLAGES_TABLE} WHERE unit_id = $1 AND status <> 'delisted' ORDER BY listing_id`,
    [unitId],
  );
  return rows.map((row) => row.listing_id);
}

export type BackwardCountLevel = 'township' | 'county';

/** The backward villages of one township or county as of an instant. */
export interface BackwardVillageCount {
  readonly unitId: string;
  readonly name: string | null;
  /** On the list at the instant: listed by then and not yet delisted. */
  readonly listed: number;
  /** Listed at any time up to the instant. */
  readonly everListed: number;
  /** Delisted (摘帽) by the instant. */
  readonly delisted: number;
}

export interface BackwardVillageCounts {
  readonly asOf: string;
  readonly by: BackwardCountLevel;
  readonly rows: BackwardVillageCount[];
  readonly total: { readonly listed: number; readonly everListed: number; readonly delisted: number };
}

/**
 * Counts per township or county as of `asOf`, from when each listing was listed and delisted;
 * every unit of the level within `within` has a row, with zeros when it had no backward village.
 */
export async function backwardVillageCountsQuery(db: ReadModelReader, options: { asOf: Date; by: BackwardCountLevel; within: readonly string[] }): Promise<BackwardVillageCounts> {
  const column = options.by === 'township' ? 'township_id' : 'county_id';
  const counted: { unit_id: string; listed: string; ever_listed: string; delisted: string }[] = await db.query(
    `SELECT ${column} AS unit_id,
            count(*) FILTER (WHERE delisted_at IS NULL OR delisted_at > $1) AS listed,
            count(*) AS ever_listed,
            count(*) FILTER (WHERE delisted_at <= $1) AS delisted
       FROM ${BACKWARD_VILLAGES_TABLE}
      WHERE listed_at <= $1 AND ${column} IS NOT NULL AND unit_path @> $2::text[]
      GROUP BY ${column}`,
    [options.asOf, [...options.within]],
  );
  const units: { unit_id: string; name: string }[] = await db.query(
    `SELECT unit_id, name FROM ${ORG_UNITS_TABLE} WHERE kind = $1 AND unit_path @> $2::text[] ORDER BY unit_id`,
    [options.by, [...options.within]],
  );
  const byUnit = new Map(counted.map((row) => [row.unit_id, row]));
  const names = new Map(units.map((unit) => [unit.unit_id, unit.name]));
  const ids = [...new Set([...units.map((unit) => unit.unit_id), ...byUnit.keys()])].sort();
  const rows = ids.map((unitId) => {
    const row = byUnit.get(unitId);
    return { unitId, name: names.get(unitId) ?? null, listed: Number(row?.listed ?? 0), everListed: Number(row?.ever_listed ?? 0), delisted: Number(row?.delisted ?? 0) };
  });
  const total = rows.reduce((sum, row) => ({ listed: sum.listed + row.listed, everListed: sum.everListed + row.everListed, delisted: sum.delisted + row.delisted }), {
    listed: 0,
    everListed: 0,
    delisted: 0,
  });
  return { asOf: options.asOf.toISOString(), by: options.by, rows, total };
}

/** One month of the trend: on the list at the month's end, listed and delisted in the month. */
export interface BackwardVillageMonth {
  readonly month: string;
  readonly listed: number;
  readonly newlyListed: number;
  readonly delisted: number;
}

/** The first instant of month `month` (1–12, 13 for the next year's January) of `year` in China. */
function startOfShanghaiMonth(year: number, month: number): number {
  return Date.UTC(year, month - 1, 1) - 8 * 3600 * 1000;
}

/** Month by month through `year` (Asia/Shanghai months), within the units given. */
export async function backwardVillageTrendQuery(db: ReadModelReader, options: { year: number; within: readonly string[] }): Promise<BackwardVillageMonth[]> {
  const rows: { listed_at: Date; delisted_at: Date | null }[] = await db.query(
    `SELECT listed_at, delisted_at FROM ${BACKWARD_VILLAGES_TABLE} WHERE listed_at < $1 AND unit_path @> $2::text[]`,
    [new Date(startOfShanghaiMonth(options.year, 13)), [...options.within]],
  );
  const listings = rows.map((row) => ({ listedAt: new Date(row.listed_at).getTime(), delistedAt: row.delisted_at === null ? null : new Date(row.delisted_at).getTime() }));
  return Array.from({ length: 12 }, (_, index) => {
    const from = startOfShanghaiMonth(options.year, index + 1);
    const until = startOfShanghaiMonth(options.year, index + 2);
    return {
      month: `${options.year}-${String(index + 1).padStart(2, '0')}`,
      listed: listings.filter((l) => l.listedAt < until && (l.delistedAt === null || l.delistedAt >= until)).length,
      newlyListed: listings.filter((l) => l.listedAt >= from && l.listedAt < until).length,
      delisted: listings.filter((l) => l.delistedAt !== null && l.delistedAt >= from && l.delistedAt < until).length,
    };
  });
}
