import { BadRequestException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsArray, IsOptional, IsString, ValidateNested } from 'class-validator';
import { requestValidationPipe } from './request-validation.pipe';

class Source {
  @IsString() taskId!: string;
  @IsOptional() @IsString() note?: string;
}

class Child {
  @IsString() unitId!: string;
}

class OpenRequest {
  @IsOptional() @ValidateNested() @Type(() => Source) finding?: Source;
  @IsOptional() @IsString() title?: string;
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => Child) children?: Child[];
}

const pipe = requestValidationPipe();
const asBody = (value: unknown) => pipe.transform(value, { type: 'body', metatype: OpenRequest });

async function problemsOf(value: unknown): Promise<unknown> {
  try {
    await asBody(value);
  } catch (error) {
    if (error instanceof BadRequestException) return (error.getResponse() as { errors: unknown }).errors;
    throw error;
  }
  return 'accepted';
}

describe('the request validation pipe', () => {
  it('turns a valid body into its DTO, nested objects and lists included, and reads no body as an empty one', async () => {
    const dto = await asBody({ finding: { taskId: 't-1' }, children: [{ unitId: 'anji' }] });
    expect(dto).toBeInstanceOf(OpenRequest);
    expect((dto as OpenRequest).finding).toBeInstanceOf(Source);
    expect(await problemsOf(undefined)).toBe('accepted');
  });

  it('refuses null for any property, optional ones and those of nested objects included', async () => {
    expect(await problemsOf({ finding: null })).toEqual([{ field: 'finding', message: 'finding must not be null; leave it out instead' }]);
    expect(await problemsOf({ title: null })).toEqual([{ field: 'title', message: 'title must not be null; leave it out instead' }]);
    expect(await problemsOf({ finding: { taskId: 't', note: null } })).toEqual([
      { field: 'finding.note', message: 'finding.note must not be null; leave it out instead' },
    ]);
  });

  it('refuses an array where one nested object is declared, and anything but objects in a list of them', async () => {
    expect(await problemsOf({ finding: [] })).toEqual([{ field: 'finding', message: 'finding must be a JSON object' }]);
    expect(await problemsOf({ finding: [{ taskId: 't' }] })).toEqual([{ field: 'finding', message: 'finding must be a JSON object' }]);
    expect(await problemsOf({ children: [[{ unitId: 'anji' }]] })).toEqual([
      { field: 'children.0', message: 'each item of children must be a JSON object' },
    ]);
  });

  it('refuses a body that is a JSON array instead of an object', async () => {
    expect(await problemsOf([{ title: 'x' }])).toEqual([{ message: 'The request body must be a JSON object' }]);
  });
});
