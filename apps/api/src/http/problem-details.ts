import { STATUS_CODES } from 'node:http';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { problemInstance } from '../logging/request-id';

/** RFC 9457 media type of every error response. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const PROBLEM_TYPE_BASE = 'https://supervision.example/problems/';

/** One field of a request that failed validation. */
export class FieldProblem {
  @ApiPropertyOptional({ example: 'scores.0.score', description: 'dotted path of the field; absent when the problem is not about one field' })
  field?: string;
  @ApiProperty({ example: 'score must not be greater than 1000000' }) message!: string;
}

/**
 * The body of every error response. `code` is stable (clients match on it) and `type` is derived
 * from it, so the two never disagree.
 */
export class ProblemDetails {
  @ApiProperty({ example: 'https://supervision.example/problems/task-already-closed' }) type!: string;
  @ApiProperty({ example: 'Conflict' }) title!: string;
  @ApiProperty({ example: 409 }) status!: number;
  @ApiProperty({ example: 'Task already closed' }) detail!: string;
  @ApiProperty({ example: 'TASK_ALREADY_CLOSED' }) code!: string;
  @ApiPropertyOptional({ type: [FieldProblem], description: 'present on validation failures' }) errors?: FieldProblem[];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'facts about the refusal (ids, versions)' })
  details?: Record<string, unknown>;
  @ApiPropertyOptional({
    example: 'urn:request:0f0c3d2e-5b7a-4c41-9a0e-2b1f8f7d9c11',
    description:
      'the refused request, `urn:request:<request id>`: the id echoed in the X-Request-Id header, carried by the log lines of the request; quote it when reporting a problem',
  })
  instance?: string;
}

export function problemType(code: string): string {
  return PROBLEM_TYPE_BASE + code.toLowerCase().replace(/_/g, '-');
}

export function problem(
  status: number,
  code: string,
  detail: string,
  extra: { errors?: FieldProblem[]; details?: Readonly<Record<string, unknown>> } = {},
): ProblemDetails {
  const body: ProblemDetails = { type: problemType(code), title: STATUS_CODES[status] ?? 'Error', status, detail, code };
  if (extra.errors !== undefined && extra.errors.length > 0) body.errors = extra.errors;
  if (extra.details !== undefined && Object.keys(extra.details).length > 0) body.details = { ...extra.details };
  return body;
}

/** The problem as answered to a request: its `instance` names the request by its id (see logging/request-id.ts). */
export function answeredProblem(body: ProblemDetails, requestId: unknown): ProblemDetails {
  return typeof requestId === 'string' ? { ...body, instance: problemInstance(requestId) } : body;
}
