#!/usr/bin/env node
// A real Apache Kafka for development and CI, without Docker: one JVM that is both broker and
// KRaft controller, listening on loopback only, run from the jars Maven Central publishes.
//
//   node scripts/kafka/broker.js start  [--port 9092] [--controller-port 9093] [--data-dir .kafka/data]
//   node scripts/kafka/broker.js stop   [--data-dir .kafka/data]
//   node scripts/kafka/broker.js status [--port 9092] [--data-dir .kafka/data]
//   (`--kafka-version X.Y.Z` tries another release; `--timeout SECONDS` bounds the wait for readiness)
//
// The first start resolves the jars with Maven into .kafka/lib/<version> (later starts need no
// network), formats the KRaft storage of the data dir once, starts the JVM in the background and
// returns once a kafkajs admin client gets an answer from it. The data dir holds everything of one
// instance (config, pid file, console log, cluster id, partitions), so tests that stop and restart
// a broker run their own instance beside the shared one.
//
// Version 3.9.2: the newest Kafka whose broker still accepts every request version kafkajs 2.2.4
// implements (each from v0 up). Kafka 4.0 dropped the oldest versions of nine of those APIs
// (KIP-896); kafkajs always negotiates the highest version both sides know, which 4.x still accepts,
// so 4.0.2 and 4.4.0 pass the same suite, but kafkajs's last release predates 4.0 and was never
// tested against it. README.md beside this file has the details; `--kafka-version 4.4.0` runs 4.x.
'use strict';

const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { setTimeout: delay } = require('node:timers/promises');

const ROOT = path.resolve(__dirname, '../..');
const CACHE = path.join(ROOT, '.kafka');
const LOG_CONFIG = path.join(__dirname, 'log4j2.properties');

const KAFKA_VERSION = '3.9.2';
const SCALA_VERSION = '2.13';
const SLF4J_VERSION = '2.0.17';
const LOG4J_VERSION = '2.24.3';

const DEFAULTS = Object.freeze({
  port: 9092,
  dataDir: path.join(CACHE, 'data'),
  kafkaVersion: KAFKA_VERSION,
  readyTimeoutMs: 120_000,
  stopTimeoutMs: 30_000,
  heap: '512m',
});

const HOST = '127.0.0.1';
/** Opens each start's section of the console log, so a failure shows only its own start. */
const START_MARK = '=== start ';
const NODE_ID = 1;

/** Everything about one broker instance, derived from the caller's options. */
function instanceOf(options = {}) {
  const port = options.port ?? DEFAULTS.port;
  const dataDir = path.resolve(options.dataDir ?? DEFAULTS.dataDir);
  return {
    port,
    controllerPort: options.controllerPort ?? port + 1,
    kafkaVersion: options.kafkaVersion ?? DEFAULTS.kafkaVersion,
    readyTimeoutMs: options.readyTimeoutMs ?? DEFAULTS.readyTimeoutMs,
    stopTimeoutMs: options.stopTimeoutMs ?? DEFAULTS.stopTimeoutMs,
    heap: options.heap ?? DEFAULTS.heap,
    quiet: options.quiet ?? false,
    dataDir,
    logDir: path.join(dataDir, 'kraft-logs'),
    configFile: path.join(dataDir, 'server.properties'),
    pidFile: path.join(dataDir, 'broker.pid'),
    consoleLog: path.join(dataDir, 'broker.log'),
    clusterIdFile: path.join(dataDir, 'cluster.id'),
    brokers: [`${HOST}:${port}`],
  };
}

// ---------------------------------------------------------------------------------------------
// Jars

/** The directory holding every jar the broker needs, resolved with Maven on first use. */
async function resolveJars(kafkaVersion, say) {
  const libDir = path.join(CACHE, 'lib', kafkaVersion);
  if (fs.existsSync(path.join(libDir, 'resolved'))) return libDir;

  say(`Resolving Apache Kafka ${kafkaVersion} jars with Maven (first start only)…`);
  const projectDir = path.join(CACHE, 'maven', kafkaVersion);
  fs.mkdirSync(projectDir, { recursive: true });
  fs.writeFileSync(path.join(projectDir, 'pom.xml'), brokerPom(kafkaVersion));
  // Copy into a private folder, then rename: a start running beside this one never sees half a classpath.
  const partialDir = `${libDir}.partial-${process.pid}`;
  fs.rmSync(partialDir, { recursive: true, force: true });
  const maven = await run('mvn', ['-B', '-q', '-f', path.join(projectDir, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${partialDir}`, '-DincludeScope=runtime'], { cwd: projectDir });
  if (maven.code !== 0) {
    fs.rmSync(partialDir, { recursive: true, force: true });
    throw new Error(`Maven could not resolve org.apache.kafka:kafka_${SCALA_VERSION}:${kafkaVersion} (exit ${maven.code}):\n${tail(maven.output, 40)}`);
  }
  fs.writeFileSync(path.join(partialDir, 'resolved'), `org.apache.kafka:kafka_${SCALA_VERSION}:${kafkaVersion}\n`);
  try {
    fs.renameSync(partialDir, libDir);
  } catch (error) {
    fs.rmSync(partialDir, { recursive: true, force: true });
    if (!fs.existsSync(path.join(libDir, 'resolved'))) throw error;
  }
  return libDir;
}

/**
 * A throw-away project whose runtime classpath is the broker: Kafka's server jar and, since it only
 * logs through the SLF4J API, Log4j 2 behind it (the backend Kafka's own distribution ships from 4.0
 * on). Kafka 3.x registers a JMX controller written against the Log4j 1 API, hence the bridge.
 */
function brokerPom(kafkaVersion) {
  const dependency = (groupId, artifactId, version) =>
    `    <dependency><groupId>${groupId}</groupId><artifactId>${artifactId}</artifactId><version>${version}</version></dependency>`;
  const dependencies = [
    dependency('org.apache.kafka', `kafka_${SCALA_VERSION}`, kafkaVersion),
    dependency('org.slf4j', 'slf4j-api', SLF4J_VERSION),
    dependency('org.apache.logging.log4j', 'log4j-slf4j2-impl', LOG4J_VERSION),
    dependency('org.apache.logging.log4j', 'log4j-core', LOG4J_VERSION),
  ];
  if (Number(kafkaVersion.split('.')[0]) < 4) dependencies.push(dependency('org.apache.logging.log4j', 'log4j-1.2-api', LOG4J_VERSION));
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by scripts/kafka/broker.js: the classpath of a local Kafka broker. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.dev</groupId>
  <artifactId>kafka-broker-classpath</artifactId>
  <version>${kafkaVersion}</version>
  <packaging>pom</packaging>
  <dependencies>
${dependencies.join('\n')}
  </dependencies>
</project>
`;
}

// ---------------------------------------------------------------------------------------------
// Configuration and storage

function serverProperties(instance) {
  const lines = [
    '# Written by scripts/kafka/broker.js on every start; edit the script, not this file.',
    'process.roles=broker,controller',
    `node.id=${NODE_ID}`,
    `controller.quorum.voters=${NODE_ID}@${HOST}:${instance.controllerPort}`,
    `listeners=PLAINTEXT://${HOST}:${instance.port},CONTROLLER://${HOST}:${instance.controllerPort}`,
    `advertised.listeners=PLAINTEXT://${HOST}:${instance.port}`,
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    `log.dirs=${instance.logDir}`,
    // One node: every internal topic has a single replica.
    'default.replication.factor=1',
    'min.insync.replicas=1',
    'offsets.topic.replication.factor=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    // Topics are made on purpose, by the code or test that owns them.
    'auto.create.topics.enable=false',
    'num.partitions=1',
    // Groups start consuming at once instead of waiting for more members that may come.
    'group.initial.rebalance.delay.ms=0',
    // Two cores shared with the tests: fewer threads than a production default.
    'num.network.threads=2',
    'num.io.threads=4',
    'num.recovery.threads.per.data.dir=1',
  ];
  return `${lines.join('\n')}\n`;
}

/** A cluster id in Kafka's form: 16 random bytes, base64url, not starting with '-'. */
function newClusterId() {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

/** Formats the KRaft storage once; the cluster id stays in the data dir for later starts. */
async function formatStorageOnce(instance, classpath) {
  if (fs.existsSync(path.join(instance.logDir, 'meta.properties'))) return;
  if (!fs.existsSync(instance.clusterIdFile)) fs.writeFileSync(instance.clusterIdFile, `${newClusterId()}\n`);
  const clusterId = fs.readFileSync(instance.clusterIdFile, 'utf8').trim();
  const format = await run('java', [...jvmOptions(instance, '256m'), '-cp', classpath, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', instance.configFile, '--ignore-formatted'], {
    cwd: instance.dataDir,
  });
  if (format.code !== 0) throw new Error(`Formatting the KRaft storage in ${instance.logDir} failed (exit ${format.code}):\n${tail(format.output, 40)}`);
}

function jvmOptions(instance, heap) {
  return [
    `-Xmx${heap}`,
    '-Xms128m',
    '-XX:+UseG1GC',
    '-XX:MaxGCPauseMillis=20',
    '-XX:+ExitOnOutOfMemoryError',
    // The quick compiler only: starts in about 3 s instead of 4.5 s and leaves the second core to
    // the tests; a development broker never runs long enough to repay the optimising compiler.
    '-XX:TieredStopAtLevel=1',
    '-Djava.awt.headless=true',
    `-Dlog4j2.configurationFile=${LOG_CONFIG}`,
    // Kafka's threads still log while the JVM shuts down; Log4j's own hook would stop them mid-way.
    '-Dlog4j2.shutdownHookEnabled=false',
    `-Dkafka.logs.dir=${instance.dataDir}`,
  ];
}

// ---------------------------------------------------------------------------------------------
// The process

/** What the pid file says about this instance's broker, if that very broker runs. */
function runningBroker(instance) {
  let recorded;
  try {
    recorded = JSON.parse(fs.readFileSync(instance.pidFile, 'utf8'));
  } catch {
    return undefined;
  }
  if (Number.isInteger(recorded.pid) && isOurBroker(recorded.pid, instance)) return recorded;
  fs.rmSync(instance.pidFile, { force: true });
  return undefined;
}

/** Alive, not a zombie, and the JVM started with this instance's config (a reused pid is not). */
function isOurBroker(pid, instance) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return false;
    const commandLine = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return commandLine.includes('kafka.Kafka') && commandLine.includes(instance.configFile);
  } catch {
    return false;
  }
}

/** Answers when a kafkajs admin client can describe the cluster and sees an unfenced broker. */
async function answers(brokers, timeoutMs = 5000) {
  const { Kafka, logLevel } = require('kafkajs');
  const admin = new Kafka({
    clientId: 'local-broker-probe',
    brokers,
    connectionTimeout: Math.min(timeoutMs, 3000),
    requestTimeout: timeoutMs,
    retry: { retries: 0 },
    logLevel: logLevel.NOTHING,
  }).admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return cluster.brokers.length > 0;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/**
 * Starts this instance's broker unless it already runs, and resolves once it answers.
 * Returns the bootstrap addresses and a `stop` for this very instance.
 */
async function ensureBroker(options = {}) {
  const instance = instanceOf(options);
  fs.mkdirSync(instance.dataDir, { recursive: true });
  return withStartLock(instance, () => startUnlessRunning(instance, options));
}

async function startUnlessRunning(instance, options) {
  const say = instance.quiet ? () => undefined : (line) => process.stdout.write(`${line}\n`);
  const handle = { brokers: instance.brokers, dataDir: instance.dataDir, stop: () => stopBroker(options) };

  const running = runningBroker(instance);
  if (running !== undefined) {
    if (running.port !== instance.port) throw new Error(`The broker of ${instance.dataDir} already runs on port ${running.port}, not ${instance.port}; stop it first.`);
    await waitUntilReady(instance, running.pid, undefined);
    say(`Kafka is already running on ${instance.brokers[0]} (pid ${running.pid}).`);
    return { ...handle, pid: running.pid, started: false };
  }
  if (await answers(instance.brokers, 2000)) {
    throw new Error(`Something else already answers as Kafka on ${instance.brokers[0]}; stop it or pick another --port.`);
  }

  const libDir = await resolveJars(instance.kafkaVersion, say);
  const classpath = path.join(libDir, '*');
  fs.writeFileSync(instance.configFile, serverProperties(instance));
  await formatStorageOnce(instance, classpath);

  say(`Starting Apache Kafka ${instance.kafkaVersion} on ${instance.brokers[0]} (data in ${path.relative(ROOT, instance.dataDir) || '.'})…`);
  const consoleLog = fs.openSync(instance.consoleLog, 'a');
  fs.writeSync(consoleLog, `\n${START_MARK}${new Date().toISOString()} (Kafka ${instance.kafkaVersion})\n`);
  const child = spawn('java', [...jvmOptions(instance, instance.heap), '-cp', classpath, 'kafka.Kafka', instance.configFile], {
    cwd: instance.dataDir,
    detached: true,
    stdio: ['ignore', consoleLog, consoleLog],
  });
  fs.closeSync(consoleLog);
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', (error) => resolve({ code: null, signal: null, error }));
  });
  if (child.pid === undefined) {
    const { error } = await exited;
    throw new Error(`Could not run java: ${error?.message ?? 'no process'}`);
  }
  child.unref();
  fs.writeFileSync(instance.pidFile, JSON.stringify({ pid: child.pid, port: instance.port, controllerPort: instance.controllerPort, kafkaVersion: instance.kafkaVersion }));

  try {
    await waitUntilReady(instance, child.pid, exited);
  } catch (error) {
    await stopBroker({ ...options, quiet: true });
    throw error;
  }
  say(`Kafka ${instance.kafkaVersion} is ready on ${instance.brokers[0]} (pid ${child.pid}).`);
  return { ...handle, pid: child.pid, started: true };
}

/**
 * Runs `work` while holding the data dir's start lock, so that two test files (or a test file and
 * `npm run kafka:start`) starting the same instance at once end up sharing one broker.
 */
async function withStartLock(instance, work) {
  const lockFile = path.join(instance.dataDir, 'start.lock');
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lockFile, 'utf8'));
      // An empty file is a lock being written right now; a dead holder's lock is stale.
      if (holder > 0 && !isAlive(holder)) {
        fs.rmSync(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Another start of the broker in ${instance.dataDir} (pid ${holder}) still holds ${lockFile}.`);
      await delay(250);
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

async function waitUntilReady(instance, pid, exited) {
  let exit;
  exited?.then((result) => (exit = result));
  const deadline = Date.now() + instance.readyTimeoutMs;
  while (Date.now() < deadline) {
    if (await answers(instance.brokers)) return;
    if (exit !== undefined || !isOurBroker(pid, instance)) {
      const how = exit ? `exit code ${exit.code}${exit.signal ? `, signal ${exit.signal}` : ''}` : 'it is gone';
      throw new Error(`Kafka on ${instance.brokers[0]} stopped before it answered (${how}). Last lines of ${instance.consoleLog}:\n${logTail(instance)}`);
    }
    await delay(500);
  }
  throw new Error(`Kafka on ${instance.brokers[0]} did not answer within ${instance.readyTimeoutMs / 1000} s. Last lines of ${instance.consoleLog}:\n${logTail(instance)}`);
}

/** Stops this instance's broker: SIGTERM for a controlled shutdown, SIGKILL if it outlasts the timeout. */
async function stopBroker(options = {}) {
  const instance = instanceOf(options);
  const say = instance.quiet ? () => undefined : (line) => process.stdout.write(`${line}\n`);
  const pid = runningBroker(instance)?.pid;
  if (pid === undefined) {
    say(`Kafka is not running (no live broker for ${path.relative(ROOT, instance.dataDir) || instance.dataDir}).`);
    return false;
  }
  process.kill(pid, 'SIGTERM');
  if (!(await gone(pid, instance, instance.stopTimeoutMs))) {
    say(`Kafka (pid ${pid}) did not stop within ${instance.stopTimeoutMs / 1000} s; killing it.`);
    process.kill(pid, 'SIGKILL');
    await gone(pid, instance, 10_000);
  }
  fs.rmSync(instance.pidFile, { force: true });
  say(`Kafka (pid ${pid}) stopped.`);
  return true;
}

async function gone(pid, instance, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isOurBroker(pid, instance)) return true;
    await delay(100);
  }
  return !isOurBroker(pid, instance);
}

async function status(options = {}) {
  const instance = instanceOf(options);
  const pid = runningBroker(instance)?.pid;
  const answering = await answers(instance.brokers, 3000);
  if (pid !== undefined) process.stdout.write(`Kafka pid ${pid} on ${instance.brokers[0]}: ${answering ? 'answering' : 'not answering yet'}.\n`);
  else process.stdout.write(`Kafka is not running for ${instance.dataDir}${answering ? `, but something answers on ${instance.brokers[0]}` : ''}.\n`);
  return pid !== undefined && answering;
}

// ---------------------------------------------------------------------------------------------
// Small pieces

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => reject(new Error(`Could not run ${command}: ${error.message}`)));
    child.on('close', (code) => resolve({ code, output }));
  });
}

function tail(text, lines) {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** The end of the broker's console log without Java stack frames, which would crowd out the cause. */
function logTail(instance) {
  let text;
  try {
    text = fs.readFileSync(instance.consoleLog, 'utf8');
  } catch {
    return '(no log written)';
  }
  const thisStart = text.slice(Math.max(0, text.lastIndexOf(START_MARK)));
  const withoutFrames = thisStart.split('\n').filter((line) => !/^\s+(at |\.\.\. \d+ more)/.test(line));
  return tail(withoutFrames.join('\n'), 30);
}

function parseArguments(argv) {
  const [command, ...rest] = argv;
  const options = {};
  const flags = {
    '--port': (value) => (options.port = Number(value)),
    '--controller-port': (value) => (options.controllerPort = Number(value)),
    '--data-dir': (value) => (options.dataDir = value),
    '--kafka-version': (value) => (options.kafkaVersion = value),
    '--timeout': (value) => (options.readyTimeoutMs = Number(value) * 1000),
  };
  for (let index = 0; index < rest.length; index += 2) {
    const apply = flags[rest[index]];
    if (apply === undefined || rest[index + 1] === undefined) throw new Error(`Unknown or incomplete option: ${rest[index]}`);
    apply(rest[index + 1]);
  }
  for (const key of ['port', 'controllerPort', 'readyTimeoutMs']) {
    if (options[key] !== undefined && !(options[key] > 0)) throw new Error(`Not a positive number: ${key}`);
  }
  return { command, options };
}

async function main() {
  const { command, options } = parseArguments(process.argv.slice(2));
  switch (command) {
    case 'start':
      await ensureBroker(options);
      return 0;
    case 'stop':
      await stopBroker(options);
      return 0;
    case 'status':
      return (await status(options)) ? 0 : 1;
    default:
      process.stderr.write('Usage: node scripts/kafka/broker.js start|stop|status [--port N] [--controller-port N] [--data-dir DIR] [--kafka-version X.Y.Z] [--timeout SECONDS]\n');
      return 2;
  }
}

module.exports = { ensureBroker, stopBroker, KAFKA_VERSION };

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    },
  );
}
