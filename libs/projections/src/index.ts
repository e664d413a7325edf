export {
  applyEachEvent,
  defineProjection,
  EventHandler,
  ProjectionContext,
  ProjectionDefinition,
  ProjectionKind,
  ReadModelEntity,
  ReadModelMigration,
} from './projection-definition';
export { PROJECTOR_STATES, ProjectorState, ProjectionError, ProjectionStatus, RebuildProgress } from './projection-status';
export {
  ProjectionRuntime,
  ProjectionRuntimeOptions,
  RebuildInProgressError,
  UnknownProjectionError,
} from './projection-runtime';
export { RebuildOptions, RebuildReport } from './projection-rebuild';
export { TableComparison } from './table-comparison';
export { ProjectorLogger } from './async-projector';
export { DeliveredEvent, KafkaProjectionHaltedError, KafkaProjector, PartitionBatch, PartitionOutcome, partitionKey, TopicPartitionOf } from './kafka-projector';
export { registerProjectionMetrics, ProjectionMetricsOptions, ProjectionStatusSource } from './projection-metrics';
export {
  PROJECTIONS_DATA_SOURCE,
  PROJECTIONS_OPTIONS,
  ProjectionsModule,
  ProjectionsModuleAsyncOptions,
  ProjectionsModuleOptions,
} from './projections.module';
export { createSharedPoolDataSource, entityManagerOn } from './shared-pool-data-source';
export {
  ColumnDefinition,
  ColumnType,
  ConflictRule,
  defineTable,
  IndexDefinition,
  Queryable,
  ReadModelTable,
  TableColumn,
  TableDescription,
  TableUpsert,
  UpsertOptions,
} from './read-model-table';
export {
  createTables,
  describedTables,
  readModelComponent,
  recreateTables,
  tableEntities,
  TableMigration,
  TableMigrationOptions,
} from './read-model-migrations';
export { PROJECTION_RUNTIME_MIGRATIONS } from './projections.schema';
export { CategoryActivity, StreamActivity } from './stream-activity/stream-activity.entities';
export { StreamActivityOptions, streamActivityProjection } from './stream-activity/stream-activity.projection';
