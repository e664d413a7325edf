export {
  categoryOfTopic,
  ENVELOPE_VERSION,
  eventOfEnvelope,
  eventOfMessage,
  HEADERS,
  IntegrationEventEnvelope,
  NotAnIntegrationEventError,
  parseEnvelope,
  toEnvelope,
  toMessage,
  topicFor,
} from './integration-event';
export { createKafkaClient, KafkaClientOptions } from './kafka-client';
export { MessagingLogger } from './messaging-logger';
export { MESSAGING_MIGRATIONS } from './messaging.schema';
export { ensureTopics, TopicSettings } from './topics';
export { HeldLease, Lease } from './relay/lease';
export { registerRelayMetrics, RelayLag, relayLag } from './relay/relay-metrics';
export { LeaseLostError, LogRelay, LogRelayOptions, RelayState } from './relay/log-relay';
export { KafkaProjectionConsumer, ProjectionConsumerOptions } from './consumer/projection-consumer';
export { consumerGroupLag, registerConsumerLagMetrics, TopicLag, topicLag } from './consumer/consumer-lag';
export { KAFKA_MESSAGING, KafkaMessaging, MESSAGING_OPTIONS, MessagingModule, MessagingModuleAsyncOptions, MessagingModuleOptions } from './messaging.module';
