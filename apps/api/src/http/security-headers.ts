import helmet from 'helmet';

type Next = (error?: unknown) => void;

/**
 * Helmet's standard headers on every response (HSTS, nosniff, frame and referrer policies, …) with
 * its content security policy, which the Swagger UI at /docs works under as it is: its scripts
 * and stylesheet are files of this origin, its inline styles are allowed by `style-src`, its icons
 * are data: images. One change: no `upgrade-insecure-requests`, since the API is served over plain
 * HTTP on its own (`npm start`, behind a TLS-terminating proxy), and the directive would send a
 * browser to https:// for the UI's own files there.
 */
export function securityHeaders(): (request: unknown, response: unknown, next: Next) => void {
  return helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }) as (request: unknown, response: unknown, next: Next) => void;
}

/**
 * `Cache-Control: no-store` on every response unless the route says otherwise (the Swagger UI's
 * static files set their own): the API's answers are a person's view of cases and tasks, or a
 * token, and no browser or shared cache should keep them.
 */
export function noStore(_request: unknown, response: { setHeader(name: string, value: string): unknown }, next: Next): void {
  response.setHeader('Cache-Control', 'no-store');
  next();
}
