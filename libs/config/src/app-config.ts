import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';

/** The process configuration, validated once at start-up. Nothing else reads `process.env`. */
export interface AppConfig {
  /** `undefined` means: run on the embedded PostgreSQL kept in `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly port: number;
  /**
   * The address the API and the worker listen on (HOST); `undefined`: every interface. `127.0.0.1`
   * keeps a process reachable from its own machine only (behind a local proxy, say).
   */
  readonly host: string | undefined;
  /**
   * The worker's port for `/health` and `/metrics` (WORKER_PORT, default 3001); 0 lets the system
   * pick a free one (tests). The worker serves nothing else.
   */
  readonly workerPort: number;
  /**
   * After SIGTERM, how long a process keeps serving with `/health` answering 503 before it stops
   * (SHUTDOWN_DRAIN_SECONDS), so a load balancer takes it out of rotation before connections are
   * refused. SIGINT (Ctrl-C) stops at once.
   */
  readonly shutdownDrainSeconds: number;
  readonly logLevel: LogLevel;
  /** Largest serialised event (data plus metadata) the store accepts, in bytes. */
  readonly maxEventBytes: number;
  /** Demo mode seeds the Huzhou org tree and demo users; on by default with the embedded database. */
  readonly demo: boolean;
  /** In demo mode, also seed example rounds, scores and cases (on by default in demo mode). */
  readonly demoActivity: boolean;
  /** In demo mode, which org tree: `city`, the whole of Huzhou (about 3,800 units); `core`, the first demo's 46 real-named units. */
  readonly demoScale: 'city' | 'core';
  readonly databasePoolSize: number;
  /** Signs access tokens. Required outside demo mode; in demo mode a random one per process. */
  readonly jwtSecret: string;
  readonly jwtTtlSeconds: number;
  /** Login attempts allowed per client address per minute. */
  readonly loginRateLimitPerMinute: number;
  /**
   * Failed sign-ins to one username (from any addresses) after which it is refused for the rest
   * of the window that began with the first failure; a successful sign-in starts afresh.
   */
  readonly loginFailuresPerAccount: number;
  readonly loginFailureWindowSeconds: number;
  /**
   * Which peers' `X-Forwarded-For` names the client address (Express's `trust proxy`): `false`
   * (the socket's address; the default), a number of proxy hops, or addresses, subnets and the
   * names `loopback`, `linklocal`, `uniquelocal`.
   */
  readonly trustProxy: TrustProxy;
  /** Whether this process fires durable timers and runs the process managers (the worker always does; the API by default). */
  readonly runTimers: boolean;
  /**
   * Whether this process runs the async projectors by following the log itself (inline read models
   * are part of every append, everywhere). Off when `kafka` is set: the worker's Kafka consumers
   * run them then.
   */
  readonly runProjectors: boolean;
  /**
   * How far behind the log a reader (an async projector, a process manager) may be, in seconds,
   * before `/health` reports it behind. A few seconds are normal under load; longer means the read
   * models or the reactions people wait for are stale.
   */
  readonly readerLagBoundSeconds: number;
  /** The distributed setup: set when KAFKA_BROKERS is (see {@link KafkaSettings}). */
  readonly kafka: KafkaSettings | undefined;
  /**
   * The first admin, opened at start when the database has no admin account (BOOTSTRAP_ADMIN_USERNAME
   * and BOOTSTRAP_ADMIN_PASSWORD): its password must be changed at first sign-in.
   */
  readonly bootstrapAdmin: { readonly username: string; readonly password: string; readonly displayName: string } | undefined;
  /** The sealed audit log: the log's name in its checkpoints, their signing key, and how often they are issued. */
  readonly sealing: SealingSettings;
  /** Where notifications go besides the in-app inbox, and how their delivery is retried. */
  readonly notifications: NotificationSettings;
  /**
   * Evidence files (photos, documents put in with findings and reports): the folder they are kept
   * in by hash (EVIDENCE_DIR, by default `evidence` in the data folder) and the largest taken
   * (EVIDENCE_MAX_BYTES, 20 MiB by default).
   */
  readonly evidence: { readonly dir: string; readonly maxBytes: number };
  /** The 红黄牌 thresholds of cases, in working days (see the supervision lib's CaseSettings). */
  readonly caseWarnings: {
    readonly blueWorkingDaysBeforeDeadline: number;
    readonly redWorkingDaysOverdue: number;
    readonly redOnApprovedExtension: number;
  };
}

/**
 * Kafka in the distributed setup: a worker relays the log to one topic per stream category (one
 * worker at a time, by a lease in PostgreSQL) and the workers run the async projectors as one
 * consumer group.
 */
export interface KafkaSettings {
  readonly brokers: readonly string[];
  readonly clientId: string;
  /** Topics are `<prefix>.<stream category>`, e.g. `supervision.case`. */
  readonly topicPrefix: string;
  /** Partitions of a topic the relay creates. */
  readonly topicPartitions: number;
  readonly topicReplicationFactor: number;
  /** The consumer group of the workers' projectors. */
  readonly consumerGroup: string;
  /** Whether a worker stands for the relay (the lease lets one of those publish at a time). */
  readonly runRelay: boolean;
  /** How long the relay's lease lasts without renewal, in seconds. */
  readonly relayLeaseSeconds: number;
}

/**
 * The outside channels notifications go to (each optional; the in-app inbox always gets them):
 * a generic webhook (JSON signed with HMAC-SHA256 over a timestamp and the body) and a DingTalk
 * custom robot (its message format; signed when the robot has a secret).
 */
export interface NotificationSettings {
  readonly webhook: { readonly url: string; readonly secret: string } | undefined;
  readonly dingtalk: { readonly url: string; readonly secret: string | undefined } | undefined;
  /** Attempts at one delivery before it is given up (status `failed`; an admin may retry it). */
  readonly maxAttempts: number;
  /** The wait after the first failed attempt, doubling with each further one (at most an hour). */
  readonly retryBaseSeconds: number;
}

/**
 * The Merkle tree over the log and its signed checkpoints. Without a key file, demo mode keeps a
 * key of its own in the data folder; any other deployment seals the log but signs no checkpoints.
 */
export interface SealingSettings {
  /** The log's name on every checkpoint (one word, e.g. `huzhou.supervision/audit`); also the signing key's name. */
  readonly origin: string;
  /** A PEM file holding the Ed25519 private key checkpoints are signed with. */
  readonly signingKeyFile: string | undefined;
  readonly checkpointEverySeconds: number;
  readonly checkpointEveryEvents: number;
  /**
   * The witnesses every checkpoint is pushed to, in tree-size order, none skipped: a file an
   * auditor keeps (each note appended and synced to disk) and a receiver checkpoints are POSTed
   * to. Either, both or neither; pushed by the processes that run timers.
   */
  readonly witnessFile: string | undefined;
  readonly witnessUrl: string | undefined;
}

export type TrustProxy = false | number | readonly string[];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads every variable, collects every problem, and throws once with the whole list, so an
 * operator fixes a bad deployment in one go rather than one restart per variable.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const databaseUrl = optionalText(env, 'DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const logLevel = (optionalText(env, 'LOG_LEVEL') ?? 'log') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`);
  }
  const demo = boolean(env, 'DEMO', databaseUrl === undefined, problems);
  const kafka = kafkaSettings(env, databaseUrl, problems);
  const dataDir = optionalText(env, 'DATA_DIR') ?? './.data';
  const config: AppConfig = {
    databaseUrl,
    dataDir,
    port: integer(env, 'PORT', 3000, 1, 65535, problems),
    host: host(env, problems),
    workerPort: integer(env, 'WORKER_PORT', 3001, 0, 65535, problems),
    shutdownDrainSeconds: integer(env, 'SHUTDOWN_DRAIN_SECONDS', 5, 0, 120, problems),
    logLevel,
    maxEventBytes: integer(env, 'MAX_EVENT_BYTES', 1024 * 1024, 256, 64 * 1024 * 1024, problems),
    demo,
    demoActivity: demo && boolean(env, 'DEMO_ACTIVITY', true, problems),
    demoScale: demoScale(env, problems),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 200, problems),
    jwtSecret: jwtSecret(env, demo, problems),
    jwtTtlSeconds: integer(env, 'JWT_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600, problems),
    loginRateLimitPerMinute: integer(env, 'LOGIN_RATE_LIMIT_PER_MINUTE', 10, 1, 10_000, problems),
    loginFailuresPerAccount: integer(env, 'LOGIN_FAILURES_PER_ACCOUNT', 10, 1, 10_000, problems),
    loginFailureWindowSeconds: integer(env, 'LOGIN_FAILURE_WINDOW_SECONDS', 900, 10, 86_400, problems),
    trustProxy: trustProxy(env, problems),
    runTimers: boolean(env, 'RUN_TIMERS', true, problems),
    runProjectors: runProjectors(env, kafka, problems),
    readerLagBoundSeconds: integer(env, 'READER_LAG_BOUND_SECONDS', 30, 1, 86_400, problems),
    kafka,
    bootstrapAdmin: bootstrapAdmin(env, problems),
    notifications: notificationSettings(env, problems),
    evidence: {
      dir: optionalText(env, 'EVIDENCE_DIR') ?? join(dataDir, 'evidence'),
      maxBytes: integer(env, 'EVIDENCE_MAX_BYTES', 20 * 1024 * 1024, 1024, 1024 * 1024 * 1024, problems),
    },
    sealing: sealingSettings(env, demo, problems),
    caseWarnings: {
      blueWorkingDaysBeforeDeadline: integer(env, 'CASE_BLUE_WORKING_DAYS_BEFORE_DEADLINE', 2, 0, 60, problems),
      redWorkingDaysOverdue: integer(env, 'CASE_RED_WORKING_DAYS_OVERDUE', 3, 1, 250, problems),
      redOnApprovedExtension: integer(env, 'CASE_RED_ON_APPROVED_EXTENSION', 2, 1, 50, problems),
    },
  };
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return config;
}

function bootstrapAdmin(env: Env, problems: string[]): AppConfig['bootstrapAdmin'] {
  const username = optionalText(env, 'BOOTSTRAP_ADMIN_USERNAME');
  const password = env['BOOTSTRAP_ADMIN_PASSWORD'];
  if (username === undefined && (password === undefined || password === '')) return undefined;
  if (username === undefined || password === undefined || password === '') {
    problems.push('BOOTSTRAP_ADMIN_USERNAME and BOOTSTRAP_ADMIN_PASSWORD go together');
    return undefined;
  }
  return { username, password, displayName: optionalText(env, 'BOOTSTRAP_ADMIN_DISPLAY_NAME') ?? '系统管理员' };
}

function sealingSettings(env: Env, demo: boolean, problems: string[]): SealingSettings {
  const origin = optionalText(env, 'SEAL_ORIGIN') ?? 'supervision-engine/audit';
  if (!/^[A-Za-z0-9][A-Za-z0-9._/:-]{0,199}$/.test(origin)) problems.push(`SEAL_ORIGIN must be one word of letters, digits, '.', '_', '/', ':' or '-' (got "${origin}")`);
  const signingKeyFile = optionalText(env, 'SEAL_SIGNING_KEY_FILE');
  const witnessFile = optionalText(env, 'SEAL_WITNESS_FILE');
  const witnessUrl = httpUrl(env, 'SEAL_WITNESS_URL', problems);
  // Without a key nothing is signed, so there would be nothing to push.
  if ((witnessFile !== undefined || witnessUrl !== undefined) && signingKeyFile === undefined && !demo) {
    problems.push('SEAL_WITNESS_FILE and SEAL_WITNESS_URL need signed checkpoints: set SEAL_SIGNING_KEY_FILE (or DEMO=true)');
  }
  return {
    origin,
    signingKeyFile,
    checkpointEverySeconds: integer(env, 'SEAL_CHECKPOINT_SECONDS', 60, 1, 86_400, problems),
    checkpointEveryEvents: integer(env, 'SEAL_CHECKPOINT_EVENTS', 1000, 1, 10_000_000, problems),
    witnessFile,
    witnessUrl,
  };
}

/** An http:// or https:// URL, or undefined when the variable is unset. */
function httpUrl(env: Env, name: string, problems: string[]): string | undefined {
  const text = optionalText(env, name);
  if (text === undefined) return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(text);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    problems.push(`${name} must be an http:// or https:// URL`);
    return undefined;
  }
  return text;
}

function notificationSettings(env: Env, problems: string[]): NotificationSettings {
  const url = (name: string): string | undefined => httpUrl(env, name, problems);
  const webhookUrl = url('NOTIFY_WEBHOOK_URL');
  const webhookSecret = optionalText(env, 'NOTIFY_WEBHOOK_SECRET');
  if (webhookUrl !== undefined && (webhookSecret === undefined || webhookSecret.length < 16)) {
    problems.push('NOTIFY_WEBHOOK_SECRET must be at least 16 characters when NOTIFY_WEBHOOK_URL is set (the receiver checks the signature with it)');
  }
  if (webhookUrl === undefined && webhookSecret !== undefined) problems.push('NOTIFY_WEBHOOK_SECRET is set without NOTIFY_WEBHOOK_URL');
  const dingtalkUrl = url('NOTIFY_DINGTALK_URL');
  const dingtalkSecret = optionalText(env, 'NOTIFY_DINGTALK_SECRET');
  if (dingtalkUrl === undefined && dingtalkSecret !== undefined) problems.push('NOTIFY_DINGTALK_SECRET is set without NOTIFY_DINGTALK_URL');
  return {
    webhook: webhookUrl === undefined || webhookSecret === undefined ? undefined : { url: webhookUrl, secret: webhookSecret },
    dingtalk: dingtalkUrl === undefined ? undefined : { url: dingtalkUrl, secret: dingtalkSecret },
    maxAttempts: integer(env, 'NOTIFY_MAX_ATTEMPTS', 10, 1, 100, problems),
    retryBaseSeconds: integer(env, 'NOTIFY_RETRY_BASE_SECONDS', 5, 1, 3600, problems),
  };
}

function kafkaSettings(env: Env, databaseUrl: string | undefined, problems: string[]): KafkaSettings | undefined {
  const list = optionalText(env, 'KAFKA_BROKERS');
  if (list === undefined) return undefined;
  const brokers = list.split(',').map((address) => address.trim()).filter((address) => address !== '');
  const bad = brokers.filter((address) => !/^[A-Za-z0-9._\-[\]:]+:\d{1,5}$/.test(address));
  if (brokers.length === 0 || bad.length > 0) problems.push(`KAFKA_BROKERS must be a comma-separated list of host:port (got "${list}")`);
  // Several processes share the work in this mode; the embedded database is one process's.
  if (databaseUrl === undefined) problems.push('KAFKA_BROKERS needs DATABASE_URL (a PostgreSQL server): the embedded database runs everything in one process');
  const topicPrefix = optionalText(env, 'KAFKA_TOPIC_PREFIX') ?? 'supervision';
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(topicPrefix)) problems.push(`KAFKA_TOPIC_PREFIX must be 1 to 100 letters, digits, '.', '_' or '-' (got "${topicPrefix}")`);
  const consumerGroup = optionalText(env, 'KAFKA_CONSUMER_GROUP') ?? 'supervision-projectors';
  return {
    brokers,
    clientId: optionalText(env, 'KAFKA_CLIENT_ID') ?? 'supervision-engine',
    topicPrefix,
    topicPartitions: integer(env, 'KAFKA_TOPIC_PARTITIONS', 6, 1, 1000, problems),
    topicReplicationFactor: integer(env, 'KAFKA_TOPIC_REPLICATION_FACTOR', 1, 1, 16, problems),
    consumerGroup,
    runRelay: boolean(env, 'RUN_RELAY', true, problems),
    relayLeaseSeconds: integer(env, 'RELAY_LEASE_SECONDS', 10, 2, 600, problems),
  };
}

function runProjectors(env: Env, kafka: KafkaSettings | undefined, problems: string[]): boolean {
  const wanted = boolean(env, 'RUN_PROJECTORS', kafka === undefined, problems);
  if (wanted && kafka !== undefined) {
    problems.push('RUN_PROJECTORS=true cannot be combined with KAFKA_BROKERS: the workers apply the async projections from Kafka then, and both would apply every event');
    return false;
  }
  return wanted;
}

function host(env: Env, problems: string[]): string | undefined {
  const text = optionalText(env, 'HOST');
  if (text === undefined) return undefined;
  // An address, or a name such as localhost; never a URL or a host:port.
  if (isIP(text) === 0 && !/^[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*$/.test(text)) {
    problems.push(`HOST must be an IP address or a host name to listen on (got "${text}")`);
    return undefined;
  }
  return text;
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function trustProxy(env: Env, problems: string[]): TrustProxy {
  const text = optionalText(env, 'TRUST_PROXY');
  if (text === undefined || text === 'false') return false;
  if (/^\d+$/.test(text)) return integer(env, 'TRUST_PROXY', 0, 0, 10, problems);
  const entries = text.split(',').map((entry) => entry.trim());
  const isAddressOrSubnet = (entry: string): boolean => {
    const [address, bits, ...rest] = entry.split('/');
    const version = isIP(address ?? '');
    if (version === 0 || rest.length > 0) return false;
    return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
  };
  const bad = entries.filter((entry) => !PROXY_NAMES.includes(entry) && !isAddressOrSubnet(entry));
  if (bad.length > 0) {
    problems.push(`TRUST_PROXY must be false, a hop count from 0 to 10, or a comma-separated list of addresses, subnets and ${PROXY_NAMES.join(', ')} (got "${text}")`);
    return false;
  }
  return entries;
}

function jwtSecret(env: Env, demo: boolean, problems: string[]): string {
  const secret = optionalText(env, 'JWT_SECRET');
  if (secret !== undefined) {
    if (secret.length < 32) problems.push('JWT_SECRET must be at least 32 characters');
    return secret;
  }
  if (!demo) problems.push('JWT_SECRET is required unless DEMO=true');
  return randomBytes(32).toString('hex');
}

function demoScale(env: Env, problems: string[]): 'city' | 'core' {
  const scale = optionalText(env, 'DEMO_SCALE') ?? 'city';
  if (scale === 'city' || scale === 'core') return scale;
  problems.push(`DEMO_SCALE must be city or core (got "${scale}")`);
  return 'city';
}

function boolean(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const text = optionalText(env, name);
  if (text === undefined) return fallback;
  if (text !== 'true' && text !== 'false') {
    problems.push(`${name} must be true or false (got "${text}")`);
    return fallback;
  }
  return text === 'true';
}

function optionalText(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function integer(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const text = optionalText(env, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    problems.push(`${name} must be an integer from ${min} to ${max} (got "${text}")`);
    return fallback;
  }
  return value;
}

/** What the test suites are told by `npm test` (see test/run-tests.js). */
export interface TestEnvironment {
  /** A server the suites may create their own databases on; absent: embedded only. */
  readonly serverUrl: string | undefined;
  /** Under CI a missing service is a failure, never a skip. */
  readonly ci: boolean;
  /** The HTTP fuzz suite's seed (`FUZZ_SEED`, to replay a failure it printed) and its runs per endpoint (`FUZZ_RUNS`). */
  readonly fuzz: { readonly seed: number | undefined; readonly runsPerEndpoint: number | undefined };
  /**
   * How long the foreign-transaction suite holds a transaction open in this database and in another
   * one on the server (`FOREIGN_TRANSACTION_HOLD_SECONDS`; the issue's figure is 60).
   */
  readonly foreignTransactionHoldSeconds: number | undefined;
}

export function loadTestEnvironment(env: Env = process.env): TestEnvironment {
  const whole = (name: string): number | undefined => {
    const text = optionalText(env, name);
    return text !== undefined && /^-?\d{1,10}$/.test(text) ? Number(text) : undefined;
  };
  return {
    serverUrl: optionalText(env, 'TEST_DATABASE_URL'),
    ci: env['CI'] === 'true',
    fuzz: { seed: whole('FUZZ_SEED'), runsPerEndpoint: whole('FUZZ_RUNS') },
    foreignTransactionHoldSeconds: whole('FOREIGN_TRANSACTION_HOLD_SECONDS'),
  };
}
