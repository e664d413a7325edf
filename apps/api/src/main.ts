import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { NestExpressApplication } from '@nestjs/platform-express';
import { APP_CONFIG, AppConfig, loadConfigOrReport } from '@app/config';
import { createDatabase, Database, DATABASE } from '@app/database';
import { PostgresEventStore } from '@app/event-store';
import { EvidenceFiles, EvidenceVerification, LocalFolderEvidenceStorage } from '@app/evidence';
import { NestPinoLogger, nestLoggerFor, processLogger } from '@app/logging';
import { stopOnSignals } from '@app/operations';
import { ProjectionRuntime } from '@app/projections';
import { supervisionProjections } from '@app/read-models';
import { CheckpointLog, LogAudit, LogSealer, runTrailWorkerIfAsked, SealedLog, signerOf, verifySeal } from '@app/sealing';
import { CALENDAR_STREAM_ID, CALENDAR_WORKFLOW, CalendarCommand, calendarWorkflow, CHINA_HOLIDAY_YEARS, DomainError, InvalidHolidayData, systemClock } from '@app/workflow';
import { CalendarFollower, FollowedWorkingDayCalendar, TimerStore, WorkflowEngine } from '@app/workflow-runtime';
import { AppModule } from './app.module';
import { configureHttpApp, HTTP_APP_OPTIONS } from './http/http-app';
import { CONSOLE_PATH } from './http/console-static';
import { DOCS_PATH } from './openapi/openapi.setup';
import { migrateAll } from './schema-migrations';
import { runUsersCli, UsageError, USERS_USAGE } from './users/users-cli';
import { LOG_BROKEN, USAGE, verifyRangeOf } from './command-line';
import { verifyExportCommand, verifyInclusionCommand } from './offline-verification';
import { sealVerificationView } from './audit/seal-views';
import type { SealVerificationView } from './audit/verify-log/verify-log.query';

/** Past this, a close (after the drain) that is still finishing requests is cut short. */
const SHUTDOWN_GRACE_MS = 10_000;
const CONTEXT = 'Main';

/** An exit code, or `serving`: the open server keeps the process alive until a signal. */
type Outcome = number | 'serving';

const COMMANDS = new Set(['migrate', 'rebuild', 'calendar', 'users', 'verify']);

async function main(command: string | undefined, args: readonly string[]): Promise<Outcome> {
  if (command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // The auditor's offline checks read files only: no configuration, no database.
  if (command === 'verify-export' || command === 'verify-inclusion') {
    const outcome = command === 'verify-export' ? await verifyExportCommand(args, { file: __filename }) : verifyInclusionCommand(args);
    (outcome.code === 0 || outcome.code === 3 ? process.stdout : process.stderr).write(`${outcome.output}\n`);
    return outcome.code;
  }
  if (command !== undefined && !COMMANDS.has(command)) {
    nestLoggerFor(processLogger('log')).fatal({ message: `unknown command "${command}"; run with --help for the commands` }, CONTEXT);
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfigOrReport((problems) => nestLoggerFor(processLogger('log')).fatal({ message: 'invalid configuration', problems }, CONTEXT));
  if (config === undefined) return 1;
  // The users command prints its answers on standard output: the application it starts logs errors only.
  const logger = nestLoggerFor(processLogger(command === 'users' ? 'error' : config.logLevel));
  switch (command) {
    case undefined:
      return serve(logger);
    case 'migrate':
      return migrateAndExit(config, logger);
    case 'rebuild':
      return rebuildAndExit(config, logger, args);
    case 'calendar':
      return loadCalendarAndExit(config, logger, args);
    case 'users':
      return usersAndExit(logger, args);
    default:
      return verifyAndExit(config, logger, args);
  }
}

/** The database a command runs against, or undefined (logged as fatal) when it cannot be opened. */
async function openDatabase(config: AppConfig, logger: NestPinoLogger, poolSize: number): Promise<Database | undefined> {
  try {
    return await createDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize });
  } catch (error) {
    logger.fatal({ message: 'cannot open the database', error: String(error) }, CONTEXT);
    return undefined;
  }
}

async function migrateAndExit(config: AppConfig, logger: NestPinoLogger): Promise<number> {
  const database = await openDatabase(config, logger, 1);
  if (database === undefined) return 1;
  try {
    const applied = await migrateAll(database);
    logger.log({ message: 'migrations applied', database: describeDatabase(database, config), applied }, CONTEXT);
    return 0;
  } catch (error) {
    logger.fatal({ message: 'migration failed', error: String(error) }, CONTEXT);
    return 1;
  } finally {
    await database.close();
  }
}

/**
 * `main.js rebuild <read model>|--all`: rebuilds read models from the log beside the live tables
 * and swaps them in, logging progress; the API may keep serving meanwhile (on a server). With the
 * embedded database the API process owns the data folder: use POST /admin/projections/:name/rebuild.
 */
async function rebuildAndExit(config: AppConfig, logger: NestPinoLogger, args: readonly string[]): Promise<number> {
  const projections = supervisionProjections();
  const known = projections.map((projection) => projection.name);
  const names = args[0] === '--all' ? known : args.slice(0, 1);
  const unknown = names.filter((name) => !known.includes(name));
  if ((names.length === 0 && args[0] !== '--all') || unknown.length > 0) {
    logger.fatal({ message: 'name a read model to rebuild, or --all', unknown, readModels: known }, CONTEXT);
    return 2;
  }
  const database = await openDatabase(config, logger, 2);
  if (database === undefined) return 1;
  try {
    await migrateAll(database);
    const runtime = await ProjectionRuntime.create({ store: new PostgresEventStore(database.pool), pool: database.pool, projections });
    try {
      for (const name of names) {
        let logged = 0;
        const report = await runtime.rebuild(name, {
          onProgress: (progress) => {
            if (progress.phase === 'building' && progress.eventsApplied - logged < 50_000) return;
            logged = progress.eventsApplied;
            logger.log({ message: 'rebuilding', ...progress }, CONTEXT);
          },
        });
        logger.log({ message: 'rebuilt', ...report }, CONTEXT);
      }
    } finally {
      await runtime.close();
    }
    return 0;
  } catch (error) {
    logger.fatal({ message: 'rebuild failed', error: String(error) }, CONTEXT);
    return 1;
  } finally {
    await database.close();
  }
}

/**
 * `main.js calendar load <notice.json>`: loads a year's State Council notice (the JSON of
 * PUT /admin/calendar/years/:year, with its `year`) as an event on the calendar stream, validated
 * like the shipped years. Running processes pick it up within seconds and reconcile their timers.
 * Exit 0 when loaded (or in force already), 2 for bad usage or an invalid notice, 1 when it failed.
 * With the embedded database the API process owns the data folder: use the endpoint there.
 */
async function loadCalendarAndExit(config: AppConfig, logger: NestPinoLogger, args: readonly string[]): Promise<number> {
  const [subcommand, file] = args;
  if (subcommand !== 'load' || file === undefined) {
    logger.fatal({ message: 'usage: calendar load <notice.json>' }, CONTEXT);
    return 2;
  }
  let notice: unknown;
  try {
    notice = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    logger.fatal({ message: 'cannot read the notice file as JSON', file, error: String(error) }, CONTEXT);
    return 2;
  }
  const database = await openDatabase(config, logger, 2);
  if (database === undefined) return 1;
  try {
    await migrateAll(database);
    const store = new PostgresEventStore(database.pool, { notifyOtherProcesses: database.mode === 'server' });
    const calendar = new FollowedWorkingDayCalendar();
    const follower = new CalendarFollower(store, calendar);
    await follower.start();
    try {
      const engine = new WorkflowEngine(store, new TimerStore(database.pool), systemClock, calendar);
      engine.register({ definitions: [calendarWorkflow], settings: { builtInYears: CHINA_HOLIDAY_YEARS } });
      const actor = { userId: `cli:${userInfo().username}`, roles: ['system'] };
      const result = await engine.handle<unknown, CalendarCommand>(CALENDAR_WORKFLOW, CALENDAR_STREAM_ID, { type: 'LoadCalendarNotice', notice }, { actor, commandId: randomUUID() });
      const year = (notice as { year?: unknown }).year;
      logger.log(
        { message: result.events.length > 0 ? 'calendar notice loaded' : 'calendar notice already in force; nothing recorded', year, version: result.version, loadedBy: actor.userId },
        CONTEXT,
      );
      return 0;
    } finally {
      await follower.stop();
    }
  } catch (error) {
    if (error instanceof InvalidHolidayData) {
      logger.fatal({ message: 'the notice is not valid', file, errors: error.fieldProblems }, CONTEXT);
      return 2;
    }
    logger.fatal({ message: 'loading the calendar notice failed', error: String(error) }, CONTEXT);
    return 1;
  } finally {
    await database.close();
  }
}

/**
 * `main.js users …`: account administration from a shell (see USERS_USAGE), through the same use
 * cases as the API, as `cli:<operating-system user>`. It starts the application without HTTP,
 * timers or projectors; with the embedded database the API process owns the data folder, so run it
 * while the API is stopped (or use the API). Exit 0 done, 2 bad usage, 1 refused or failed.
 */
async function usersAndExit(logger: NestPinoLogger, args: readonly string[]): Promise<number> {
  if (args.length === 0 || args[0] === '--help' || args[0] === 'help') {
    process.stdout.write(`${USERS_USAGE}\n`);
    return args.length === 0 ? 2 : 0;
  }
  process.env['RUN_TIMERS'] = 'false';
  process.env['RUN_PROJECTORS'] = 'false';
  let app: INestApplicationContext;
  try {
    app = await NestFactory.createApplicationContext(AppModule, { logger, abortOnError: false });
  } catch (error) {
    logger.fatal({ message: 'start-up failed', error: String(error) }, CONTEXT);
    return 1;
  }
  try {
    const print = (line: string): void => void process.stdout.write(`${line}\n`);
    await runUsersCli(args, { commands: app.get(CommandBus), queries: app.get(QueryBus), readPassword: readPasswordLine, print });
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      logger.fatal({ message: error.message }, CONTEXT);
      process.stderr.write(`${USERS_USAGE}\n`);
      return 2;
    }
    if (error instanceof DomainError) {
      logger.error({ message: 'refused', code: error.code, detail: error.message, details: error.details }, CONTEXT);
      return 1;
    }
    logger.fatal({ message: 'users command failed', error: String(error) }, CONTEXT);
    return 1;
  } finally {
    await app.close();
  }
}

/** The first line of standard input, without its line ending: a password piped in, never put on the command line. */
async function readPasswordLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

async function serve(logger: NestPinoLogger): Promise<Outcome> {
  let app: NestExpressApplication;
  try {
    // abortOnError off: a failing start-up (database unreachable, migration failed) is logged and
    // exits 1 instead of aborting with a core dump.
    app = await NestFactory.create<NestExpressApplication>(AppModule, { ...HTTP_APP_OPTIONS, logger, abortOnError: false });
  } catch (error) {
    logger.fatal({ message: 'start-up failed', error: String(error) }, CONTEXT);
    return 1;
  }
  const config = app.get<AppConfig>(APP_CONFIG);
  // SIGTERM: /health answers 503 for SHUTDOWN_DRAIN_SECONDS, then Nest stops accepting
  // connections, lets in-flight requests finish, runs the shutdown hooks (the database pool closes
  // last) and the process exits 0. SIGINT skips the drain.
  stopOnSignals(app, { drainMs: config.shutdownDrainSeconds * 1000, closeTimeoutMs: SHUTDOWN_GRACE_MS });
  try {
    configureHttpApp(app);
    if (config.host === undefined) await app.listen(config.port);
    else await app.listen(config.port, config.host);
  } catch (error) {
    logger.fatal({ message: `cannot serve on port ${config.port}`, error: String(error) }, CONTEXT);
    await app.close();
    return 1;
  }
  const url = `http://localhost:${config.port}`;
  const database = describeDatabase(app.get<Database>(DATABASE), config);
  logger.log({ message: `listening on ${url}`, url, console: `${url}${CONSOLE_PATH}/`, docs: `${url}/${DOCS_PATH}`, database }, CONTEXT);
  return 'serving';
}

/**
 * `main.js verify [--from N] [--to N]`: the audit check of GET /audit/verify from a shell
 * (EventStore.verify): every content digest and hash chain over the positions, the whole log by
 * default. Prints the report as one JSON line; exit 0 intact, 3 when a row does not verify (the
 * first one is named), 2 for bad usage, 1 when it could not run. It reads only: no migration.
 */
async function verifyAndExit(config: AppConfig, logger: NestPinoLogger, args: readonly string[]): Promise<number> {
  const range = verifyRangeOf(args);
  if (typeof range === 'string') {
    logger.fatal({ message: range }, CONTEXT);
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const database = await openDatabase(config, logger, 1);
  if (database === undefined) return 1;
  try {
    const chains = await new PostgresEventStore(database.pool).verify(range);
    const whole = range.from === undefined && range.to === undefined;
    const seal = whole ? await sealOf(database, config) : undefined;
    const evidence = whole ? await evidenceOf(database, config) : undefined;
    const report = { ...chains, ok: chains.ok && (seal?.ok ?? true) && (evidence?.ok ?? true), ...(seal === undefined ? {} : { seal }), ...(evidence === undefined ? {} : { evidence }) };
    process.stdout.write(`${JSON.stringify(report)}\n`);
    if (!report.ok) logger.error({ message: 'the event log does not verify', firstBroken: report.firstBroken, seal, evidence }, CONTEXT);
    return report.ok ? 0 : LOG_BROKEN;
  } catch (error) {
    logger.fatal({ message: 'verification failed', error: String(error) }, CONTEXT);
    return 1;
  } finally {
    await database.close();
  }
}

/** The whole log recomputed against the latest checkpoint (as GET /audit/verify does); undefined where nothing was ever sealed. */
async function sealOf(database: Database, config: AppConfig): Promise<SealVerificationView | undefined> {
  const { rows } = await database.pool.query<{ sealed: boolean }>(`SELECT to_regclass('seal_checkpoints') IS NOT NULL AS sealed`);
  if (!rows[0]!.sealed) return undefined;
  const sealed = new SealedLog(database.pool);
  const signer = signerOf(config);
  const checkpoints = signer === null ? null : new CheckpointLog(database.pool, sealed, signer, config.sealing.origin);
  const sealer = new LogSealer(database.pool, () => new Date());
  return sealVerificationView(await verifySeal(new LogAudit(database.pool, sealed), checkpoints, () => sealer.tree()));
}

/** The evidence files the log names, against the evidence folder (as GET /audit/verify checks them); undefined where there were never any. */
async function evidenceOf(database: Database, config: AppConfig): Promise<EvidenceVerification | undefined> {
  const { rows } = await database.pool.query<{ present: boolean }>(`SELECT to_regclass('evidence_files') IS NOT NULL AS present`);
  if (!rows[0]!.present) return undefined;
  return new EvidenceFiles(database.pool, new LocalFolderEvidenceStorage(config.evidence.dir), config.evidence.maxBytes).verifyAll();
}

function describeDatabase(database: Database, config: AppConfig): { mode: string; dataDir?: string } {
  return database.mode === 'embedded' ? { mode: 'embedded', dataDir: resolve(config.dataDir) } : { mode: 'server' };
}

// A thread of the parallel offline check runs this same file: it does its part and nothing else.
if (!runTrailWorkerIfAsked()) main(process.argv[2], process.argv.slice(3)).then(
  (outcome) => {
    if (outcome !== 'serving') process.exit(outcome);
  },
  (error: unknown) => {
    nestLoggerFor(processLogger('log')).fatal({ message: 'unexpected failure', error: String(error) }, CONTEXT);
    process.exit(1);
  },
);
