import { Controller, Get, Inject, Res } from '@nestjs/common';
import { PrometheusMetrics } from '@app/operations';

interface HeaderSink {
  setHeader(name: string, value: string): unknown;
}

/** Prometheus text: the same registry as the API's, plus the relay's lag where the relay runs. */
@Controller('metrics')
export class WorkerMetricsController {
  constructor(@Inject(PrometheusMetrics) private readonly metrics: PrometheusMetrics) {}

  @Get()
  async scrape(@Res({ passthrough: true }) response: HeaderSink): Promise<string> {
    response.setHeader('Content-Type', this.metrics.contentType);
    return this.metrics.exposition();
  }
}
