import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Inject, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Database, DATABASE } from '@app/database';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { Clock, CLOCK } from '@app/workflow';
import { PollingLoop } from '@app/workflow-runtime';
import { CheckpointLog, InconsistentWithPublishedCheckpoint } from './checkpoint-log';
import { LogAudit } from './log-audit';
import { LogSealer } from './log-sealer';
import { SealedLog } from './sealed-log';
import { CheckpointSigner, signerFromPem } from './signed-checkpoint';

/** The checkpoint log, or null where no signing key is configured (the tree is sealed all the same). */
export const CHECKPOINT_LOG = Symbol('CHECKPOINT_LOG');

const logger = new Logger('Sealing');

/**
 * The signer from SEAL_SIGNING_KEY_FILE; in demo mode without one, a key of the data folder's own,
 * made at first start (its verifier key logged then and at every start); otherwise none.
 */
export function signerOf(config: AppConfig): CheckpointSigner | null {
  const { origin, signingKeyFile } = config.sealing;
  if (signingKeyFile !== undefined) return signerFromPem(origin, readFileSync(signingKeyFile, 'utf8'));
  if (!config.demo) return null;
  const path = resolve(join(config.dataDir, 'seal-signing-key.pem'));
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    logger.log({ message: 'demo mode: a checkpoint signing key was made', file: path });
  }
  return signerFromPem(origin, readFileSync(path, 'utf8'));
}

/**
 * The sealed audit log in every process: the Merkle tree's reader and, where background work runs
 * (`config.runTimers`), the sealer that appends a leaf per event as the log grows and issues signed
 * checkpoints on the configured interval.
 */
@Module({
  providers: [
    {
      provide: LogSealer,
      inject: [DATABASE, CLOCK],
      useFactory: (database: Database, clock: Clock) => LogSealer.create(database.pool, () => clock.now()),
    },
    // After LogSealer, whose factory migrates the tables.
    { provide: SealedLog, inject: [DATABASE, LogSealer], useFactory: (database: Database) => new SealedLog(database.pool) },
    { provide: LogAudit, inject: [DATABASE, SealedLog], useFactory: (database: Database, sealed: SealedLog) => new LogAudit(database.pool, sealed) },
    {
      provide: CHECKPOINT_LOG,
      inject: [DATABASE, SealedLog, APP_CONFIG],
      useFactory: (database: Database, sealed: SealedLog, config: AppConfig) => {
        const signer = signerOf(config);
        return signer === null ? null : new CheckpointLog(database.pool, sealed, signer, config.sealing.origin);
      },
    },
  ],
  exports: [LogSealer, SealedLog, LogAudit, CHECKPOINT_LOG],
})
export class SealingModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private loop: PollingLoop | undefined;
  private unsubscribe: (() => void) | undefined;
  private refused: number | undefined;

  constructor(
    @Inject(LogSealer) private readonly sealer: LogSealer,
    @Inject(CHECKPOINT_LOG) private readonly checkpoints: CheckpointLog | null,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (this.checkpoints === null) {
      logger.warn({ message: 'checkpoints are not signed: set SEAL_SIGNING_KEY_FILE to an Ed25519 private key (PEM) to issue them; the log is sealed all the same' });
    } else {
      logger.log({ message: 'checkpoints signed', origin: this.config.sealing.origin, verifierKey: this.checkpoints.verifierKey });
    }
    if (!this.config.runTimers) return;
    const policy = { everySeconds: this.config.sealing.checkpointEverySeconds, everyEvents: this.config.sealing.checkpointEveryEvents };
    this.loop = new PollingLoop(
      async () => {
        await this.sealer.sealPending();
        await this.checkpoints?.issueIfDue(this.clock.now(), policy);
      },
      1000,
      (error) => this.report(error),
    );
    this.loop.start();
    this.unsubscribe = this.store.onAppended(() => this.loop?.poke());
  }

  async onApplicationShutdown(): Promise<void> {
    this.unsubscribe?.();
    await this.loop?.stop();
  }

  private report(error: unknown): void {
    if (error instanceof InconsistentWithPublishedCheckpoint) {
      // Said once per tree size: the loop meets it again every round until someone acts.
      if (this.refused === error.treeSize) return;
      this.refused = error.treeSize;
      logger.error({ message: 'no checkpoint signed: the sealed tree contradicts one already published', published: error.published, treeSize: error.treeSize });
      return;
    }
    logger.warn({ message: 'sealing failed', error: String(error) });
  }
}
