import { DomainError } from '@app/workflow';

/**
 * A file put in as evidence of a step — a photo of the site, a scanned notice, a report — named
 * in the step's event by the SHA-256 of its bytes, so the audit trail covers the file itself: a
 * file changed after the step no longer has the hash its event names. The name and type are as
 * uploaded, for people; the bytes are kept apart (content-addressed storage).
 */
export interface EvidenceRef {
  /** Lowercase hex. */
  readonly sha256: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
}

/** How many files one step may carry. */
export const MAX_ATTACHMENTS = 10;

const SHA256 = /^[0-9a-f]{64}$/;
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const PATH_OR_CONTROL = /[/\\\u0000-\u001f]/;

export class InvalidAttachments extends DomainError {
  readonly code = 'INVALID_ATTACHMENTS';
  constructor(reason: string) {
    super(`Attachments: ${reason}`, { reason });
  }
}

/**
 * The attachments of a command as its event records them: at most {@link MAX_ATTACHMENTS}, each
 * file once, each named (1–200 characters, no path), in the order given.
 */
export function checkedAttachments(attachments: readonly EvidenceRef[] | undefined): EvidenceRef[] {
  if (attachments === undefined) return [];
  if (!Array.isArray(attachments)) throw new InvalidAttachments('not a list');
  if (attachments.length > MAX_ATTACHMENTS) throw new InvalidAttachments(`at most ${MAX_ATTACHMENTS} files a step`);
  const seen = new Set<string>();
  return attachments.map(({ sha256, name, contentType, size }) => {
    if (typeof sha256 !== 'string' || !SHA256.test(sha256)) throw new InvalidAttachments('a file is named by its SHA-256, 64 lowercase hex digits');
    if (seen.has(sha256)) throw new InvalidAttachments('a file is attached twice');
    seen.add(sha256);
    const trimmed = typeof name === 'string' ? name.trim() : '';
    if (trimmed === '' || trimmed.length > 200 || PATH_OR_CONTROL.test(trimmed)) throw new InvalidAttachments('a file has a name of 1–200 characters, without a path');
    if (typeof contentType !== 'string' || contentType === '' || !Number.isSafeInteger(size) || size <= 0) throw new InvalidAttachments('a file has a type and a size');
    return { sha256, name: trimmed, contentType, size };
  });
}

/** `{ attachments }` when there are any: events without evidence stay as they were. */
export function withAttachments(attachments: readonly EvidenceRef[]): { attachments?: EvidenceRef[] } {
  return attachments.length === 0 ? {} : { attachments: [...attachments] };
}
