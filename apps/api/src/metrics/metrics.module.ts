import { Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { PrometheusMetrics } from './prometheus-metrics';

@Module({
  controllers: [MetricsController],
  providers: [PrometheusMetrics],
  exports: [PrometheusMetrics],
})
export class MetricsModule {}
