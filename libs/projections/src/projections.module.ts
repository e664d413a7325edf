import {
  BeforeApplicationShutdown,
  DynamicModule,
  Inject,
  Logger,
  Module,
  ModuleMetadata,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  Provider,
} from '@nestjs/common';
import { Database, DATABASE } from '@app/database';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { ProjectionDefinition } from './projection-definition';
import { ProjectionRuntime } from './projection-runtime';

export interface ProjectionsModuleOptions {
  readonly projections: readonly ProjectionDefinition[];
  /**
   * Whether this process runs the async projectors (default true). Inline projections always run:
   * they are part of every append.
   */
  readonly runAsyncProjectors?: boolean;
  /** When set, a failed async projector tries its event again after this many ms. */
  readonly retryDelayMs?: number;
  readonly pollIntervalMs?: number;
}

export interface ProjectionsModuleAsyncOptions {
  readonly imports?: ModuleMetadata['imports'];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly inject?: any[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly useFactory: (...args: any[]) => ProjectionsModuleOptions | Promise<ProjectionsModuleOptions>;
}

export const PROJECTIONS_OPTIONS = Symbol('PROJECTIONS_OPTIONS');
/** The read models' TypeORM DataSource (on the process's one pool), for query services. */
export const PROJECTIONS_DATA_SOURCE = Symbol('PROJECTIONS_DATA_SOURCE');

/**
 * Read models for a Nest app: at start-up it migrates them and hooks the inline ones into the
 * event store's appends; once the app has bootstrapped it starts the async projectors (when
 * enabled); before shutdown it stops them, ahead of the database pool closing. Inline projections
 * keep working while the app drains its requests (Nest closes the HTTP server after the
 * before-shutdown hooks).
 * Needs the global `DatabaseModule`/`EventStoreModule` (it injects `EVENT_STORE`).
 *
 *   ProjectionsModule.forRoot({ projections: [caseBoardProjection, rankingProjection] })
 *
 * Inject {@link ProjectionRuntime} for status, rebuild (admin endpoint, CLI) and metrics.
 */
@Module({})
export class ProjectionsModule implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(ProjectionsModule.name);

  constructor(
    @Inject(ProjectionRuntime) private readonly runtime: ProjectionRuntime,
    @Inject(PROJECTIONS_OPTIONS) private readonly options: ProjectionsModuleOptions,
  ) {}

  static forRoot(options: ProjectionsModuleOptions): DynamicModule {
    return ProjectionsModule.build([{ provide: PROJECTIONS_OPTIONS, useValue: options }], []);
  }

  static forRootAsync(options: ProjectionsModuleAsyncOptions): DynamicModule {
    return ProjectionsModule.build(
      [{ provide: PROJECTIONS_OPTIONS, inject: options.inject ?? [], useFactory: options.useFactory }],
      options.imports ?? [],
    );
  }

  private static build(optionsProviders: Provider[], imports: NonNullable<ModuleMetadata['imports']>): DynamicModule {
    const logger = new Logger('Projections');
    return {
      module: ProjectionsModule,
      global: true,
      imports,
      providers: [
        ...optionsProviders,
        {
          provide: ProjectionRuntime,
          inject: [EVENT_STORE, DATABASE, PROJECTIONS_OPTIONS],
          useFactory: (store: EventStore, database: Database, options: ProjectionsModuleOptions) =>
            ProjectionRuntime.create({
              store,
              pool: database.pool,
              projections: options.projections,
              retryDelayMs: options.retryDelayMs,
              pollIntervalMs: options.pollIntervalMs,
              logger,
            }),
        },
        { provide: PROJECTIONS_DATA_SOURCE, inject: [ProjectionRuntime], useFactory: (runtime: ProjectionRuntime) => runtime.dataSource },
      ],
      exports: [ProjectionRuntime, PROJECTIONS_DATA_SOURCE],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.runAsyncProjectors === false) return;
    await this.runtime.startAsyncProjectors();
    this.logger.log({ message: 'async projectors started', projections: this.runtime.projectionNames });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runtime.stopAsyncProjectors();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runtime.close();
  }
}
