import Ajv, { ValidateFunction } from 'ajv';

/*
 * Checks real answers of the API against its own OpenAPI document: the body against the schema
 * documented for its operation, status and media type, and the ETag header against the headers
 * documented for that answer.
 */

type Json = Record<string, unknown>;

interface DocumentedResponse {
  readonly description?: string;
  readonly headers?: Record<string, unknown>;
  readonly content?: Record<string, { schema?: Json }>;
}

interface DocumentedOperation {
  readonly operationId: string;
  readonly responses: Record<string, DocumentedResponse>;
}

/** One real answer, as supertest gives it. */
export interface RealAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: unknown;
  readonly text?: string;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const DOCUMENT_ID = 'openapi';

/**
 * A schema of the document as JSON Schema for the check: every object closed, so a field the API
 * sends that the document does not name fails (an object that declares its own
 * additionalProperties keeps them); and OpenAPI 3.0's `nullable: true` as "this, or null" (JSON
 * Schema has no `nullable`, and a nullable `$ref` or enum is otherwise checked as not nullable).
 */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy: Json = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = key === 'example' || key === 'examples' ? value : closed(value);
  if (copy['properties'] !== undefined && copy['additionalProperties'] === undefined) copy['additionalProperties'] = false;
  if (copy['nullable'] !== true) return copy;
  delete copy['nullable'];
  return { anyOf: [copy, { type: 'null' }] };
}

function rooted(schema: Json): Json {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${DOCUMENT_ID}#/components/`)) as Json;
}

export class OpenApiConformance {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly routes: Array<{ pattern: RegExp; templated: number; path: string }>;
  /** The operations a check has seen answer, by operationId. */
  readonly exercised = new Set<string>();

  constructor(private readonly document: { paths: Record<string, Record<string, DocumentedOperation>>; components: Json }) {
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: closed(document.components) });
    this.routes = Object.keys(document.paths).map((path) => ({
      path,
      pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      templated: (path.match(/\{/g) ?? []).length,
    }));
  }

  /** The operation that answers `METHOD /path?query` (a literal segment wins over a parameter). */
  operation(method: string, url: string): DocumentedOperation {
    const path = url.split('?')[0]!;
    const candidates = this.routes.filter((route) => route.pattern.test(path) && this.document.paths[route.path]![method.toLowerCase()] !== undefined);
    candidates.sort((a, b) => a.templated - b.templated);
    const found = candidates[0];
    if (found === undefined) throw new Error(`no documented operation answers ${method} ${path}`);
    return this.document.paths[found.path]![method.toLowerCase()]!;
  }

  /**
   * What is wrong with an answer against the document: an undocumented status or media type, a
   * body off its schema, an ETag sent but not documented or documented but not sent. Empty: it conforms.
   */
  problemsOf(method: string, url: string, answer: RealAnswer): string[] {
    const operation = this.operation(method, url);
    this.exercised.add(operation.operationId);
    const where = `${method.toUpperCase()} ${url} → ${answer.status}`;
    const documented = operation.responses[String(answer.status)];
    if (documented === undefined) return [`${where}: status not documented (documented: ${Object.keys(operation.responses).join(', ')})`];
    const problems: string[] = [];
    if (answer.status >= 200 && answer.status < 300) {
      const etagDocumented = documented.headers?.['ETag'] !== undefined;
      const etag = answer.headers['etag'];
      if (etagDocumented && (typeof etag !== 'string' || !/^"\d+"$/.test(etag))) problems.push(`${where}: ETag documented, sent ${String(etag)}`);
      // Only the routes with a stream version send an ETag (Express's own weak ones are off).
      if (!etagDocumented && etag !== undefined) problems.push(`${where}: ETag ${String(etag)} sent, not documented`);
    }
    const contentType = String(answer.headers['content-type'] ?? '').split(';')[0]!.trim();
    if (documented.content === undefined) {
      if (contentType !== '' && (answer.text ?? '') !== '') problems.push(`${where}: a ${contentType} body, none documented`);
      return problems;
    }
    const media = documented.content[contentType];
    if (media === undefined) return [...problems, `${where}: ${contentType || 'no content type'} not documented (documented: ${Object.keys(documented.content).join(', ')})`];
    if (media.schema === undefined) return [...problems, `${where}: ${contentType} has no schema`];
    // Bytes (an evidence file) have no shape to check beyond their documented media type.
    if ((media.schema as { format?: unknown }).format === 'binary') return problems;
    const body = contentType.includes('json') ? answer.body : answer.text;
    const validate = this.validatorOf(`${operation.operationId} ${answer.status} ${contentType}`, media.schema);
    if (!validate(body)) {
      for (const error of validate.errors ?? []) problems.push(`${where}: ${error.instancePath || '(body)'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
    }
    return problems;
  }

  /** The operations of the document no check has seen answer. */
  unexercised(): string[] {
    return Object.values(this.document.paths)
      .flatMap((methods) => METHODS.map((method) => methods[method]?.operationId).filter((id): id is string => id !== undefined))
      .filter((id) => !this.exercised.has(id));
  }

  private validatorOf(key: string, schema: Json): ValidateFunction {
    let validate = this.validators.get(key);
    if (validate === undefined) {
      validate = this.ajv.compile(rooted(closed(schema) as Json));
      this.validators.set(key, validate);
    }
    return validate;
  }
}
