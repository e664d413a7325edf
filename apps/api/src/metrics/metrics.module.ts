import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { ProjectionRuntime, registerProjectionMetrics } from '@app/projections';
import { MetricsController } from './metrics.controller';
import { PrometheusMetrics } from './prometheus-metrics';

@Module({
  controllers: [MetricsController],
  providers: [PrometheusMetrics],
  exports: [PrometheusMetrics],
})
export class MetricsModule implements OnModuleInit {
  constructor(
    @Inject(PrometheusMetrics) private readonly metrics: PrometheusMetrics,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
  ) {}

  /** Each read model's checkpoint, lag, state and last error, read at every scrape. */
  onModuleInit(): void {
    registerProjectionMetrics(this.metrics.registry, this.projections);
  }
}
