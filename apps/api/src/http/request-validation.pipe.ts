import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
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
 * What class-validator lets through but a DTO's reader cannot take, for a validated DTO and the
 * DTOs nested in it: `null` for a property (`@IsOptional` lets null pass as "absent", yet the
 * property is then null, not absent), an array where one nested object is declared
 * (`@ValidateNested` validates an array's items as if each were the object), and anything but
 * an object as an item of a list of nested objects. The rule holds for every DTO, so a new one is
 * covered without a decorator of its own.
 */
export function shapeProblems(dto: object, path = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(dto.constructor, '', true, false);
  const properties = new Set(metadatas.map((metadata) => metadata.propertyName));
  for (const property of properties) {
    const value: unknown = (dto as Record<string, unknown>)[property];
    const field = path === '' ? property : `${path}.${property}`;
    if (value === null) {
      problems.push({ field, message: `${field} must not be null; leave it out instead` });
      continue;
    }
    const nested = metadatas.find((metadata) => metadata.propertyName === property && metadata.type === ValidationTypes.NESTED_VALIDATION);
    if (nested === undefined || value === undefined) continue;
    if (!nested.each) {
      if (isObject(value)) problems.push(...shapeProblems(value, field));
      else problems.push({ field, message: `${field} must be a JSON object` });
      continue;
    }
    if (!Array.isArray(value)) continue; // class-validator has refused it already
    value.forEach((item: unknown, index) => {
      if (isObject(item)) problems.push(...shapeProblems(item, `${field}.${index}`));
      else problems.push({ field: `${field}.${index}`, message: `each item of ${field} must be a JSON object` });
    });
  }
  return problems;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refused(errors: FieldProblem[]): BadRequestException {
  return new BadRequestException({ message: 'The request is not valid', code: 'VALIDATION_FAILED', errors });
}

/**
 * The global pipe: unknown properties are refused (not silently dropped), payloads become their
 * DTO classes, and a failure lists every field problem in the problem's `errors`. Text with a NUL
 * character is refused first, wherever it is (body, query, path): PostgreSQL stores no NUL in
 * text or jsonb, so it would otherwise fail deep in a query instead of as bad input. A DTO that
 * passes is checked for the shapes its reader cannot take (see {@link shapeProblems}).
 */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const field = nulCharacterAt(value, metadata.type === 'param' ? (metadata.data ?? '') : '');
    if (field !== undefined) throw refused([{ field, message: `${field} must not contain a NUL character` }]);
    const dtoExpected = metadata.type === 'body' && metadata.metatype !== undefined && this.toValidate(metadata);
    // No body at all reads as {} (the parent pipe's rule): commands whose fields are all optional need none.
    if (dtoExpected && value !== undefined && !isObject(value)) throw refused([{ message: 'The request body must be a JSON object' }]);
    const transformed: unknown = await super.transform(value, metadata);
    if (dtoExpected && isObject(transformed)) {
      const problems = shapeProblems(transformed);
      if (problems.length > 0) throw refused(problems);
    }
    return transformed;
  }
}

export function requestValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => refused(fieldProblems(errors)),
  });
}

export function fieldProblems(errors: readonly ValidationError[], parent?: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent === undefined ? error.property : `${parent}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}
