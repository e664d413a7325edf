import { BadRequestException, ForbiddenException, NotFoundException } from '@nestjs/common';
import { EventTooLargeError, InvalidStreamIdError, InvalidUpcasterError, WrongExpectedVersionError } from '@app/event-store';
import { DomainError, ForbiddenError, InvalidInputError, NotFoundError, RateLimitedError, UnauthenticatedError } from '@app/workflow';
import { problemResponse } from './problem-details.filter';
import { RequestBodyError } from './request-body';

class TaskAlreadyClosed extends DomainError {
  readonly code = 'TASK_ALREADY_CLOSED';
  constructor() {
    super('Task already closed', { taskId: 't-1' });
  }
}
class TaskNotFound extends NotFoundError {
  readonly code = 'TASK_NOT_FOUND';
}
class OutOfScope extends ForbiddenError {
  readonly code = 'OUT_OF_SCOPE';
}
class MissingToken extends UnauthenticatedError {
  readonly code = 'UNAUTHENTICATED';
}
class BadCursor extends InvalidInputError {
  readonly code = 'INVALID_CURSOR';
}
class TooManyGuesses extends RateLimitedError {
  readonly code = 'ACCOUNT_RATE_LIMITED';
  readonly retryAfterSeconds = 42;
}

const plain = { ifMatch: false };

describe('problemResponse', () => {
  it('maps a business rule to 409 with its code, its message as detail, and its details', () => {
    expect(problemResponse(new TaskAlreadyClosed(), plain).problem).toEqual({
      type: 'https://supervision.example/problems/task-already-closed',
      title: 'Conflict',
      status: 409,
      detail: 'Task already closed',
      code: 'TASK_ALREADY_CLOSED',
      details: { taskId: 't-1' },
    });
  });

  it('maps a lost database connection to 503 DATABASE_UNAVAILABLE with Retry-After, not to a logged 500', () => {
    const terminated = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    for (const error of [terminated, new Error('Connection terminated unexpectedly'), Object.assign(new Error('read'), { code: 'ECONNRESET' })]) {
      const response = problemResponse(error, plain);
      expect(response.problem).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
      expect(response.headers).toEqual({ 'Retry-After': '1' });
      expect(response.unexpected).toBeUndefined();
    }
    expect(problemResponse(new Error('boom'), plain)).toMatchObject({ problem: { status: 500 }, unexpected: true });
  });

  it('maps not-found, forbidden and unauthenticated domain errors to 404, 403 and 401', () => {
    expect(problemResponse(new TaskNotFound('No task t-9'), plain).problem.status).toBe(404);
    expect(problemResponse(new OutOfScope('Not your unit'), plain).problem.status).toBe(403);
    const unauthenticated = problemResponse(new MissingToken('Sign in first'), plain);
    expect(unauthenticated.problem.status).toBe(401);
    expect(unauthenticated.headers).toEqual({ 'WWW-Authenticate': 'Bearer' });
  });

  it('maps unreadable input to 400, and a rate limit to 429 with Retry-After in seconds', () => {
    expect(problemResponse(new BadCursor('Not a cursor'), plain).problem).toMatchObject({ status: 400, code: 'INVALID_CURSOR' });
    const limited = problemResponse(new TooManyGuesses('Slow down'), plain);
    expect(limited.problem).toMatchObject({ status: 429, code: 'ACCOUNT_RATE_LIMITED' });
    expect(limited.headers).toEqual({ 'Retry-After': '42' });
  });

  it('maps a stale expected version to 412 when the client sent If-Match, else 409', () => {
    const stale = new WrongExpectedVersionError('task-1', 3, 4);
    expect(problemResponse(stale, { ifMatch: true }).problem).toMatchObject({
      status: 412,
      code: 'WRONG_EXPECTED_VERSION',
      details: { streamId: 'task-1', expectedVersion: 3, actualVersion: 4 },
    });
    expect(problemResponse(stale, plain).problem.status).toBe(409);
  });

  it('maps bad input to the store to 400 and an oversized event to 413', () => {
    expect(problemResponse(new InvalidStreamIdError('', 'empty'), plain).problem).toMatchObject({ status: 400, code: 'INVALID_STREAM_ID' });
    expect(problemResponse(new EventTooLargeError(0, 2000, 1000), plain).problem).toMatchObject({ status: 413, code: 'EVENT_TOO_LARGE' });
  });

  it('lists the validation pipe field problems in errors', () => {
    const exception = new BadRequestException({
      message: 'The request is not valid',
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'title', message: 'title must be a string' }],
    });
    expect(problemResponse(exception, plain).problem).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'title', message: 'title must be a string' }],
    });
  });

  it('lists a plain message array in errors, and names a bare HttpException by its status', () => {
    expect(problemResponse(new BadRequestException(['a is wrong', 'b is wrong']), plain).problem).toMatchObject({
      code: 'BAD_REQUEST',
      detail: 'The request is not valid',
      errors: [{ message: 'a is wrong' }, { message: 'b is wrong' }],
    });
    expect(problemResponse(new NotFoundException('Cannot GET /nope'), plain).problem).toMatchObject({ code: 'NOT_FOUND', detail: 'Cannot GET /nope' });
    expect(problemResponse(new ForbiddenException(), plain).problem).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });

  it('passes a refused request body through with its own status and code', () => {
    expect(problemResponse(new RequestBodyError(413, 'PAYLOAD_TOO_LARGE', 'too large'), plain).problem).toMatchObject({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    });
  });

  it('hides anything unexpected behind a generic 500 and marks it to be logged', () => {
    const secret = new Error('password=hunter2 at /srv/app.js:1');
    for (const fault of [secret, new InvalidUpcasterError('bad upcaster'), 'a thrown string']) {
      const response = problemResponse(fault, plain);
      expect(response.unexpected).toBe(true);
      expect(response.problem).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
      expect(JSON.stringify(response.problem)).not.toMatch(/hunter2|bad upcaster|app\.js/);
    }
  });
});
