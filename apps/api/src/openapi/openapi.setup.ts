import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { FieldProblem, PROBLEM_CONTENT_TYPE, ProblemDetails } from '../http/problem-details';
import { completeOpenApi } from './openapi-completion';

export const DOCS_PATH = 'docs';

/** The OpenAPI document (`/docs-json`) and its UI (`/docs`). */
export function setupOpenApi(app: INestApplication): void {
  const document = openApiDocument(app);
  SwaggerModule.setup(DOCS_PATH, app, document, { jsonDocumentUrl: `${DOCS_PATH}-json`, yamlDocumentUrl: `${DOCS_PATH}-yaml` });
}

/** The API's OpenAPI document, from its routes (the console's types are generated from it). */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Supervision engine API')
    .setDescription(
      'Event-sourced supervision and inspection cycles. Errors are application/problem+json with a stable `code`; ' +
        'mutations take `Idempotency-Key`, and `If-Match: "<version>"` to refuse a stale write with 412. ' +
        'Lists (rounds, tasks, cases, the audit trail) answer `{ items, nextCursor }`: pass `nextCursor` back as `cursor` for the next page ' +
        '(null: no more); a cursor the list did not hand out is 400 INVALID_CURSOR. Every response carries `Cache-Control: no-store` and ' +
        'the standard security headers; 429 carries `Retry-After` in seconds.',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .addTag('auth', 'sign in')
    .addTag('org-units', 'the city → county → township → village tree and its responsible people')
    .addTag('rounds', 'supervision rounds and their rubrics')
    .addTag('tasks', 'inspection tasks of a round')
    .addTag('cases', '督办 cases: 立项 → 交办 → 签收 → 办理 → 反馈 → 复核, extensions, splits, warnings and escalation')
    .addTag(
      'calendar',
      'the working-day calendar: official years (State Council notices, shipped or loaded by an admin as events) and provisional years ' +
        '(statutory holidays with 补假, no 调休); deadlines counted over a provisional year carry deadlineProvisional: true',
    )
    .addTag('audit', 'the audit trail and the integrity check of the log (auditors and admins)')
    .addTag('users', 'the user accounts (admins)')
    .addTag('ops', 'health, metrics')
    .addGlobalResponse({
      status: 500,
      description: 'INTERNAL_ERROR: a fault on our side (never a refusal of the request)',
      content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
    })
    .build();
  return completeOpenApi(SwaggerModule.createDocument(app, config, { extraModels: [ProblemDetails, FieldProblem], operationIdFactory: operationIdOf }));
}

/** An operation's id from its controller and handler: `CasesController.board` → `casesBoard` (not Nest's `CasesController_board`). */
export function operationIdOf(controllerKey: string, methodKey: string): string {
  const stem = controllerKey.replace(/Controller$/, '');
  return `${stem.charAt(0).toLowerCase()}${stem.slice(1)}${methodKey.charAt(0).toUpperCase()}${methodKey.slice(1)}`;
}
