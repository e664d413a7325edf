import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem } from './problem-details';

/** Where in a value a string holds a NUL character, or undefined when none does. */
export function nulCharacterAt(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path || '(value)' : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulCharacterAt(item, `${path}[${index}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = nulCharacterAt(key, path) ?? nulCharacterAt(item, path === '' ? key : `${path}.${key}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * The global pipe: unknown properties are refused (not silently dropped), payloads become their
 * DTO classes, and a failure lists every field problem in the problem's `errors`. Text with a NUL
 * character is refused first, wherever it is (body, query, path): PostgreSQL stores no NUL in
 * text or jsonb, so it would otherwise fail deep in a query instead of as bad input.
 */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const field = nulCharacterAt(value, metadata.type === 'param' ? (metadata.data ?? '') : '');
      if (field !== undefined) {
        throw new BadRequestException({
          message: 'The request is not valid',
          code: 'VALIDATION_FAILED',
          errors: [{ field, message: `${field} must not contain a NUL character` }],
        });
      }
    }
    return super.transform(value, metadata);
  }
}

export function requestValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new BadRequestException({ message: 'The request is not valid', code: 'VALIDATION_FAILED', errors: fieldProblems(errors) }),
  });
}

export function fieldProblems(errors: readonly ValidationError[], parent?: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent === undefined ? error.property : `${parent}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}
