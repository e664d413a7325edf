import { Query } from '@nestjs/cqrs';
import type { Readable } from 'node:stream';
import type { Actor } from '@app/workflow';

/** An evidence file to send: its bytes, type and the name to send it as. */
export interface EvidenceDownload {
  readonly sha256: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly stream: Readable;
}

/**
 * An evidence file, for a caller who may read a step that attaches it (the case's or task's org
 * scope, as for the step itself) or who put it in.
 */
export class ReadEvidenceQuery extends Query<EvidenceDownload> {
  constructor(
    readonly sha256: string,
    readonly actor: Actor,
    readonly name: string | undefined,
  ) {
    super();
  }
}
