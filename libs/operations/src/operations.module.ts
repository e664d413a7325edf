import { Global, Inject, Module, OnModuleInit } from '@nestjs/common';
import { Database, DATABASE } from '@app/database';
import { ProjectionRuntime, registerProjectionMetrics } from '@app/projections';
import { openCasesByWarningQuery } from '@app/read-models';
import { Clock, CLOCK } from '@app/workflow';
import { ProcessManagerRunner, registerProcessManagerMetrics, TimerStore, WorkflowEngine } from '@app/workflow-runtime';
import { DatabaseHealth } from './database-health';
import { registerDomainMetrics } from './domain-metrics';
import { Draining } from './draining';
import { PrometheusMetrics } from './prometheus-metrics';
import { ReaderHealth } from './reader-health';

/**
 * What the API and the worker share to be operated: the metrics registry with every metric both
 * report (read models, process managers, the domain's counters and gauges, the pool), the health
 * checks, and the draining flag set on SIGTERM. Each app adds its own `/health` and `/metrics`.
 * Needs the database, the projections and the workflow runtime modules.
 */
@Global()
@Module({
  providers: [PrometheusMetrics, DatabaseHealth, ReaderHealth, Draining],
  exports: [PrometheusMetrics, DatabaseHealth, ReaderHealth, Draining],
})
export class OperationsModule implements OnModuleInit {
  constructor(
    @Inject(PrometheusMetrics) private readonly metrics: PrometheusMetrics,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
    @Inject(ProcessManagerRunner) private readonly processManagers: ProcessManagerRunner,
    @Inject(WorkflowEngine) private readonly engine: WorkflowEngine,
    @Inject(TimerStore) private readonly timers: TimerStore,
    @Inject(DATABASE) private readonly database: Database,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    const registry = this.metrics.registry;
    const observer = registerDomainMetrics(registry, {
      timersDue: () => this.timers.countDue(this.clock.now()),
      openCases: () => openCasesByWarningQuery(this.projections.dataSource),
      pool: this.database.pool,
    });
    this.engine.observe(observer);
    registerProjectionMetrics(registry, this.projections);
    registerProcessManagerMetrics(registry, this.processManagers);
  }
}
