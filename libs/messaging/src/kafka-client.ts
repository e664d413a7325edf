import { Kafka, logLevel } from 'kafkajs';
import { kafkaLogCreator, MessagingLogger, SILENT } from './messaging-logger';

export interface KafkaClientOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly logger?: MessagingLogger;
}

/**
 * A kafkajs client whose connection retries outlast a broker restart (backing off to 5 s), so
 * the relay and the consumers ride one out instead of giving up.
 */
export function createKafkaClient(options: KafkaClientOptions): Kafka {
  return new Kafka({
    clientId: options.clientId,
    brokers: [...options.brokers],
    logLevel: logLevel.WARN,
    logCreator: kafkaLogCreator(options.logger ?? SILENT),
    retry: { initialRetryTime: 200, maxRetryTime: 5000, retries: 12 },
  });
}
