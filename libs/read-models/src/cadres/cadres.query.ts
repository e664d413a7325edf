import { BoardPage, decodeListCursor, encodeListCursor, ReadModelReader, SqlConditions } from '../supervision-boards/board-query';
import { ORG_UNITS_TABLE, RESPONSIBILITY_TERMS_TABLE } from '../supervision-boards/org-responsibility/org-responsibility.tables';
import { CADRE_RECORDS_TABLE } from './cadres.tables';

/** A term the person held at a unit, as the org units' responsible-person events made it. */
export interface CadreTermView {
  readonly unitId: string;
  readonly unitName: string | null;
  readonly unitKind: string | null;
  readonly unitPath: readonly string[];
  readonly role: string;
  readonly from: string;
  readonly until: string | null;
}

export interface CadreRecordView {
  readonly recordId: string;
  readonly kind: string;
  readonly unitId: string;
  readonly unitName: string | null;
  readonly unitPath: readonly string[];
  readonly role: string | null;
  readonly note: string;
  readonly successor: { readonly personId: string; readonly name: string } | null;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** A person's history across units: every term they held and every monitoring entry, oldest first. */
export interface CadreHistory {
  readonly personId: string;
  readonly name: string;
  readonly terms: CadreTermView[];
  readonly records: CadreRecordView[];
}

const iso = (value: Date | string): string => new Date(value).toISOString();

/** The person's terms (the org units' responsible-person events) and monitoring entries; undefined for someone in neither. */
export async function cadreHistoryQuery(db: ReadModelReader, personId: string): Promise<CadreHistory | undefined> {
  const terms: { unit_id: string; role: string; name: string; from_at: Date; until_at: Date | null; unit_name: string | null; kind: string | null; unit_path: string[] | null }[] =
    await db.query(
      `SELECT t.unit_id, t.role, t.name, t.from_at, t.until_at, u.name AS unit_name, u.kind, u.unit_path
         FROM ${RESPONSIBILITY_TERMS_TABLE} t LEFT JOIN ${ORG_UNITS_TABLE} u ON u.unit_id = t.unit_id
        WHERE t.person_id = $1 ORDER BY t.from_at, t.unit_id, t.role`,
      [personId],
    );
  const records: {
    record_id: string;
    name: string;
    kind: string;
    unit_id: string;
    unit_path: string[];
    role: string | null;
    note: string;
    successor: { personId: string; name: string } | null;
    recorded_by: string;
    recorded_at: Date;
    unit_name: string | null;
  }[] = await db.query(
    `SELECT r.record_id, r.name, r.kind, r.unit_id, r.unit_path, r.role, r.note, r.successor, r.recorded_by, r.recorded_at, u.name AS unit_name
       FROM ${CADRE_RECORDS_TABLE} r LEFT JOIN ${ORG_UNITS_TABLE} u ON u.unit_id = r.unit_id
      WHERE r.person_id = $1 ORDER BY r.version`,
    [personId],
  );
  if (terms.length === 0 && records.length === 0) return undefined;
  return {
    personId,
    name: terms.at(-1)?.name ?? records.at(-1)!.name,
    terms: terms.map((row) => ({
      unitId: row.unit_id,
      unitName: row.unit_name,
      unitKind: row.kind,
      unitPath: row.unit_path ?? [row.unit_id],
      role: row.role,
      from: iso(row.from_at),
      until: row.until_at === null ? null : iso(row.until_at),
    })),
    records: records.map((row) => ({
      recordId: row.record_id,
      kind: row.kind,
      unitId: row.unit_id,
      unitName: row.unit_name,
      unitPath: row.unit_path,
      role: row.role,
      note: row.note,
      successor: row.successor,
      recordedBy: row.recorded_by,
      recordedAt: iso(row.recorded_at),
    })),
  };
}

/** A monitored cadre on the list: how many entries of each kind, and when the latest was made. */
export interface MonitoredCadreView {
  readonly personId: string;
  readonly name: string;
  readonly concerns: number;
  readonly warnings: number;
  readonly adjustments: number;
  readonly lastRecordedAt: string;
}

const CADRE_LIST = 'cadres';

/** The monitored cadres with entries within the units given (the caller's scope, a unit filter), by person id. */
export async function monitoredCadresQuery(
  db: ReadModelReader,
  filter: { within: readonly string[]; kind?: string; cursor?: string; limit: number },
): Promise<BoardPage<MonitoredCadreView>> {
  const where = new SqlConditions().add('unit_path @> ?::text[]', [...filter.within]);
  if (filter.kind !== undefined) where.add('kind = ?', filter.kind);
  if (filter.cursor !== undefined) where.add('person_id > ?', decodeListCursor(CADRE_LIST, filter.cursor));
  const rows: { person_id: string; name: string; concerns: string; warnings: string; adjustments: string; last_recorded_at: Date }[] = await db.query(
    `SELECT person_id, (array_agg(name ORDER BY version DESC))[1] AS name,
            count(*) FILTER (WHERE kind = 'concern') AS concerns,
            count(*) FILTER (WHERE kind = 'warning') AS warnings,
            count(*) FILTER (WHERE kind = 'adjustment') AS adjustments,
            max(recorded_at) AS last_recorded_at
       FROM ${CADRE_RECORDS_TABLE} ${where.where}
      GROUP BY person_id ORDER BY person_id LIMIT ${where.parameter(filter.limit + 1)}`,
    where.parameters,
  );
  const page = rows.slice(0, filter.limit);
  return {
    items: page.map((row) => ({
      personId: row.person_id,
      name: row.name,
      concerns: Number(row.concerns),
      warnings: Number(row.warnings),
      adjustments: Number(row.adjustments),
      lastRecordedAt: iso(row.last_recorded_at),
    })),
    nextCursor: rows.length > filter.limit ? encodeListCursor(CADRE_LIST, page[page.length - 1]!.person_id) : null,
  };
}

export interface CadreCounts {
  /** 调整不称职村社干部 city-wide (within the caller's scope). */
  readonly adjustments: number;
  readonly concerns: number;
  readonly warnings: number;
  readonly byCounty: Array<{ readonly countyId: string; readonly name: string | null; readonly adjustments: number; readonly concerns: number; readonly warnings: number }>;
}

/** Adjustments and monitoring records per county and in all, within the units given. */
export async function cadreCountsQuery(db: ReadModelReader, within: readonly string[]): Promise<CadreCounts> {
  const rows: { county_id: string; name: string | null; adjustments: string; concerns: string; warnings: string }[] = await db.query(
    `SELECT r.county_id, u.name,
            count(*) FILTER (WHERE r.kind = 'adjustment') AS adjustments,
            count(*) FILTER (WHERE r.kind = 'concern') AS concerns,
            count(*) FILTER (WHERE r.kind = 'warning') AS warnings
       FROM ${CADRE_RECORDS_TABLE} r LEFT JOIN ${ORG_UNITS_TABLE} u ON u.unit_id = r.county_id
      WHERE r.unit_path @> $1::text[] AND r.county_id IS NOT NULL
      GROUP BY r.county_id, u.name ORDER BY r.county_id`,
    [[...within]],
  );
  const byCounty = rows.map((row) => ({ countyId: row.county_id, name: row.name, adjustments: Number(row.adjustments), concerns: Number(row.concerns), warnings: Number(row.warnings) }));
  const sum = (key: 'adjustments' | 'concerns' | 'warnings'): number => byCounty.reduce((total, row) => total + row[key], 0);
  return { adjustments: sum('adjustments'), concerns: sum('concerns'), warnings: sum('warnings'), byCounty };
}
