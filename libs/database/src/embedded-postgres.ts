import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataFolder } from './data-folder-lock';

/**
 * PostgreSQL compiled to WASM (PGlite), served on a Unix socket so that `pg` (and later TypeORM)
 * connect to it exactly as to a server. PGlite is one backend session: every connection shares it,
 * so callers must keep to one connection at a time (see {@link createDatabase}).
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly socketDir: string,
    private readonly releaseFolder: () => void,
  ) {}

  /**
   * `dataDir` undefined keeps everything in memory (tests). A data folder is owned by one process
   * at a time: a second one is refused with DataFolderInUse naming the owner's pid.
   */
  static async start(dataDir?: string): Promise<EmbeddedPostgres> {
    let db: PGlite;
    let releaseFolder = (): void => undefined;
    if (dataDir === undefined) {
      db = await PGlite.create();
    } else {
      releaseFolder = lockDataFolder(dataDir);
      const path = resolve(dataDir, 'pglite');
      mkdirSync(path, { recursive: true });
      try {
        db = await PGlite.create(path);
      } catch (error) {
        releaseFolder();
        throw error;
      }
    }
    // Socket paths are limited to ~107 bytes, so the socket lives in a short temporary folder.
    const socketDir = mkdtempSync(join(tmpdir(), 'sup-pg-'));
    const server = new PGLiteSocketServer({
      db,
      path: join(socketDir, `.s.PGSQL.${EmbeddedPostgres.port}`),
      maxConnections: 4,
    });
    await server.start();
    return new EmbeddedPostgres(db, server, socketDir, releaseFolder);
  }

  /** The port number only names the socket file; nothing listens on TCP. */
  static readonly port = 5432;

  /** Connection settings for `pg`: the socket folder as host. */
  get connection(): { host: string; port: number; user: string; database: string } {
    return { host: this.socketDir, port: EmbeddedPostgres.port, user: 'postgres', database: 'postgres' };
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
    rmSync(this.socketDir, { recursive: true, force: true });
    this.releaseFolder();
  }
}
