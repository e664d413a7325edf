import { ApiProperty } from '@nestjs/swagger';
import type { UploadedEvidence } from '@app/evidence';

export class EvidenceUploadResponse implements UploadedEvidence {
  @ApiProperty({ description: 'SHA-256 of the bytes, lowercase hex: name the file by it when a step attaches it' }) sha256!: string;
  @ApiProperty({ description: 'bytes' }) size!: number;
  @ApiProperty({ example: 'image/jpeg' }) contentType!: string;
}

/** A file a step attaches, as its event records it. */
export class AttachmentResponse {
  @ApiProperty({ description: 'SHA-256 of the file, lowercase hex: GET /evidence/{sha256} reads it' }) sha256!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'image/jpeg' }) contentType!: string;
  @ApiProperty({ description: 'bytes' }) size!: number;
}
