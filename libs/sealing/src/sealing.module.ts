import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Inject, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit, Optional } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Database, DATABASE } from '@app/database';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { PrometheusMetrics } from '@app/operations';
import { Clock, CLOCK } from '@app/workflow';
import { PollingLoop } from '@app/workflow-runtime';
import { CheckpointLog, InconsistentWithPublishedCheckpoint } from './checkpoint-log';
import { LogAudit } from './log-audit';
import { CheckpointWitnesses, WitnessTarget } from './checkpoint-witnesses';
import { LogSealer } from './log-sealer';
import { PublishedCheckpoints } from './published-checkpoints';
import { registerSealMetrics, sealStatus } from './seal-metrics';
import { SealedLog } from './sealed-log';
import { CheckpointSigner, parseVerifierKey, signerFromPem } from './signed-checkpoint';

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

/** The witnesses configured (SEAL_WITNESS_FILE, SEAL_WITNESS_URL). */
function witnessTargets(config: AppConfig): WitnessTarget[] {
  const { witnessFile, witnessUrl } = config.sealing;
  return [...(witnessFile === undefined ? [] : [{ kind: 'file' as const, path: witnessFile }]), ...(witnessUrl === undefined ? [] : [{ kind: 'webhook' as const, url: witnessUrl }])];
}

/** Where a witness is named in the logs: its kind and file, never a URL (it may carry a token). */
function witnessName(target: WitnessTarget): Record<string, string> {
  return target.kind === 'file' ? { witness: 'file', file: target.path } : { witness: 'webhook' };
}

/**
 * The sealed audit log in every process: the Merkle tree's reader, the guard on serving checkpoints
 * (what has been published) and the seal's gauges on /metrics; and, where background work runs
 * (`config.runTimers`), the sealer that appends a leaf per event as the log grows, issues signed
 * checkpoints on the configured interval and pushes them to the witnesses.
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
    {
      provide: PublishedCheckpoints,
      inject: [DATABASE, CHECKPOINT_LOG, APP_CONFIG],
      useFactory: async (database: Database, checkpoints: CheckpointLog | null, config: AppConfig) => {
        if (checkpoints === null) return null;
        const published = new PublishedCheckpoints(database.pool, parseVerifierKey(checkpoints.verifierKey), checkpoints.origin);
        const { witnessFile } = config.sealing;
        if (witnessFile !== undefined) {
          // What the auditor's file holds was published, whatever the database says now.
          const head = await published.readWitnessFile(witnessFile);
          if (head !== null) published.remember(head);
          else if (existsSync(witnessFile)) logger.warn({ message: 'the witness file’s last note does not open with this deployment’s verifier key: not counted as published', file: witnessFile });
        }
        return published;
      },
    },
    {
      provide: CheckpointWitnesses,
      inject: [DATABASE, CHECKPOINT_LOG, APP_CONFIG, CLOCK],
      useFactory: (database: Database, checkpoints: CheckpointLog | null, config: AppConfig, clock: Clock) => {
        const targets = witnessTargets(config);
        if (checkpoints === null || targets.length === 0) return null;
        return new CheckpointWitnesses(database.pool, parseVerifierKey(checkpoints.verifierKey), checkpoints.origin, targets, () => clock.now(), {
          onFailed: (target, treeSize, error) => logger.warn({ message: 'checkpoint not delivered to the witness, will retry', ...witnessName(target), treeSize, error }),
          onRefused: (target, treeSize, reason) =>
            logger.error({ message: 'checkpoint not pushed to the witness: it does not extend what the witness holds', ...witnessName(target), treeSize, reason }),
        });
      },
    },
  ],
  exports: [LogSealer, SealedLog, LogAudit, CHECKPOINT_LOG, PublishedCheckpoints],
})
export class SealingModule implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private loop: PollingLoop | undefined;
  private unsubscribe: (() => void) | undefined;
  private refused: number | undefined;

  constructor(
    @Inject(LogSealer) private readonly sealer: LogSealer,
    @Inject(CHECKPOINT_LOG) private readonly checkpoints: CheckpointLog | null,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CheckpointWitnesses) private readonly witnesses: CheckpointWitnesses | null,
    @Inject(DATABASE) private readonly database: Database,
    // The process's /metrics (the API's and the worker's), when it has one.
    @Optional() @Inject(PrometheusMetrics) private readonly prometheus: PrometheusMetrics | null,
  ) {}

  onModuleInit(): void {
    if (this.prometheus === null) return;
    const targets = witnessTargets(this.config);
    registerSealMetrics(this.prometheus.registry, () => sealStatus(this.database.pool, targets), () => this.clock.now());
  }

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
        // The witnesses get what was issued before, even while issuing is refused.
        const refused = await this.checkpoints?.issueIfDue(this.clock.now(), policy).then(
          () => undefined,
          (error: unknown) => error ?? new Error('issuing failed'),
        );
        await this.witnesses?.pushDue();
        if (refused !== undefined) throw refused;
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
