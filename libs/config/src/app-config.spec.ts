import { ConfigValidationError, loadConfig, loadTestEnvironment } from './app-config';

describe('loadConfig', () => {
  it('given no variables, it runs embedded in demo mode on port 3000', () => {
    const { jwtSecret, ...config } = loadConfig({});
    expect(jwtSecret).toMatch(/^[0-9a-f]{64}$/);
    expect(config).toEqual({
      databaseUrl: undefined,
      dataDir: './.data',
      port: 3000,
      host: undefined,
      workerPort: 3001,
      shutdownDrainSeconds: 5,
      logLevel: 'log',
      maxEventBytes: 1024 * 1024,
      demo: true,
      demoActivity: true,
      demoScale: 'city',
      databasePoolSize: 10,
      jwtTtlSeconds: 8 * 3600,
      loginRateLimitPerMinute: 10,
      loginFailuresPerAccount: 10,
      loginFailureWindowSeconds: 900,
      trustProxy: false,
      runTimers: true,
      runProjectors: true,
      readerLagBoundSeconds: 30,
      bootstrapAdmin: undefined,
      notifications: { webhook: undefined, dingtalk: undefined, maxAttempts: 10, retryBaseSeconds: 5 },
      evidence: { dir: '.data/evidence', maxBytes: 20 * 1024 * 1024 },
      sealing: { origin: 'supervision-engine/audit', signingKeyFile: undefined, checkpointEverySeconds: 60, checkpointEveryEvents: 1000, witnessFile: undefined, witnessUrl: undefined },
      caseWarnings: { blueWorkingDaysBeforeDeadline: 2, redWorkingDaysOverdue: 3, redOnApprovedExtension: 2 },
    });
  });

  it('seeds the whole city in demo mode unless DEMO_SCALE says core', () => {
    expect(loadConfig({ DEMO_SCALE: 'core' }).demoScale).toBe('core');
    expect(() => loadConfig({ DEMO_SCALE: 'town' })).toThrow(/DEMO_SCALE must be city or core/);
  });

  it('keeps evidence in the data folder unless EVIDENCE_DIR says where, up to EVIDENCE_MAX_BYTES', () => {
    expect(loadConfig({ DATA_DIR: '/srv/supervision' }).evidence).toEqual({ dir: '/srv/supervision/evidence', maxBytes: 20 * 1024 * 1024 });
    expect(loadConfig({ EVIDENCE_DIR: '/mnt/nas/evidence', EVIDENCE_MAX_BYTES: '5242880' }).evidence).toEqual({ dir: '/mnt/nas/evidence', maxBytes: 5_242_880 });
    expect(() => loadConfig({ EVIDENCE_MAX_BYTES: '10' })).toThrow(/EVIDENCE_MAX_BYTES/);
  });

  it('reads the first admin from BOOTSTRAP_ADMIN_USERNAME and BOOTSTRAP_ADMIN_PASSWORD, which go together', () => {
    expect(loadConfig({ BOOTSTRAP_ADMIN_USERNAME: 'ops', BOOTSTRAP_ADMIN_PASSWORD: 'Huzhou-ops-2026' }).bootstrapAdmin).toEqual({
      username: 'ops',
      password: 'Huzhou-ops-2026',
      displayName: '系统管理员',
    });
    expect(() => loadConfig({ BOOTSTRAP_ADMIN_USERNAME: 'ops' })).toThrow(/BOOTSTRAP_ADMIN_USERNAME and BOOTSTRAP_ADMIN_PASSWORD go together/);
    expect(() => loadConfig({ BOOTSTRAP_ADMIN_PASSWORD: 'x' })).toThrow(/go together/);
  });

  it('reads the sealing settings: one-word origin, a key file, how often checkpoints are issued', () => {
    expect(loadConfig({ SEAL_ORIGIN: 'huzhou.supervision/audit', SEAL_SIGNING_KEY_FILE: '/etc/seal.pem', SEAL_CHECKPOINT_SECONDS: '30', SEAL_CHECKPOINT_EVENTS: '500' }).sealing).toEqual({
      origin: 'huzhou.supervision/audit',
      signingKeyFile: '/etc/seal.pem',
      checkpointEverySeconds: 30,
      checkpointEveryEvents: 500,
      witnessFile: undefined,
      witnessUrl: undefined,
    });
    expect(() => loadConfig({ SEAL_ORIGIN: 'two words' })).toThrow(/SEAL_ORIGIN must be one word/);
  });

  it('reads the witnesses checkpoints are pushed to: a file, an http(s) receiver, or both, only where checkpoints are signed', () => {
    const secret = 'x'.repeat(32);
    const server = { DATABASE_URL: 'postgres://x@127.0.0.1/db', JWT_SECRET: secret, SEAL_SIGNING_KEY_FILE: '/etc/seal.pem' };
    expect(loadConfig({ ...server, SEAL_WITNESS_FILE: '/srv/audit/checkpoints.notes', SEAL_WITNESS_URL: 'https://witness.example/checkpoints' }).sealing).toMatchObject({
      witnessFile: '/srv/audit/checkpoints.notes',
      witnessUrl: 'https://witness.example/checkpoints',
    });
    // Demo mode signs with a key of its own.
    expect(loadConfig({ SEAL_WITNESS_FILE: 'checkpoints.notes' }).sealing.witnessFile).toBe('checkpoints.notes');
    expect(() => loadConfig({ ...server, SEAL_WITNESS_URL: 'ftp://witness.example' })).toThrow(/SEAL_WITNESS_URL must be an http/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x@127.0.0.1/db', JWT_SECRET: secret, SEAL_WITNESS_FILE: '/srv/audit/checkpoints.notes' })).toThrow(
      /SEAL_WITNESS_FILE and SEAL_WITNESS_URL need signed checkpoints/,
    );
  });

  it('reads the notification channels: a webhook needs its signing secret, a DingTalk robot may go without one', () => {
    const secret = 's'.repeat(16);
    expect(
      loadConfig({ NOTIFY_WEBHOOK_URL: 'http://127.0.0.1:9000/hook', NOTIFY_WEBHOOK_SECRET: secret, NOTIFY_DINGTALK_URL: 'https://oapi.dingtalk.com/robot/send?access_token=t' })
        .notifications,
    ).toEqual({
      webhook: { url: 'http://127.0.0.1:9000/hook', secret },
      dingtalk: { url: 'https://oapi.dingtalk.com/robot/send?access_token=t', secret: undefined },
      maxAttempts: 10,
      retryBaseSeconds: 5,
    });
    expect(() => loadConfig({ NOTIFY_WEBHOOK_URL: 'http://127.0.0.1:9000/hook' })).toThrow(/NOTIFY_WEBHOOK_SECRET must be at least 16 characters/);
    expect(() => loadConfig({ NOTIFY_WEBHOOK_SECRET: secret })).toThrow(/NOTIFY_WEBHOOK_SECRET is set without NOTIFY_WEBHOOK_URL/);
    expect(() => loadConfig({ NOTIFY_DINGTALK_URL: 'ftp://robot' })).toThrow(/NOTIFY_DINGTALK_URL must be an http/);
    expect(() => loadConfig({ NOTIFY_MAX_ATTEMPTS: '0' })).toThrow(/NOTIFY_MAX_ATTEMPTS must be an integer from 1 to 100/);
  });

  it('given a DATABASE_URL, demo mode is off unless asked for', () => {
    const secret = 'x'.repeat(32);
    expect(loadConfig({ DATABASE_URL: 'postgres://x@127.0.0.1/db', JWT_SECRET: secret }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://x@127.0.0.1/db', DEMO: 'true' }).demo).toBe(true);
  });

  it('reads TRUST_PROXY as off, a hop count, or a list of addresses, subnets and named ranges, and refuses anything else', () => {
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8,192.0.2.7' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8', '192.0.2.7']);
    for (const bad of ['true', 'everyone', '10.0.0.0/33', '11', '1.2.3', 'loopback,'])
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY must be/);
  });

  it('given several bad variables, it lists every one of them in one error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x', DEMO: 'yes' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    const problems = (error as ConfigValidationError).problems;
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/JWT_SECRET/);
    expect(problems.join('\n')).toMatch(/PORT/);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL/);
    expect(problems.join('\n')).toMatch(/DATABASE_URL/);
    expect(problems.join('\n')).toMatch(/DEMO/);
  });

  it('requires a JWT secret of at least 32 characters outside demo mode', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x@127.0.0.1/db' })).toThrow(/JWT_SECRET is required/);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/at least 32/);
  });

  it('rejects a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be an integer from 1 to 65535/);
  });

  it('reads the case warning thresholds, defaulting to blue 2 working days before, red 3 overdue and on the 2nd extension', () => {
    expect(loadConfig({}).caseWarnings).toEqual({ blueWorkingDaysBeforeDeadline: 2, redWorkingDaysOverdue: 3, redOnApprovedExtension: 2 });
    expect(loadConfig({ CASE_BLUE_WORKING_DAYS_BEFORE_DEADLINE: '0', CASE_RED_WORKING_DAYS_OVERDUE: '5', CASE_RED_ON_APPROVED_EXTENSION: '3' }).caseWarnings).toEqual({
      blueWorkingDaysBeforeDeadline: 0,
      redWorkingDaysOverdue: 5,
      redOnApprovedExtension: 3,
    });
    expect(() => loadConfig({ CASE_RED_WORKING_DAYS_OVERDUE: '0' })).toThrow(/CASE_RED_WORKING_DAYS_OVERDUE/);
  });

  it('reads the readers’ lag bound for /health, 30 seconds unless told, from 1 second to a day', () => {
    expect(loadConfig({}).readerLagBoundSeconds).toBe(30);
    expect(loadConfig({ READER_LAG_BOUND_SECONDS: '5' }).readerLagBoundSeconds).toBe(5);
    for (const bad of ['0', '86401', 'soon', '2.5']) expect(() => loadConfig({ READER_LAG_BOUND_SECONDS: bad })).toThrow(/READER_LAG_BOUND_SECONDS must be an integer from 1 to 86400/);
  });

  it('reads where to listen: HOST for both processes, WORKER_PORT for the worker (0: any free port), and the drain after SIGTERM', () => {
    expect(loadConfig({ HOST: '127.0.0.1', WORKER_PORT: '0', SHUTDOWN_DRAIN_SECONDS: '0' })).toMatchObject({ host: '127.0.0.1', workerPort: 0, shutdownDrainSeconds: 0 });
    expect(loadConfig({ HOST: '::1' }).host).toBe('::1');
    expect(loadConfig({ HOST: 'localhost', WORKER_PORT: '9464' })).toMatchObject({ host: 'localhost', workerPort: 9464 });
    for (const bad of ['http://0.0.0.0', '0.0.0.0:3000', 'two words', '-lead']) expect(() => loadConfig({ HOST: bad })).toThrow(/HOST must be an IP address or a host name/);
    for (const bad of ['-1', '65536', 'metrics']) expect(() => loadConfig({ WORKER_PORT: bad })).toThrow(/WORKER_PORT must be an integer from 0 to 65535/);
    for (const bad of ['121', 'soon', '1.5']) expect(() => loadConfig({ SHUTDOWN_DRAIN_SECONDS: bad })).toThrow(/SHUTDOWN_DRAIN_SECONDS must be an integer from 0 to 120/);
  });

  describe('Kafka (the distributed setup)', () => {
    const server = { DATABASE_URL: 'postgres://x@127.0.0.1/db', JWT_SECRET: 'x'.repeat(32) };

    it('is off without KAFKA_BROKERS, and the async projectors run in-process', () => {
      const config = loadConfig(server);
      expect(config.kafka).toBeUndefined();
      expect(config.runProjectors).toBe(true);
    });

    it('given KAFKA_BROKERS, it reads the Kafka settings with their defaults and leaves the async projectors to Kafka', () => {
      const config = loadConfig({ ...server, KAFKA_BROKERS: 'kafka-1:9092, kafka-2:9092' });
      expect(config.kafka).toEqual({
        brokers: ['kafka-1:9092', 'kafka-2:9092'],
        clientId: 'supervision-engine',
        topicPrefix: 'supervision',
        topicPartitions: 6,
        topicReplicationFactor: 1,
        consumerGroup: 'supervision-projectors',
        runRelay: true,
        relayLeaseSeconds: 10,
      });
      expect(config.runProjectors).toBe(false);
    });

    it('reads every Kafka variable', () => {
      const config = loadConfig({
        ...server,
        KAFKA_BROKERS: '127.0.0.1:19092',
        KAFKA_CLIENT_ID: 'worker-a',
        KAFKA_TOPIC_PREFIX: 'huzhou.supervision',
        KAFKA_TOPIC_PARTITIONS: '12',
        KAFKA_TOPIC_REPLICATION_FACTOR: '3',
        KAFKA_CONSUMER_GROUP: 'read-models',
        RUN_RELAY: 'false',
        RELAY_LEASE_SECONDS: '30',
      });
      expect(config.kafka).toEqual({
        brokers: ['127.0.0.1:19092'],
        clientId: 'worker-a',
        topicPrefix: 'huzhou.supervision',
        topicPartitions: 12,
        topicReplicationFactor: 3,
        consumerGroup: 'read-models',
        runRelay: false,
        relayLeaseSeconds: 30,
      });
    });

    it('refuses in-process async projectors beside Kafka, Kafka on the embedded database, and bad Kafka values, all in one error', () => {
      let error: unknown;
      try {
        loadConfig({ KAFKA_BROKERS: 'no port here', RUN_PROJECTORS: 'true', KAFKA_TOPIC_PARTITIONS: '0', KAFKA_TOPIC_PREFIX: 'bad/prefix' });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigValidationError);
      const problems = (error as ConfigValidationError).problems.join('\n');
      expect(problems).toMatch(/KAFKA_BROKERS must be a comma-separated list/);
      expect(problems).toMatch(/KAFKA_BROKERS needs DATABASE_URL/);
      expect(problems).toMatch(/RUN_PROJECTORS=true cannot be combined with KAFKA_BROKERS/);
      expect(problems).toMatch(/KAFKA_TOPIC_PARTITIONS/);
      expect(problems).toMatch(/KAFKA_TOPIC_PREFIX/);
    });
  });
});

describe('loadTestEnvironment', () => {
  it('reads how long the foreign-transaction suite holds its transaction, leaving the default to the suite', () => {
    expect(loadTestEnvironment({}).foreignTransactionHoldSeconds).toBeUndefined();
    expect(loadTestEnvironment({ FOREIGN_TRANSACTION_HOLD_SECONDS: '60' }).foreignTransactionHoldSeconds).toBe(60);
    expect(loadTestEnvironment({ FOREIGN_TRANSACTION_HOLD_SECONDS: 'a minute' }).foreignTransactionHoldSeconds).toBeUndefined();
  });
});
