import { migrate, preparedStatement } from '@app/database';
import { EventStore } from '@app/event-store';
import { Pool, QueryConfig } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { AsyncProjector, ProjectorLogger } from './async-projector';
import { CheckpointStore } from './checkpoint-store';
import { InlineProjections } from './inline-projections';
import { KafkaProjector } from './kafka-projector';
import { ProjectionDefinition, validateDefinitions } from './projection-definition';
import { BuiltCopy, dropSchema, ProjectionRebuild, RebuildOptions, RebuildReport } from './projection-rebuild';
import { ProjectionStatus, RebuildProgress } from './projection-status';
import { PROJECTION_RUNTIME_MIGRATIONS } from './projections.schema';
import { migrateReadModel } from './read-model-migrations';
import { createSharedPoolDataSource } from './shared-pool-data-source';
import { TableComparison } from './table-comparison';

export interface ProjectionRuntimeOptions {
  readonly store: EventStore;
  /** The event store's database, where the read models live (inline ones commit with the appends). */
  readonly pool: Pool;
  readonly projections: readonly ProjectionDefinition[];
  /** How often an idle async projector looks for new events when no wake-up came (ms). */
  readonly pollIntervalMs?: number;
  /** When set, a failed async projector tries its event again after this many ms. */
  readonly retryDelayMs?: number;
  /** The clock for error times and lag; tests pass a settable one. */
  readonly now?: () => Date;
  readonly logger?: ProjectorLogger;
}

export class UnknownProjectionError extends Error {
  constructor(readonly projection: string) {
    super(`no projection named ${projection} is registered`);
    this.name = 'UnknownProjectionError';
  }
}

export class RebuildInProgressError extends Error {
  constructor(readonly projection: string) {
    super(`projection ${projection} is being rebuilt already`);
    this.name = 'RebuildInProgressError';
  }
}

const SILENT: ProjectorLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Runs a set of read models over the event store: migrates their tables, keeps inline ones up to
 * date inside appends, runs async projectors, rebuilds any of them from zero, and reports their
 * status. The plain API behind `ProjectionsModule`; tests and benchmarks use it directly:
 *
 *   const runtime = await ProjectionRuntime.create({ store, projections: [caseBoard, ranking] });
 *   await runtime.startAsyncProjectors();
 *   await runtime.rebuild('case-board', { onProgress: (p) => log(p.eventsApplied, p.headPosition) });
 *   await runtime.close();
 */
export class ProjectionRuntime {
  readonly dataSource: DataSource;
  /**
   * The read models for the questions asked again and again (boards, lists, chains): each
   * statement is prepared once per connection on a server (see preparedStatement), so its texts
   * must be a bounded set, values in parameters. Rows come back as from `dataSource.query`.
   */
  readonly reader: Pick<EntityManager, 'query'> = {
    query: async <T>(sql: string, parameters?: unknown[]): Promise<T> => (await this.options.pool.query(this.statement(sql, parameters ?? []))).rows as T,
  };
  private readonly checkpoints: CheckpointStore;
  private readonly inline: InlineProjections;
  private readonly projectors = new Map<string, AsyncProjector>();
  private readonly definitions = new Map<string, ProjectionDefinition>();
  private readonly rebuilds = new Map<string, ProjectionRebuild>();
  private readonly lastRebuild = new Map<string, RebuildProgress>();
  private readonly now: () => Date;
  private readonly logger: ProjectorLogger;
  private liveSchema = 'public';
  /** A PostgreSQL server (not the embedded database): rebuilds write with COPY, reads are prepared. */
  private onServer = false;
  private initialized = false;
  private readonly migrated = new Map<string, readonly string[]>();

  constructor(private readonly options: ProjectionRuntimeOptions) {
    validateDefinitions(options.projections);
    this.now = options.now ?? (() => new Date());
    this.logger = options.logger ?? SILENT;
    const pool = options.pool;
    this.dataSource = createSharedPoolDataSource(
      pool,
      options.projections.flatMap((p) => p.entities),
    );
    this.checkpoints = new CheckpointStore(pool);
    this.inline = new InlineProjections(
      options.projections.filter((p) => p.kind === 'inline'),
      this.dataSource,
      this.now,
    );
    for (const definition of options.projections) {
      this.definitions.set(definition.name, definition);
      if (definition.kind === 'async') {
        this.projectors.set(
          definition.name,
          new AsyncProjector(definition, options.store, options.pool, this.dataSource, this.checkpoints, {
            pollIntervalMs: options.pollIntervalMs,
            retryDelayMs: options.retryDelayMs,
            now: this.now,
            logger: this.logger,
          }),
        );
      }
    }
  }

  /** The database's pool the read models live in (the one it was given). */
  get pool(): Pool {
    return this.options.pool;
  }

  /**
   * A read-model query as this runtime sends it: prepared once per connection on a server (see
   * preparedStatement), plain on the embedded database. Known once the runtime is initialised.
   */
  statement(text: string, values: readonly unknown[]): QueryConfig {
    return this.onServer ? preparedStatement(text, values) : { text, values: [...values] };
  }

  /** Constructs and initializes (see {@link initialize}). */
  static async create(options: ProjectionRuntimeOptions): Promise<ProjectionRuntime> {
    const runtime = new ProjectionRuntime(options);
    await runtime.initialize();
    return runtime;
  }

  get projectionNames(): string[] {
    return [...this.definitions.keys()];
  }

  /** The migrations {@link initialize} applied, by read model (empty lists when all were up to date). */
  get migrationsApplied(): ReadonlyMap<string, readonly string[]> {
    return this.migrated;
  }

  /**
   * Migrates the runtime's tables and every read model's (through the one migration runner,
   * never `synchronize`), registers the inline projections' append hook, and builds from the log
   * any inline projection that was never built (one added to a system that has events already, or
   * whose tables a migration recreated). Async projectors are not started: see
   * {@link startAsyncProjectors}; one whose tables were recreated starts from the log's beginning.
   */
  async initialize(): Promise<void> {
    if (this.initialized) return;
    const pool = this.options.pool;
    await migrate(pool, 'projections', PROJECTION_RUNTIME_MIGRATIONS);
    if (!this.dataSource.isInitialized) await this.dataSource.initialize();
    const { rows } = await pool.query<{ schema: string; version: string }>('SELECT current_schema() AS schema, version() AS version');
    this.liveSchema = rows[0]!.schema;
    this.onServer = !rows[0]!.version.includes('PGlite');
    for (const definition of this.definitions.values()) {
      const applied = await migrateReadModel(pool, this.dataSource, definition);
      this.migrated.set(definition.name, applied);
      if (applied.length > 0) this.logger.log({ message: 'read model migrated', projection: definition.name, migrations: applied });
      await this.checkpoints.ensure(definition.name, definition.kind);
    }
    this.options.store.addAppendHook(this.inline.hook);
    this.initialized = true;
    for (const definition of this.definitions.values()) {
      if (definition.kind !== 'inline' || (await this.checkpoints.load(definition.name)).built) continue;
      this.logger.log({ message: 'building inline projection from the log', projection: definition.name });
      await this.rebuild(definition.name);
    }
  }

  async startAsyncProjectors(): Promise<void> {
    for (const name of this.projectors.keys()) await this.start(name);
  }

  /** Starts (or, when failed, restarts) an async projector from its stored checkpoint. */
  async start(name: string): Promise<void> {
    this.assertInitialized();
    await this.projector(name).start();
  }

  async stop(name: string): Promise<void> {
    await this.projector(name).stop();
  }

  /** Stops and starts again: after a fix, a failed projector resumes from the event it stopped at. */
  async restart(name: string): Promise<void> {
    const projector = this.projector(name);
    await projector.stop();
    await projector.start();
  }

  async stopAsyncProjectors(): Promise<void> {
    await Promise.all([...this.projectors.values()].map((projector) => projector.stop()));
  }

  /**
   * Stops the projectors and lets go of TypeORM's driver (the shared pool stays with its owner).
   * Inline projections go on working in appends (see {@link InlineProjections}).
   */
  async close(): Promise<void> {
    await this.stopAsyncProjectors();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }

  /**
   * The async projections fed from Kafka instead of followed here (the distributed setup): their
   * offset guards' table is created, and the projectors of this runtime must stay stopped.
   */
  async kafkaProjector(): Promise<KafkaProjector> {
    this.assertInitialized();
    const projector = new KafkaProjector({
      pool: this.options.pool,
      dataSource: this.dataSource,
      definitions: [...this.definitions.values()],
      now: this.now,
      logger: this.logger,
    });
    await projector.initialize();
    return projector;
  }

  /** Resolves once the async projector has applied everything committed before the call. */
  async caughtUp(name: string): Promise<void> {
    await this.projector(name).caughtUp();
  }

  async status(): Promise<ProjectionStatus[]> {
    return Promise.all([...this.definitions.keys()].map((name) => this.statusOf(name)));
  }

  async statusOf(name: string): Promise<ProjectionStatus> {
    const definition = this.definition(name);
    const rebuild = this.rebuilds.get(name)?.current ?? this.lastRebuild.get(name) ?? null;
    const rebuilding = this.rebuilds.has(name);
    if (definition.kind === 'inline') {
      return {
        name,
        kind: 'inline',
        state: rebuilding ? 'rebuilding' : 'running',
        checkpoint: null,
        lagEvents: 0,
        lagSeconds: 0,
        lastError: this.inline.lastError(name),
        rebuild,
      };
    }
    const projector = this.projector(name);
    const stored = await this.checkpoints.load(name);
    const lag = await this.checkpoints.lag(definition, stored.checkpoint);
    const lagSeconds = lag.oldest === null ? 0 : Math.max(0, (this.now().getTime() - lag.oldest.getTime()) / 1000);
    return {
      name,
      kind: 'async',
      state: rebuilding ? 'rebuilding' : projector.state,
      checkpoint: stored.checkpoint,
      lagEvents: lag.events,
      lagSeconds,
      lastError: projector.lastError ?? stored.lastError,
      rebuild,
    };
  }

  /**
   * Rebuilds a read model from zero beside the live tables and swaps the copy in (see
   * {@link ProjectionRebuild}); reads and appends go on meanwhile. For the CLI and the admin
   * endpoint: `onProgress` reports events applied against the head of the log, and the current
   * progress is also in `status()` while it runs.
   */
  async rebuild(name: string, options: RebuildOptions = {}): Promise<RebuildReport> {
    const rebuild = this.beginRebuild(name, options);
    let failure: unknown;
    try {
      const report = await rebuild.run();
      // The live projector would find its checkpoint moved on its next batch and carry on from the
      // copy's; restarting it now saves that round (and lets a failed one try the rebuilt code).
      const projector = this.projectors.get(name);
      if (projector !== undefined && projector.state !== 'stopped') await this.restart(name);
      this.logger.log({ message: 'projection rebuilt', projection: name, events: report.eventsApplied, seconds: report.seconds });
      return report;
    } catch (error) {
      failure = error;
      this.logger.error({ message: 'projection rebuild failed', projection: name, error: String(error) });
      throw error;
    } finally {
      this.endRebuild(name, rebuild, failure);
    }
  }

  /**
   * Starts a rebuild in the background and returns its first progress report at once (for an
   * admin endpoint answering 202); follow it with `statusOf(name).rebuild`, which ends in phase
   * `done` or `failed` (with the error). Throws at once if one is running already.
   */
  startRebuild(name: string): RebuildProgress {
    this.assertInitialized();
    this.definition(name);
    if (this.rebuilds.has(name)) throw new RebuildInProgressError(name);
    const running = this.rebuild(name).catch(() => undefined); // the outcome is in the status
    void running;
    return this.rebuilds.get(name)!.current;
  }

  /**
   * Builds a copy from zero and compares it with the live tables row for row, then drops it.
   * An async projector is stopped meanwhile (so that both are at the same checkpoint) and
   * restarted after, if it was running.
   */
  async compareWithLive(name: string): Promise<TableComparison[]> {
    const definition = this.definition(name);
    const rebuild = this.beginRebuild(name, {});
    const projector = this.projectors.get(name);
    const wasRunning = projector?.state === 'running';
    let copy: BuiltCopy | undefined;
    try {
      if (projector !== undefined) await projector.stop();
      const upTo = definition.kind === 'async' ? (await this.checkpoints.load(name)).checkpoint : undefined;
      copy = await rebuild.buildBeside(upTo);
      return await rebuild.compare(copy);
    } finally {
      if (copy !== undefined) await dropSchema(this.options.pool, copy.schema);
      this.endRebuild(name, rebuild);
      if (wasRunning) await projector!.start();
    }
  }

  private beginRebuild(name: string, options: RebuildOptions): ProjectionRebuild {
    this.assertInitialized();
    const definition = this.definition(name);
    if (this.rebuilds.has(name)) throw new RebuildInProgressError(name);
    const rebuild = new ProjectionRebuild(
      {
        store: this.options.store,
        pool: this.options.pool,
        dataSource: this.dataSource,
        checkpoints: this.checkpoints,
        definition,
        liveSchema: this.liveSchema,
        copyRows: this.onServer,
        now: this.now,
      },
      options,
    );
    this.rebuilds.set(name, rebuild);
    return rebuild;
  }

  private endRebuild(name: string, rebuild: ProjectionRebuild, failure?: unknown): void {
    this.rebuilds.delete(name);
    const last = rebuild.current;
    this.lastRebuild.set(
      name,
      failure === undefined ? last : { ...last, phase: 'failed', error: failure instanceof Error ? failure.message : String(failure) },
    );
  }

  private definition(name: string): ProjectionDefinition {
    const definition = this.definitions.get(name);
    if (definition === undefined) throw new UnknownProjectionError(name);
    return definition;
  }

  private projector(name: string): AsyncProjector {
    const projector = this.projectors.get(name);
    if (projector === undefined) {
      this.definition(name);
      throw new Error(`projection ${name} is inline: it has no projector to start or stop`);
    }
    return projector;
  }

  private assertInitialized(): void {
    if (!this.initialized) throw new Error('the projection runtime is not initialized: call initialize() first');
  }
}
