// Types of broker.js for the TypeScript suites that start a broker through it.

export interface BrokerOptions {
  /** The PLAINTEXT listener on 127.0.0.1; 9092 by default. */
  port?: number;
  /** The KRaft controller listener on 127.0.0.1; `port + 1` by default. */
  controllerPort?: number;
  /** Everything of one instance: config, pid file, console log, cluster id, partitions; `.kafka/data` by default. */
  dataDir?: string;
  kafkaVersion?: string;
  readyTimeoutMs?: number;
  stopTimeoutMs?: number;
  /** The JVM's -Xmx, e.g. '512m'. */
  heap?: string;
  /** Prints nothing on stdout. */
  quiet?: boolean;
}

export interface RunningBroker {
  /** Bootstrap addresses for kafkajs. */
  readonly brokers: string[];
  readonly dataDir: string;
  readonly pid: number;
  /** False when the broker of this data dir was already running and answering. */
  readonly started: boolean;
  /** Stops this instance (SIGTERM, then SIGKILL after the stop timeout); false if it was not running. */
  stop(): Promise<boolean>;
}

export const KAFKA_VERSION: string;
export function ensureBroker(options?: BrokerOptions): Promise<RunningBroker>;
export function stopBroker(options?: BrokerOptions): Promise<boolean>;
