/** Quotes an SQL identifier (schema, table) for interpolation into DDL. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
