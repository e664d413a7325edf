import { Command } from '@nestjs/cqrs';
import type { UploadedEvidence } from '@app/evidence';

/** Takes a file in as evidence: its bytes as the request streams them, the type its sender gives. */
export class UploadEvidenceCommand extends Command<UploadedEvidence> {
  constructor(
    readonly bytes: AsyncIterable<Uint8Array>,
    readonly contentType: string | undefined,
    readonly uploadedBy: string,
  ) {
    super();
  }
}
