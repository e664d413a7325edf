export { DATABASE_CHECK_TIMEOUT_MS, DatabaseCheck, DatabaseHealth } from './database-health';
export { DomainMetricSources, registerDomainMetrics } from './domain-metrics';
export { Draining, StopOptions, stopOnSignals } from './draining';
export { OperationsModule } from './operations.module';
export { PrometheusMetrics, UNMATCHED_ROUTE } from './prometheus-metrics';
export { READERS_CHECK_TIMEOUT_MS, ReaderHealth } from './reader-health';
export { judgeReaders, ReaderCheck, ReaderLag, ReadersCheck, ReaderStatus, readersUnknown } from './reader-lag';
export { judgeReadiness, Readiness } from './readiness';
export { withinDeadline } from './within-deadline';
