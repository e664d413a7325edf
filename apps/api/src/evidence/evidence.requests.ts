import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';

/** A file a step attaches: one put in with POST /evidence, by its hash, and the name to show it by. */
export class AttachmentRequest {
  @ApiProperty({ description: 'the SHA-256 POST /evidence answered, 64 lowercase hex digits', example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' })
  @Matches(/^[0-9a-f]{64}$/)
  sha256!: string;
  @ApiProperty({ description: 'the file’s name as people should see it (no path)', example: '整改后现场照片.jpg' }) @IsString() @Length(1, 200) name!: string;
}

/** An optional `attachments` field of a step's body: at most 10 files put in before, by hash. */
export function Attachments(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: [AttachmentRequest], description }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(10),
    ValidateNested({ each: true }),
    Type(() => AttachmentRequest),
  );
}

export class EvidenceParams {
  @ApiProperty({ description: 'the file’s SHA-256, 64 lowercase hex digits' }) @Matches(/^[0-9a-f]{64}$/) sha256!: string;
}

export class ReadEvidenceQuery {
  @ApiPropertyOptional({ description: 'the name to download it as; by default the name a step gave it' }) @IsOptional() @IsString() @Length(1, 200) name?: string;
}
