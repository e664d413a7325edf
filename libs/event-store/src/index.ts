export * from './event.types';
export * from './event-store.errors';
export { canonicalJson, NotJsonError } from './canonical-json';
export { chainStep, digestOfStored, genesisHash, recordedAtMicros } from './hash-chain';
export { timeOrderedEventId } from './event-ids';
export { eventColumns, EventRow } from './event-row';
export { EVENT_STORE_MIGRATIONS, LOG_LOCK } from './event-store.schema';
export { EventStore, StoreTransaction } from './event-store';
export { ensureLogOrder, logHorizon, LogOrderCheck } from './log-order';
export { EVENT_STORE, EventStoreModule, migrateEventStore } from './event-store.module';
export {
  AppendHook,
  AppendOptions,
  EventStoreOptions,
  PostgresEventStore,
  ReadAllOptions,
  ReadStreamOptions,
  StreamFromSnapshot,
  TransactionOptions,
} from './postgres-event-store';
export { Snapshot } from './snapshots';
export { EventBatch, EVENTS_CHANNEL, SubscribeOptions, Subscription } from './subscription';
export { Upcaster, UpcasterRegistry } from './upcaster-registry';
export { BreakReason, VerifyOptions, VerifyReport } from './verify-log';
