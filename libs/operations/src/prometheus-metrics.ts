import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

interface MeasuredRequest {
  readonly method: string;
  readonly route?: { readonly path?: unknown };
}

interface MeasuredResponse {
  readonly statusCode: number;
  once(event: 'finish', listener: () => void): unknown;
}

/** Requests that matched no route share one label, so probing random paths cannot grow the series. */
export const UNMATCHED_ROUTE = '(unmatched)';

/**
 * The process's metrics: Node's default process metrics and HTTP requests by method, route
 * pattern and status. A registry per application (not prom-client's global one) lets several
 * apps live in one process, as they do in tests.
 */
@Injectable()
export class PrometheusMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly durations = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to finishing its response, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Express middleware, mounted before the body parsers so refused bodies are counted too. */
  readonly measureRequests = (request: MeasuredRequest, response: MeasuredResponse, next: () => void): void => {
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      const path = request.route?.path;
      const labels = { method: request.method, route: typeof path === 'string' ? path : UNMATCHED_ROUTE, status: String(response.statusCode) };
      this.requests.inc(labels);
      this.durations.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };

  exposition(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
