import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { PROBLEM_CONTENT_TYPE } from './problem-details';

/** Where the console lives in the browser: everything else on the origin is the API. */
export const CONSOLE_PATH = '/ui';

/** The built console (`npm run build:console` writes it), next to the built API. */
export function consoleDirectory(): string {
  return join(process.cwd(), 'dist', 'console');
}

interface Request {
  method: string;
  path: string;
  originalUrl: string;
}
interface Response {
  redirect(status: number, url: string): void;
  setHeader(name: string, value: string): unknown;
  status(code: number): Response;
  type(value: string): Response;
  send(body: string): void;
  sendFile(path: string, callback: (error?: Error) => void): void;
}
type Next = (error?: unknown) => void;

/**
 * Serves the web console: `/` sends a browser to `/ui/`; the hashed files under `/ui/assets/`
 * are cacheable for a year (a new build has new names), the other files (the icon) are checked
 * each time; any other page under `/ui/` is the single-page app's `index.html`, never cached
 * without checking, so a new build is picked up at the next load.
 * Without a built console, `/ui/` says how to build it (404 problem+json).
 */
export function serveConsole(app: NestExpressApplication, directory = consoleDirectory()): void {
  const index = join(directory, 'index.html');
  app.use((request: Request, response: Response, next: Next) => {
    if ((request.method === 'GET' || request.method === 'HEAD') && (request.path === '/' || request.path === CONSOLE_PATH)) {
      response.redirect(302, `${CONSOLE_PATH}/`);
      return;
    }
    next();
  });
  app.useStaticAssets(directory, {
    prefix: `${CONSOLE_PATH}/`,
    index: false,
    // Every response was given `no-store` first, which serve-static would leave alone: set it here.
    setHeaders: (response: { setHeader(name: string, value: string): unknown }, path: string) =>
      response.setHeader('Cache-Control', path.startsWith(join(directory, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  app.use(`${CONSOLE_PATH}/`, (request: Request, response: Response, next: Next) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (request.originalUrl.startsWith(`${CONSOLE_PATH}/assets/`) || !existsSync(index)) {
      response
        .status(404)
        .type(PROBLEM_CONTENT_TYPE)
        .send(
          JSON.stringify({
            type: 'about:blank',
            title: 'Not Found',
            status: 404,
            code: 'NOT_FOUND',
            detail: existsSync(index) ? 'No such file of the console' : 'The console is not built: run `npm run build:console` (npm start does)',
          }),
        );
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index, (error) => (error === undefined ? undefined : next(error)));
  });
}
