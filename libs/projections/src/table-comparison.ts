import { PoolClient } from 'pg';
import { quoteIdentifier } from './sql-names';

/** One table of a read model compared between two schemas (multiset of rows, all columns). */
export interface TableComparison {
  readonly table: string;
  readonly liveRows: number;
  readonly copyRows: number;
  /** Rows in the live table with no equal row in the copy (counted with multiplicity). */
  readonly onlyLive: number;
  readonly onlyCopy: number;
  readonly equal: boolean;
}

/**
 * Compares `tables` of two schemas row for row with EXCEPT ALL both ways. The tables were made by
 * the same migrations, so their columns line up; every column type needs an equality operator
 * (json does not have one; jsonb does).
 */
export async function compareTables(client: PoolClient, tables: readonly string[], live: string, copy: string): Promise<TableComparison[]> {
  const comparisons: TableComparison[] = [];
  for (const table of tables) {
    const a = `${quoteIdentifier(live)}.${quoteIdentifier(table)}`;
    const b = `${quoteIdentifier(copy)}.${quoteIdentifier(table)}`;
    const { rows } = await client.query<{ live_rows: string; copy_rows: string; only_live: string; only_copy: string }>(
      `SELECT (SELECT count(*) FROM ${a}) AS live_rows,
              (SELECT count(*) FROM ${b}) AS copy_rows,
              (SELECT count(*) FROM (SELECT * FROM ${a} EXCEPT ALL SELECT * FROM ${b}) d) AS only_live,
              (SELECT count(*) FROM (SELECT * FROM ${b} EXCEPT ALL SELECT * FROM ${a}) d) AS only_copy`,
    );
    const row = rows[0]!;
    const comparison = {
      table,
      liveRows: Number(row.live_rows),
      copyRows: Number(row.copy_rows),
      onlyLive: Number(row.only_live),
      onlyCopy: Number(row.only_copy),
    };
    comparisons.push({ ...comparison, equal: comparison.onlyLive === 0 && comparison.onlyCopy === 0 });
  }
  return comparisons;
}
