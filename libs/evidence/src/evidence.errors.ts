import { InvalidInputError, NotFoundError } from '@app/workflow';

/** No file with that hash was put in (or none the caller may see: the API does not tell them apart). */
export class EvidenceNotFound extends NotFoundError {
  readonly code = 'EVIDENCE_NOT_FOUND';
  constructor(sha256: string) {
    super('No evidence file with that SHA-256 was put in', { sha256 });
  }
}

/** An upload with no bytes. */
export class EvidenceEmpty extends InvalidInputError {
  readonly code = 'EVIDENCE_EMPTY';
  constructor() {
    super('The file is empty');
  }
}

/** A file is not taken: its type is not one of the evidence types, its bytes are not of the type it says, or it is too large. Each maps to its own status in the API. */
export class EvidenceRefused extends Error {
  constructor(
    readonly code: 'EVIDENCE_TYPE_NOT_TAKEN' | 'EVIDENCE_TYPE_MISMATCH' | 'EVIDENCE_TOO_LARGE',
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'EvidenceRefused';
  }
}
