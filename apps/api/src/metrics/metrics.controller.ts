import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import { PrometheusMetrics } from '@app/operations';
import { HeaderSink } from '../http/header-sink';

@Public()
@ApiTags('ops')
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(PrometheusMetrics) private readonly metrics: PrometheusMetrics) {}

  @Get()
  @ApiOperation({
    summary:
      'Prometheus metrics: process metrics, HTTP requests by method, route and status, read models and process managers, events appended, commands refused, timers, open cases by warning, the connection pool',
  })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text exposition format', schema: { type: 'string' } })
  async scrape(@Res({ passthrough: true }) response: HeaderSink): Promise<string> {
    response.setHeader('Content-Type', this.metrics.contentType);
    return this.metrics.exposition();
  }
}
