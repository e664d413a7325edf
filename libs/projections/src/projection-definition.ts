import type { RecordedEvent } from '@app/event-store';
import type { EntityManager, EntitySchema, MigrationInterface } from 'typeorm';

/**
 * How a read model keeps up with the log:
 * - `inline`: applied inside the append's transaction, so a reader never sees the events without
 *   their effect (and a failing projection refuses the append);
 * - `async`: applied afterwards by a projector following the log, which stores its checkpoint in
 *   the same transaction as its writes.
 */
export type ProjectionKind = 'inline' | 'async';

/** What a projection's `apply` writes through. */
export interface ProjectionContext {
  /**
   * A TypeORM manager on the projection's open transaction. Its queries use unqualified table
   * names, which the runtime points at the live tables or, during a rebuild, at the copy being
   * built beside them.
   */
  readonly manager: EntityManager;
  /**
   * `live` for appends and projectors; `rebuild` while building from zero, where the tables start
   * empty and each event is applied once (a write may then insert where live ones upsert).
   */
  readonly mode: 'live' | 'rebuild';
}

/** An entity of a read model: a decorated class or an `EntitySchema`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ReadModelEntity = Function | EntitySchema;

/** A TypeORM migration, as an instance or as a class with a no-argument constructor. */
export type ReadModelMigration = MigrationInterface | (new () => MigrationInterface);

export interface ProjectionDefinition {
  /** Unique and stable: it keys the checkpoint, the migration ledger and the metrics. */
  readonly name: string;
  readonly kind: ProjectionKind;
  /** The TypeORM entities of the read model (for repositories and the query builder). */
  readonly entities: readonly ReadModelEntity[];
  /**
   * The migrations that create and change the read model's tables, in order: versions 1, 2, 3…
   * of the component `read-model:<name>` of the one migration runner (`schema_migrations`).
   * Written from the tables' descriptions with `createTables` and `recreateTables` (a new shape:
   * the tables are made afresh and the read model rebuilt from the log), or by hand as TypeORM
   * migrations. They must use unqualified names (no schema prefix): a rebuild runs them all again
   * into a fresh schema.
   */
  readonly migrations: readonly ReadModelMigration[];
  /** Only events of these types are applied (all when absent). */
  readonly types?: readonly string[];
  /** Only events of these stream categories are applied (all when absent). */
  readonly categories?: readonly string[];
  /** Events per transaction for an async projector (default 500) and for a rebuild (default 2000). */
  readonly batchSize?: number;
  readonly rebuildBatchSize?: number;
  /**
   * Applies events, in subscription order, inside the caller's transaction. It must depend on
   * the events only (no clock, no random ids), so that a rebuild comes out identical to the live
   * tables. Events of one stream may arrive out of version order when appends to it ran inside
   * callers' transactions; a read model that keeps "the latest" should compare versions.
   */
  apply(events: readonly RecordedEvent[], context: ProjectionContext): Promise<void>;
}

/** Identity function that keeps the definition's literal types (and checks its shape). */
export function defineProjection<T extends ProjectionDefinition>(definition: T): T {
  return definition;
}

export type EventHandler = (event: RecordedEvent, context: ProjectionContext) => Promise<void>;

/**
 * An `apply` that handles one event at a time by type; types without a handler are ignored.
 * Convenient for small read models; a busy one should write a batch at a time instead.
 */
export function applyEachEvent(handlers: Readonly<Record<string, EventHandler>>): ProjectionDefinition['apply'] {
  return async (events, context) => {
    for (const event of events) {
      const handler = handlers[event.type];
      if (handler !== undefined) await handler(event, context);
    }
  };
}

/** Whether `event` passes the definition's type and category filters. */
export function isProjected(definition: Pick<ProjectionDefinition, 'types' | 'categories'>, event: RecordedEvent): boolean {
  if (definition.types !== undefined && !definition.types.includes(event.type)) return false;
  if (definition.categories !== undefined && !definition.categories.includes(event.category)) return false;
  return true;
}

const NAME = /^[a-z][a-z0-9-]{0,47}$/;

/** Checks a set of definitions before the runtime uses them; throws naming every problem. */
export function validateDefinitions(definitions: readonly ProjectionDefinition[]): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const definition of definitions) {
    if (!NAME.test(definition.name)) {
      problems.push(`projection name "${definition.name}" must be lower-case letters, digits and dashes (at most 48)`);
    }
    if (seen.has(definition.name)) problems.push(`projection "${definition.name}" is registered twice`);
    seen.add(definition.name);
    if (definition.kind !== 'inline' && definition.kind !== 'async') {
      problems.push(`projection "${definition.name}": kind must be "inline" or "async"`);
    }
    if (definition.migrations.length === 0) problems.push(`projection "${definition.name}" has no migrations`);
    const names = definition.migrations.map(migrationName);
    if (new Set(names).size !== names.length) problems.push(`projection "${definition.name}" has two migrations with the same name`);
  }
  if (problems.length > 0) throw new Error(`Invalid projection definitions:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

export function migrationInstance(migration: ReadModelMigration): MigrationInterface {
  return typeof migration === 'function' ? new migration() : migration;
}

/** The ledger key of a migration: its `name`, else its class name. */
export function migrationName(migration: ReadModelMigration): string {
  const instance = migrationInstance(migration);
  return instance.name ?? instance.constructor.name;
}
