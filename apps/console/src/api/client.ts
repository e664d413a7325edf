import type { components } from './schema';
import { problemMessage } from './problems';

export type Schemas = components['schemas'];
export type ProblemBody = Schemas['ProblemDetails'];

/** A refusal or failure from the API, with the words to show for it (zh-CN). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly problem: Partial<ProblemBody> | undefined,
  ) {
    super(problemMessage(code, status, problem));
    this.name = 'ApiProblem';
  }
}

/** The words to show for a failed call: the API's refusal in Chinese, else `fallback` (a fault of the page or the network). */
export function wordsFor(problem: unknown, fallback: string): string {
  return problem instanceof ApiProblem ? problem.message : fallback;
}

export interface ApiAnswer<T> {
  readonly body: T;
  /** The stream version the answer reflects (`ETag`), when it has one. */
  readonly version: number | undefined;
}

type Query = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  readonly query?: Query;
  readonly body?: unknown;
  /** The version the page showed: a change since then is refused (412) rather than overwritten. */
  readonly ifMatch?: number;
}

let tokenSource: () => string | undefined = () => undefined;
let onUnauthenticated: () => void = () => undefined;

/** Where the client finds the signed-in user's token, and what to do when the API no longer takes it. */
export function configureApi(options: { token: () => string | undefined; unauthenticated: () => void }): void {
  tokenSource = options.token;
  onUnauthenticated = options.unauthenticated;
}

function urlOf(path: string, query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}

/**
 * One call to the API on this origin. Commands carry a fresh `Idempotency-Key`, so a click sent
 * twice (a double tap, a retry after a dropped answer) is one command. Refusals become
 * {@link ApiProblem}s; a 401 also signs the user out.
 */
export async function call<T>(method: 'GET' | 'POST' | 'PUT', path: string, options: RequestOptions = {}): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = tokenSource();
  if (token !== undefined) headers['Authorization'] = `Bearer ${token}`;
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    headers['Idempotency-Key'] = crypto.randomUUID();
  }
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
  let response: Response;
  try {
    response = await fetch(urlOf(path, options.query), {
      method,
      headers,
      ...(method === 'GET' ? {} : { body: JSON.stringify(options.body ?? {}) }),
    });
  } catch {
    throw new ApiProblem(0, 'NETWORK', undefined);
  }
  const text = await response.text();
  const parsed: unknown = text === '' ? undefined : safeJson(text);
  if (!response.ok) {
    const problem = (parsed ?? undefined) as Partial<ProblemBody> | undefined;
    // A wrong password at sign-in or at a password change is an answer to show, not a session that ended.
    if (response.status === 401 && path !== '/auth/login' && path !== '/auth/password') onUnauthenticated();
    throw new ApiProblem(response.status, problem?.code ?? `HTTP_${response.status}`, problem);
  }
  const etag = response.headers.get('ETag');
  const version = etag === null ? undefined : Number(etag.replace(/\D/g, ''));
  return { body: parsed as T, version: Number.isFinite(version) ? version : undefined };
}

/** Fetches a file the API streams (the audit trail's CSV) with the user's token, and saves it as `fileName`. */
export async function downloadFile(path: string, query: Query, fileName: string): Promise<void> {
  const token = tokenSource();
  const response = await fetch(urlOf(path, query), { headers: token === undefined ? {} : { Authorization: `Bearer ${token}` } });
  if (!response.ok) {
    const problem = safeJson(await response.text()) as Partial<ProblemBody> | undefined;
    throw new ApiProblem(response.status, problem?.code ?? `HTTP_${response.status}`, problem);
  }
  saveBlob(await response.blob(), fileName);
}

/** Puts a file in as evidence (its bytes as the body, its type as Content-Type); answers its hash, size and type. */
export async function uploadEvidence(file: File): Promise<Schemas['EvidenceUploadResponse']> {
  const token = tokenSource();
  let response: Response;
  try {
    response = await fetch(urlOf('/evidence', undefined), {
      method: 'POST',
      headers: { 'Content-Type': file.type === '' ? 'application/octet-stream' : file.type, ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }) },
      body: file,
    });
  } catch {
    throw new ApiProblem(0, 'NETWORK', undefined);
  }
  const parsed = safeJson(await response.text());
  if (!response.ok) {
    const problem = parsed as Partial<ProblemBody> | undefined;
    if (response.status === 401) onUnauthenticated();
    throw new ApiProblem(response.status, problem?.code ?? `HTTP_${response.status}`, problem);
  }
  return parsed as Schemas['EvidenceUploadResponse'];
}

/** Hands a file made in the page to the browser's download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export const get = <T>(path: string, query?: Query) => call<T>('GET', path, { query });
export const post = <T>(path: string, body?: unknown, ifMatch?: number) => call<T>('POST', path, { body, ifMatch });
