import { DynamicModule, Inject, Logger, Module, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig, ConfigModule } from '@app/config';
import { Database, DATABASE, DatabaseModule } from '@app/database';
import { EventStoreModule } from '@app/event-store';
import { NotificationsModule } from '@app/notifications';
import { KAFKA_MESSAGING, KafkaMessaging, MessagingModule, MessagingModuleOptions, registerConsumerLagMetrics, registerRelayMetrics, relayLag } from '@app/messaging';
import { OperationsModule, PrometheusMetrics } from '@app/operations';
import { ProjectionDefinition, ProjectionsModule } from '@app/projections';
import { supervisionProjections } from '@app/read-models';
import { SealingModule } from '@app/sealing';
import { registerSupervisionProcessManagers, registerSupervisionWorkflows } from '@app/supervision';
import { ProcessManagerRunner, WorkflowEngine, WorkflowRuntimeModule } from '@app/workflow-runtime';
import { WorkerHealthController } from './operations/worker-health.controller';
import { WorkerMetricsController } from './operations/worker-metrics.controller';

export interface WorkerOptions {
  /** The read models this worker keeps (default: every supervision read model). */
  readonly projections?: () => ProjectionDefinition[];
}

/**
 * Background work, with no business API: fires the durable timers (warnings, escalations), runs the
 * process managers and the async read-model projectors, beside any number of API processes and
 * other workers on the same server. Timer claims use SKIP LOCKED and every reaction has a fixed
 * command id, so running several never doubles an effect.
 *
 * Without KAFKA_BROKERS the async projectors follow the log in-process (a projector's checkpoint
 * moves by compare-and-set, so two processes never apply an event twice). With it, the workers
 * are one Kafka consumer group that applies the async projections from the category topics
 * (adding a worker spreads the partitions), and every worker stands for the relay that publishes
 * the log to Kafka, one at a time by a lease.
 *
 * Over HTTP it serves only `/health` (503 while draining after SIGTERM or while its readers are
 * behind) and `/metrics`, on WORKER_PORT (see serve-operations.ts).
 */
@Module({})
export class WorkerModule implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(WorkerModule.name);

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(WorkflowEngine) private readonly engine: WorkflowEngine,
    @Inject(ProcessManagerRunner) private readonly processManagers: ProcessManagerRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PrometheusMetrics) private readonly metrics: PrometheusMetrics,
    @Inject(KAFKA_MESSAGING) private readonly messaging: KafkaMessaging,
  ) {}

  static forRoot(options: WorkerOptions = {}): DynamicModule {
    const projections = options.projections ?? supervisionProjections;
    return {
      module: WorkerModule,
      imports: [
        ConfigModule,
        DatabaseModule,
        EventStoreModule,
        WorkflowRuntimeModule,
        // Inline read models too: the worker appends (timer fires, process managers).
        ProjectionsModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({ projections: projections(), runAsyncProjectors: config.runProjectors, retryDelayMs: 5000 }),
        }),
        MessagingModule.forRootAsync({ inject: [APP_CONFIG], useFactory: messagingOptions }),
        // Timers fire warnings and escalations here: their notifications are written and sent here too.
        NotificationsModule,
        // The Merkle tree over the log and its signed checkpoints, kept up where timers run.
        SealingModule,
        OperationsModule,
      ],
      controllers: [WorkerHealthController, WorkerMetricsController],
    };
  }

  onModuleInit(): void {
    registerSupervisionWorkflows(this.engine, this.config.caseWarnings);
    registerSupervisionProcessManagers(this.processManagers);
    const { relay, consumer } = this.messaging;
    if (relay !== undefined) registerRelayMetrics(this.metrics.registry, () => relayLag(this.database.pool, relay.name));
    if (consumer !== undefined) registerConsumerLagMetrics(this.metrics.registry, () => consumer.lag());
  }

  onApplicationBootstrap(): void {
    const kafka = this.config.kafka;
    this.logger.log({
      message: 'worker up',
      database: { mode: this.database.mode },
      timersAndProcessManagers: this.config.runTimers,
      asyncProjectors: kafka === undefined ? (this.config.runProjectors ? 'in-process' : 'off') : `kafka group ${kafka.consumerGroup}`,
      relay: kafka?.runRelay ?? false,
    });
  }
}

export function messagingOptions(config: AppConfig): MessagingModuleOptions | undefined {
  const kafka = config.kafka;
  if (kafka === undefined) return undefined;
  return {
    brokers: kafka.brokers,
    clientId: kafka.clientId,
    topicPrefix: kafka.topicPrefix,
    topicPartitions: kafka.topicPartitions,
    topicReplicationFactor: kafka.topicReplicationFactor,
    consumerGroup: kafka.consumerGroup,
    runRelay: kafka.runRelay,
    relayLeaseMs: kafka.relayLeaseSeconds * 1000,
    runProjectors: true,
  };
}
