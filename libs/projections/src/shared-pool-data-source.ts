import { Pool, PoolClient } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import type { ReadModelEntity } from './projection-definition';

/**
 * A TypeORM DataSource that has no pool of its own: every connection it takes comes from the
 * process's one `pg` Pool. On the embedded database that pool holds the single PGlite session,
 * so TypeORM queries queue behind the event store's instead of interleaving with its
 * transactions; on a server the pool limit covers both.
 *
 * TypeORM's postgres driver builds its pool with `new options.driver.Pool(...)`; the `driver`
 * given here is a stand-in module whose `Pool` hands back a facade over ours. Ending the
 * DataSource does not end the shared pool: its owner (the Database) does that.
 */
export function createSharedPoolDataSource(pool: Pool, entities: readonly ReadModelEntity[]): DataSource {
  const facade = sharedPoolFacade(pool);
  const driverModule = {
    // Called with `new`: returning an object from a constructor makes it the result.
    Pool: function SharedPool() {
      return facade;
    },
  };
  return new DataSource({
    type: 'postgres',
    driver: driverModule,
    entities: [...entities],
    synchronize: false,
    migrationsRun: false,
    // The runtime runs read-model migrations itself (see read-model-migrations.ts).
    migrations: [],
    installExtensions: false,
  });
}

function sharedPoolFacade(pool: Pool) {
  return {
    connect(callback?: (error: Error | undefined, client?: PoolClient, release?: (error?: Error) => void) => void) {
      if (callback === undefined) return pool.connect();
      pool.connect((error, client, release) => callback(error ?? undefined, client, release));
      return undefined;
    },
    query: pool.query.bind(pool),
    on: () => undefined, // the owner of the pool handles its errors
    end: (callback?: (error?: Error) => void) => {
      callback?.();
      return Promise.resolve();
    },
  };
}

/**
 * A query runner on a connection someone else holds, inside a transaction someone else opened
 * (the event store's append, or the projection runtime's batch). TypeORM sees a transaction
 * already active, so `save` and friends do not open their own, and a nested
 * `manager.transaction` becomes a savepoint; releasing it leaves the connection with its owner.
 */
class BorrowedClientQueryRunner extends PostgresQueryRunner {
  constructor(
    driver: PostgresDriver,
    readonly client: PoolClient,
    /** Whether inserts of new rows may use COPY on this connection (see `copyTargetOf`). */
    readonly copyRows: boolean,
  ) {
    super(driver, 'master');
    this.databaseConnection = client;
    this.isTransactionActive = true;
    this.transactionDepth = 1;
  }

  override async release(): Promise<void> {
    this.isReleased = true;
  }
}

/**
 * An EntityManager whose every query runs on `client`, within the transaction it has open. With
 * `copyRows`, inserts of many new rows through it (`ReadModelTable.insert`) may use COPY: for a
 * rebuild on a server (the embedded database does not take COPY … FROM STDIN).
 */
export function entityManagerOn(dataSource: DataSource, client: PoolClient, options: { readonly copyRows?: boolean } = {}): EntityManager {
  const runner = new BorrowedClientQueryRunner(dataSource.driver as PostgresDriver, client, options.copyRows === true);
  const manager = dataSource.createEntityManager(runner);
  Object.assign(runner, { manager });
  return manager;
}

/** The connection under a manager made by {@link entityManagerOn} with `copyRows`; undefined for anything else. */
export function copyTargetOf(db: unknown): PoolClient | undefined {
  const runner = (db as { queryRunner?: unknown } | null)?.queryRunner;
  return runner instanceof BorrowedClientQueryRunner && runner.copyRows ? runner.client : undefined;
}
