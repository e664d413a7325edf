import { EntitySchema, EntitySchemaColumnOptions, ValueTransformer } from 'typeorm';
import { copyRows } from './copy-rows';
import { copyTargetOf } from './shared-pool-data-source';

/** The PostgreSQL column types read models use. */
export type ColumnType = 'text' | 'integer' | 'smallint' | 'bigint' | 'double precision' | 'boolean' | 'date' | 'timestamptz' | 'jsonb';

export interface ColumnDefinition {
  readonly type: ColumnType;
  /** The column's SQL name; the property's name when absent. */
  readonly name?: string;
  /** An array of `type` (`text[]`). */
  readonly array?: boolean;
  readonly nullable?: boolean;
  /** Part of the primary key (in the order the columns are listed). */
  readonly primary?: boolean;
  /** How TypeORM reads and writes the value, e.g. a bigint's text as a number. */
  readonly transformer?: ValueTransformer;
}

export interface IndexDefinition {
  readonly name: string;
  /**
   * What follows `ON <table>`: the method, the keys and any options or predicate, e.g.
   * `(status, case_id)`, `USING gin (unit_path) WITH (fastupdate = off)`, `(due_on) WHERE status <> 'closed'`.
   */
  readonly on: string;
  /**
   * Only queries look rows up through this index, never the read model's own writes (they find
   * rows by primary key, or not at all). A rebuild then builds it once, after the whole log is
   * applied to its copy, instead of keeping it up to date row by row; a live read model keeps
   * every index as usual.
   */
  readonly forQueriesOnly?: boolean;
}

const SQL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** A read-model table as it is described once: its rows' properties, each with its column. */
export interface TableDescription<Row> {
  /** The unqualified table name: the projection runtime decides the schema (live, or a rebuild's copy). */
  readonly name: string;
  /** The TypeORM entity name, unique within a DataSource. */
  readonly entityName: string;
  readonly columns: { readonly [Property in keyof Row]-?: ColumnDefinition };
  readonly indexes?: readonly IndexDefinition[];
}

/** A column as the table uses it: the row property, the SQL name and type. */
export interface TableColumn {
  readonly property: string;
  readonly name: string;
  /** The SQL type, `[]` included for an array. */
  readonly sqlType: string;
  readonly nullable: boolean;
  readonly primary: boolean;
}

/** Anything that runs SQL with parameters: a TypeORM manager, a `pg` client or pool. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * What a write does with a row whose primary key is taken already:
 * - `update`: the incoming values replace the stored ones;
 * - `fill`: an incoming value replaces the stored one unless it is null (columns each set by
 *   some event, arriving in any order);
 * - `ignore`: the stored row stays as it is (facts keyed by their event).
 */
export type ConflictRule = 'update' | 'fill' | 'ignore';

export interface UpsertOptions<Row, Computed extends keyof Row> {
  /** Default `update`. */
  readonly onConflict?: ConflictRule;
  /** The columns a conflict changes (default: every column outside the primary key). */
  readonly update?: readonly (keyof Row)[];
  /**
   * SQL for a column's value on conflict, in place of the rule's: `existing` is the stored row,
   * `EXCLUDED` the incoming one (e.g. `existing.event_count + EXCLUDED.event_count`).
   */
  readonly set?: { readonly [Property in keyof Row]?: string };
  /** Changes the stored row only when this holds (SQL over `existing` and `EXCLUDED`). */
  readonly where?: string;
  /** Columns whose value SQL computes from the incoming row (alias `incoming`) instead of the caller. */
  readonly computed?: { readonly [Property in Computed]: string };
}

/**
 * Fewest rows an insert of new rows writes with COPY where it may (see {@link TableUpsert.run}):
 * COPY takes a round trip more than the INSERT, which pays off only on a batch's worth of rows.
 */
const COPY_FROM_ROWS = 100;

/** One INSERT (… ON CONFLICT) statement of a table, taking its rows as one JSON parameter. */
export class TableUpsert<Row, Computed extends keyof Row = never> {
  constructor(
    readonly sql: string,
    private readonly given: readonly TableColumn[],
    /** For a plain insert of new rows (`ReadModelTable.insert`): the table, which COPY may write instead. */
    private readonly copyInto?: string,
  ) {}

  /** The statement's parameters for `rows`. */
  parameters(rows: readonly Omit<Row, Computed>[]): unknown[] {
    // Plain loops: a rebuild writes hundreds of thousands of rows through here.
    const records = new Array<Record<string, unknown>>(rows.length);
    for (let index = 0; index < rows.length; index++) {
      const values = rows[index] as Record<string, unknown>;
      const record: Record<string, unknown> = {};
      for (const column of this.given) record[column.name] = values[column.property] ?? null;
      records[index] = record;
    }
    return [JSON.stringify(records)];
  }

  /**
   * Writes `rows` in one statement (none when there are none). A plain insert of many new rows
   * through a manager that allows it (a rebuild's, on a server) is one COPY instead, which stores
   * the same values.
   */
  async run(db: Queryable, rows: readonly Omit<Row, Computed>[]): Promise<void> {
    if (rows.length === 0) return;
    const copyTarget = this.copyInto !== undefined && rows.length >= COPY_FROM_ROWS ? copyTargetOf(db) : undefined;
    if (copyTarget !== undefined) return copyRows(copyTarget, this.copyInto!, this.given, rows as readonly Record<string, unknown>[]);
    await db.query(this.sql, this.parameters(rows));
  }
}

/**
 * A read-model table described once. The TypeORM entity, the DDL that creates it (see
 * `createTables` in read-model-migrations.ts) and the column lists of its writes all come from
 * this one description, so they cannot drift apart.
 */
export class ReadModelTable<Row> {
  readonly name: string;
  readonly columns: readonly TableColumn[];
  readonly primaryKey: readonly string[];
  readonly indexes: readonly IndexDefinition[];
  readonly entity: EntitySchema<Row>;

  constructor(description: TableDescription<Row>) {
    // Names go into SQL as they are: plain lower-case identifiers need no quoting.
    for (const name of [description.name, ...Object.values<ColumnDefinition>(description.columns).map((column) => column.name ?? '')]) {
      if (name !== '' && !SQL_NAME.test(name)) throw new Error(`"${name}" is not a plain lower-case SQL name (table ${description.name})`);
    }
    this.name = description.name;
    this.indexes = description.indexes ?? [];
    const described = Object.entries(description.columns) as [string, ColumnDefinition][];
    this.columns = described.map(([property, column]) => ({
      property,
      name: column.name ?? property,
      sqlType: `${column.type}${column.array === true ? '[]' : ''}`,
      nullable: column.nullable === true,
      primary: column.primary === true,
    }));
    this.primaryKey = this.columns.filter((column) => column.primary).map((column) => column.name);
    if (this.primaryKey.length === 0) throw new Error(`table ${this.name} has no primary key`);
    this.entity = new EntitySchema<Row>({
      name: description.entityName,
      tableName: description.name,
      columns: Object.fromEntries(described.map(([property, column]) => [property, entityColumn(property, column)])) as never,
    });
  }

  /** The SQL name of a property's column. */
  column(property: keyof Row): string {
    const found = this.columns.find((column) => column.property === property);
    if (found === undefined) throw new Error(`table ${this.name} has no column for ${String(property)}`);
    return found.name;
  }

  /** CREATE TABLE and CREATE INDEX statements, with unqualified names. */
  createStatements(): string[] {
    const lines = this.columns.map((column) => `  ${column.name} ${column.sqlType}${column.nullable || column.primary ? '' : ' NOT NULL'}`);
    lines.push(`  PRIMARY KEY (${this.primaryKey.join(', ')})`);
    return [
      `CREATE TABLE ${this.name} (\n${lines.join(',\n')}\n)`,
      ...this.indexes.map((index) => `CREATE INDEX ${index.name} ON ${this.name} ${index.on}`),
    ];
  }

  /**
   * An upsert of whole rows: `INSERT INTO <table> AS existing (<every column>) SELECT … FROM
   * json[b]_to_recordset($1) AS incoming(<each given column and its type>) ON CONFLICT (<key>) …`.
   */
  upsert<Computed extends keyof Row = never>(options: UpsertOptions<Row, Computed> = {}): TableUpsert<Row, Computed> {
    const computed = (options.computed ?? {}) as Record<string, string>;
    const given = this.columns.filter((column) => computed[column.property] === undefined);
    const values = this.columns.map((column) => computed[column.property] ?? `incoming.${column.name}`);
    const sql = [
      `INSERT INTO ${this.name} AS existing (${this.columns.map((column) => column.name).join(', ')})`,
      `SELECT ${values.join(', ')}`,
      `  FROM ${this.recordset()} AS incoming(${given.map((column) => `${column.name} ${column.sqlType}`).join(', ')})`,
      this.onConflict(options),
    ].join('\n');
    return new TableUpsert<Row, Computed>(sql, given);
  }

  /**
   * An INSERT of rows that must be new: a key taken already fails the statement. For writes that
   * cannot meet their row twice, such as a rebuild's (each event is applied once into an empty
   * copy), where an upsert's conflict check is work for nothing.
   */
  insert(): TableUpsert<Row> {
    const sql = [
      `INSERT INTO ${this.name} (${this.columns.map((column) => column.name).join(', ')})`,
      `SELECT ${this.columns.map((column) => `incoming.${column.name}`).join(', ')}`,
      `  FROM ${this.recordset()} AS incoming(${this.columns.map((column) => `${column.name} ${column.sqlType}`).join(', ')})`,
    ].join('\n');
    return new TableUpsert<Row>(sql, this.columns, this.name);
  }

  /**
   * The rows parameter as a record set. Without jsonb columns the parameter is read as `json`,
   * which PostgreSQL only checks where `jsonb` would build a binary copy of it first (a good part
   * of a flat row's insert); with them, as `jsonb`, so the documents are not parsed twice.
   */
  private recordset(): string {
    return this.columns.some((column) => column.sqlType.startsWith('jsonb')) ? 'jsonb_to_recordset($1::jsonb)' : 'json_to_recordset($1::json)';
  }

  private onConflict<Computed extends keyof Row>(options: UpsertOptions<Row, Computed>): string {
    const target = `ON CONFLICT (${this.primaryKey.join(', ')})`;
    const rule = options.onConflict ?? 'update';
    if (rule === 'ignore') return `${target} DO NOTHING`;
    const set = (options.set ?? {}) as Record<string, string>;
    const updated = options.update === undefined ? this.columns.filter((column) => !column.primary) : options.update.map((property) => this.columnOf(property));
    const assignments = updated.map((column) => {
      const value = set[column.property] ?? (rule === 'fill' ? `COALESCE(EXCLUDED.${column.name}, existing.${column.name})` : `EXCLUDED.${column.name}`);
      return `${column.name} = ${value}`;
    });
    return `${target} DO UPDATE SET\n  ${assignments.join(',\n  ')}${options.where === undefined ? '' : `\n  WHERE ${options.where}`}`;
  }

  private columnOf(property: keyof Row): TableColumn {
    const name = this.column(property);
    return this.columns.find((column) => column.name === name)!;
  }
}

/** Describes a read-model table once; see {@link ReadModelTable}. */
export function defineTable<Row>(description: TableDescription<Row>): ReadModelTable<Row> {
  return new ReadModelTable(description);
}

function entityColumn(property: string, column: ColumnDefinition): EntitySchemaColumnOptions {
  return {
    name: column.name ?? property,
    type: column.type,
    ...(column.array === true ? { array: true } : {}),
    ...(column.nullable === true ? { nullable: true } : {}),
    ...(column.primary === true ? { primary: true } : {}),
    ...(column.transformer === undefined ? {} : { transformer: column.transformer }),
  };
}
