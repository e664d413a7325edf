import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@app/config';
import { PrometheusMetrics, stopOnSignals } from '@app/operations';
import { AddressInfo } from 'node:net';

/** Past this, a close (after the drain) that still waits on work in hand is cut short. */
const CLOSE_TIMEOUT_MS = 10_000;

/**
 * Serves the worker's `/health` and `/metrics` (nothing else) on WORKER_PORT and HOST, and stops
 * it on SIGTERM after the drain (see {@link stopOnSignals}). Returns the address it listens on.
 */
export async function serveOperations(app: NestExpressApplication, config: AppConfig): Promise<string> {
  app.disable('x-powered-by');
  app.use(app.get(PrometheusMetrics).measureRequests);
  stopOnSignals(app, { drainMs: config.shutdownDrainSeconds * 1000, closeTimeoutMs: CLOSE_TIMEOUT_MS });
  if (config.host === undefined) await app.listen(config.workerPort);
  else await app.listen(config.workerPort, config.host);
  const { port } = app.getHttpServer().address() as AddressInfo;
  const host = config.host ?? 'localhost';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  new Logger('Worker').log({ message: `serving /health and /metrics on ${url}`, health: `${url}/health`, metrics: `${url}/metrics` });
  return url;
}
