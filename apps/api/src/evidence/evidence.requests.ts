import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

/** A file a step attaches: one put in with POST /evidence, by its hash, and the name to show it by. */
export class AttachmentRequest {
  @ApiProperty({ description: 'the SHA-256 POST /evidence answered, 64 lowercase hex digits', example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' })
  @Matches(/^[0-9a-f]{64}$/)
  sha256!: string;
  @ApiProperty({ description: 'the file’s name as people should see it (no path)', example: '整改后现场照片.jpg' }) @IsString() @Length(1, 200) name!: string;
}

export class EvidenceParams {
  @ApiProperty({ description: 'the file’s SHA-256, 64 lowercase hex digits' }) @Matches(/^[0-9a-f]{64}$/) sha256!: string;
}

export class ReadEvidenceQuery {
  @ApiPropertyOptional({ description: 'the name to download it as; by default the name a step gave it' }) @IsOptional() @IsString() @Length(1, 200) name?: string;
}
