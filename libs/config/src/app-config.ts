import { randomBytes } from 'node:crypto';

/** The process configuration, validated once at start-up. Nothing else reads `process.env`. */
export interface AppConfig {
  /** `undefined` means: run on the embedded PostgreSQL kept in `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly port: number;
  readonly logLevel: LogLevel;
  /** Largest serialised event (data plus metadata) the store accepts, in bytes. */
  readonly maxEventBytes: number;
  /** Demo mode seeds the Huzhou org tree and demo users; on by default with the embedded database. */
  readonly demo: boolean;
  /** In demo mode, also seed example rounds, scores and cases (on by default in demo mode). */
  readonly demoActivity: boolean;
  readonly databasePoolSize: number;
  /** Signs access tokens. Required outside demo mode; in demo mode a random one per process. */
  readonly jwtSecret: string;
  readonly jwtTtlSeconds: number;
  /** Login attempts allowed per client address per minute. */
  readonly loginRateLimitPerMinute: number;
  /** Whether this process fires durable timers and runs the process managers (the worker always does; the API by default). */
  readonly runTimers: boolean;
  /** Whether this process runs the async projectors (inline read models are part of every append, everywhere). */
  readonly runProjectors: boolean;
  /** The 红黄牌 thresholds of cases, in working days (see the supervision lib's CaseSettings). */
  readonly caseWarnings: {
    readonly blueWorkingDaysBeforeDeadline: number;
    readonly redWorkingDaysOverdue: number;
    readonly redOnApprovedExtension: number;
  };
}

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
  const config: AppConfig = {
    databaseUrl,
    dataDir: optionalText(env, 'DATA_DIR') ?? './.data',
    port: integer(env, 'PORT', 3000, 1, 65535, problems),
    logLevel,
    maxEventBytes: integer(env, 'MAX_EVENT_BYTES', 1024 * 1024, 256, 64 * 1024 * 1024, problems),
    demo,
    demoActivity: demo && boolean(env, 'DEMO_ACTIVITY', true, problems),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 200, problems),
    jwtSecret: jwtSecret(env, demo, problems),
    jwtTtlSeconds: integer(env, 'JWT_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600, problems),
    loginRateLimitPerMinute: integer(env, 'LOGIN_RATE_LIMIT_PER_MINUTE', 10, 1, 10_000, problems),
    runTimers: boolean(env, 'RUN_TIMERS', true, problems),
    runProjectors: boolean(env, 'RUN_PROJECTORS', true, problems),
    caseWarnings: {
      blueWorkingDaysBeforeDeadline: integer(env, 'CASE_BLUE_WORKING_DAYS_BEFORE_DEADLINE', 2, 0, 60, problems),
      redWorkingDaysOverdue: integer(env, 'CASE_RED_WORKING_DAYS_OVERDUE', 3, 1, 250, problems),
      redOnApprovedExtension: integer(env, 'CASE_RED_ON_APPROVED_EXTENSION', 2, 1, 50, problems),
    },
  };
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return config;
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
}

export function loadTestEnvironment(env: Env = process.env): TestEnvironment {
  return { serverUrl: optionalText(env, 'TEST_DATABASE_URL'), ci: env['CI'] === 'true' };
}
