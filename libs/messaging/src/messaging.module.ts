import { BeforeApplicationShutdown, DynamicModule, Inject, Logger, Module, ModuleMetadata, OnApplicationBootstrap } from '@nestjs/common';
import { Database, DATABASE } from '@app/database';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { ProjectionRuntime } from '@app/projections';
import { KafkaProjectionConsumer } from './consumer/projection-consumer';
import { createKafkaClient } from './kafka-client';
import { LogRelay } from './relay/log-relay';

export interface MessagingModuleOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly topicPrefix: string;
  readonly topicPartitions: number;
  readonly topicReplicationFactor: number;
  readonly consumerGroup: string;
  /** Whether this process stands for the relay (the lease lets one process publish at a time). */
  readonly runRelay: boolean;
  readonly relayLeaseMs: number;
  /** Whether this process applies the async projections from Kafka. */
  readonly runProjectors: boolean;
}

export interface MessagingModuleAsyncOptions {
  readonly imports?: ModuleMetadata['imports'];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly inject?: any[];
  /** `undefined`: Kafka is not configured, and the module does nothing. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly useFactory: (...args: any[]) => MessagingModuleOptions | undefined | Promise<MessagingModuleOptions | undefined>;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

/** What runs here (both undefined without Kafka): for the app's metrics. */
export interface KafkaMessaging {
  readonly relay: LogRelay | undefined;
  readonly consumer: KafkaProjectionConsumer | undefined;
}
export const KAFKA_MESSAGING = Symbol('KAFKA_MESSAGING');

/**
 * Kafka for a Nest app (the worker): the relay (standing for its lease) and the async projectors
 * as a consumer group, started once the app has bootstrapped and stopped before shutdown (ahead of
 * the projection runtime and the database pool). Needs the global event store and the
 * `ProjectionsModule`, whose async projectors must not also run in-process.
 */
@Module({})
export class MessagingModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MessagingModule.name);

  constructor(@Inject(KAFKA_MESSAGING) private readonly running: KafkaMessaging) {}

  static forRootAsync(options: MessagingModuleAsyncOptions): DynamicModule {
    const logger = new Logger('Messaging');
    return {
      module: MessagingModule,
      imports: options.imports ?? [],
      providers: [
        { provide: MESSAGING_OPTIONS, inject: options.inject ?? [], useFactory: options.useFactory },
        {
          provide: KAFKA_MESSAGING,
          inject: [MESSAGING_OPTIONS, EVENT_STORE, DATABASE, ProjectionRuntime],
          useFactory: async (settings: MessagingModuleOptions | undefined, store: EventStore, database: Database, runtime: ProjectionRuntime): Promise<KafkaMessaging> => {
            if (settings === undefined) return { relay: undefined, consumer: undefined };
            const kafka = createKafkaClient({ brokers: settings.brokers, clientId: settings.clientId, logger });
            const relay = settings.runRelay
              ? new LogRelay({
                  store,
                  pool: database.pool,
                  kafka,
                  topicPrefix: settings.topicPrefix,
                  topicPartitions: settings.topicPartitions,
                  topicReplicationFactor: settings.topicReplicationFactor,
                  leaseMs: settings.relayLeaseMs,
                  logger,
                })
              : undefined;
            const consumer = settings.runProjectors
              ? new KafkaProjectionConsumer({
                  kafka,
                  projector: await runtime.kafkaProjector(),
                  groupId: settings.consumerGroup,
                  topicPrefix: settings.topicPrefix,
                  logger,
                })
              : undefined;
            return { relay, consumer };
          },
        },
      ],
      exports: [KAFKA_MESSAGING],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    const { relay, consumer } = this.running;
    await relay?.start();
    await consumer?.start();
    if (relay !== undefined || consumer !== undefined) {
      this.logger.log({ message: 'kafka messaging started', relay: relay?.holder ?? null, projectors: consumer !== undefined });
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([this.running.consumer?.stop(), this.running.relay?.stop()]);
  }
}
