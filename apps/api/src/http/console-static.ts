import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
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
  headers: Record<string, string | string[] | undefined>;
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

/** The content types of the files the build compresses (vite.config.mts), by extension. */
const COMPRESSED_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The encodings the build writes beside an asset, the better first, with their files' suffixes. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** Whether the Accept-Encoding header admits `encoding` (listed, or `*`, and not with q=0). */
export function acceptsEncoding(header: string | string[] | undefined, encoding: string): boolean {
  const offers = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((offer) => {
    const [name = '', ...parameters] = offer.trim().toLowerCase().split(';');
    const quality = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q='));
    return { name: name.trim(), refused: quality !== undefined && Number(quality.slice(2)) === 0 };
  });
  const offer = offers.find((candidate) => candidate.name === encoding) ?? offers.find((candidate) => candidate.name === '*');
  return offer !== undefined && !offer.refused;
}

/** The file under `assets` a request path names, or undefined for a malformed path or one leading out of it. */
function assetFile(assets: string, path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined; // serve-static answers a malformed path with its own 400
  }
  const file = normalize(join(assets, decoded));
  return file.startsWith(assets + sep) ? file : undefined;
}

/**
 * Serves the web console: `/` sends a browser to `/ui/`; the hashed files under `/ui/assets/`
 * are cacheable for a year (a new build has new names), sent brotli- or gzip-compressed from the
 * copies the build wrote when the browser accepts it, the other files (the icon) are checked
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
  // A hashed asset in the best encoding the browser takes that the build wrote a copy in.
  const assets = join(directory, 'assets');
  app.use(`${CONSOLE_PATH}/assets/`, (request: Request, response: Response, next: Next) => {
    const type = COMPRESSED_TYPES[extname(request.path)];
    if ((request.method !== 'GET' && request.method !== 'HEAD') || type === undefined) return next();
    const file = assetFile(assets, request.path);
    if (file === undefined) return next();
    response.setHeader('Vary', 'Accept-Encoding');
    const encoding = ENCODINGS.find(({ name, suffix }) => acceptsEncoding(request.headers['accept-encoding'], name) && existsSync(file + suffix));
    if (encoding === undefined) return next();
    response.setHeader('Content-Encoding', encoding.name);
    response.setHeader('Content-Type', type);
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    response.sendFile(file + encoding.suffix, (error) => (error === undefined ? undefined : next(error)));
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
