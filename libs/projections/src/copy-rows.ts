import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { TableColumn } from './read-model-table';

/*
 * Rows written with COPY … FROM STDIN (text format) instead of one INSERT over a JSON record set:
 * a rebuild inserts hundreds of thousands of rows into an empty copy, and COPY spares the server
 * parsing each row as JSON (about a fifth of a rebuild of the village indicators at 1M events).
 * Each value is written as the JSON path would have stored it: `null`/`undefined` (and numbers
 * that JSON has no notation for, and a jsonb value that is JSON null) as NULL, a jsonb column's
 * value as its JSON, an array column's as an array literal, a Date as its ISO instant, a boolean
 * as true/false, anything else as its text.
 */

/** Backslash, tab, newline and carriage return escaped as COPY's text format reads them. */
function copyText(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (ch) => (ch === '\\' ? '\\\\' : ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : '\\r'));
}

/** A scalar as the text PostgreSQL reads for it, or null. */
function scalarText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

/** An array literal: every element double-quoted (so no element text is read as NULL or split), NULL for null. */
function arrayLiteral(values: readonly unknown[]): string {
  const elements = values.map((value) => {
    const text = scalarText(value);
    return text === null ? 'NULL' : `"${text.replace(/["\\]/g, (ch) => `\\${ch}`)}"`;
  });
  return `{${elements.join(',')}}`;
}

/** One field of a COPY text line for `column`. */
export function copyField(value: unknown, column: Pick<TableColumn, 'sqlType'>): string {
  if (value === null || value === undefined) return '\\N';
  let text: string | null;
  if (column.sqlType.startsWith('jsonb')) {
    const json = JSON.stringify(value) as string | undefined;
    text = json === undefined || json === 'null' ? null : json;
  } else if (column.sqlType.endsWith('[]') && Array.isArray(value)) text = arrayLiteral(value);
  else text = scalarText(value);
  return text === null ? '\\N' : copyText(text);
}

/** The COPY text of `rows`, one line each, the columns in `columns`' order. */
export function copyLines(rows: readonly Record<string, unknown>[], columns: readonly TableColumn[]): string {
  let text = '';
  for (const row of rows) {
    let line = '';
    for (let index = 0; index < columns.length; index++) {
      if (index > 0) line += '\t';
      line += copyField(row[columns[index]!.property], columns[index]!);
    }
    text += `${line}\n`;
  }
  return text;
}

/** Writes `rows` into `table` with one COPY on `client` (in its open transaction, if any). */
export async function copyRows(client: PoolClient, table: string, columns: readonly TableColumn[], rows: readonly Record<string, unknown>[]): Promise<void> {
  const text = copyLines(rows, columns);
  await new Promise<void>((resolve, reject) => {
    const stream = client.query(copyFrom(`COPY ${table} (${columns.map((column) => column.name).join(', ')}) FROM STDIN`));
    stream.on('error', reject);
    stream.on('finish', () => resolve());
    stream.end(text);
  });
}
