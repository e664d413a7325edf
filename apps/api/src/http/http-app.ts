import { NestApplicationOptions } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { APP_CONFIG, AppConfig } from '@app/config';
import { bindRequestLogger, ROOT_LOGGER } from '@app/logging';
import { PrometheusMetrics } from '@app/operations';
import { requestLogging } from '../logging/request-logging';
import { setupOpenApi } from '../openapi/openapi.setup';
import { serveConsole } from './console-static';
import { refuseDeepBodies, REQUEST_BODY_LIMIT, translateBodyParserErrors } from './request-body';
import { noStore, securityHeaders } from './security-headers';
import { answerUnparsableRequests } from './unparsable-requests';

/** Nest's own body parsers are off: {@link configureHttpApp} mounts them with a limit and error translation. */
export const HTTP_APP_OPTIONS: NestApplicationOptions = { bodyParser: false };

/**
 * What the HTTP app needs beyond its modules, in the order Express must see it: the request id
 * and the access line (every request, refused ones included), the client address rule (the rate limits key on it), metrics (every response counted, refused bodies
 * included), the security headers and `Cache-Control: no-store` (on every response, refusals
 * included), then the body parsers, the translation of their errors and the refusal of bodies
 * nested too deep, the request's logger bound for the Nest `Logger` calls that answer it, then
 * the OpenAPI routes and the web console (`/ui/`). Requests Node's parser refuses before Express
 * sees them (a head over the size limit) get a problem+json answer from the server itself. `main.ts` and the end-to-end tests both use
 * this, so the tests exercise the same app that runs.
 */
export function configureHttpApp(app: NestExpressApplication): void {
  answerUnparsableRequests(app.getHttpServer());
  app.disable('x-powered-by');
  // An ETag here is a stream version, set by the routes that have one; Express would otherwise add
  // a weak hash of the body to every other GET, which a client could mistake for one (and send
  // back as If-Match, to be refused).
  app.set('etag', false);
  // Express reads the client address from X-Forwarded-For only when the peer is a proxy trusted here.
  app.set('trust proxy', trustProxySetting(app.get<AppConfig>(APP_CONFIG)));
  app.use(requestLogging(app.get(ROOT_LOGGER)));
  app.use(app.get(PrometheusMetrics).measureRequests);
  app.use(securityHeaders());
  app.use(noStore);
  app.useBodyParser('json', { limit: REQUEST_BODY_LIMIT, type: ['application/json', 'application/*+json'] });
  app.useBodyParser('urlencoded', { limit: REQUEST_BODY_LIMIT, extended: true });
  app.use(translateBodyParserErrors);
  app.use(refuseDeepBodies);
  app.use(bindRequestLogger);
  setupOpenApi(app);
  serveConsole(app);
}

function trustProxySetting(config: AppConfig): boolean | number | string[] {
  return Array.isArray(config.trustProxy) ? [...config.trustProxy] : (config.trustProxy as boolean | number);
}
