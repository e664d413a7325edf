import { createHash } from 'node:crypto';

/**
 * A UUID derived from a name: the same name always gives the same id. Events of a command get
 * ids derived from the command id, so a retried command re-appends the same ids and the store's
 * idempotency turns it into a no-op; a timer's command id is derived from the timer, so a double
 * fire cannot double-append.
 */
export function deterministicUuid(name: string): string {
  const hex = createHash('sha256').update(name, 'utf8').digest('hex');
  // Shaped as a version-5-style UUID (name-based) so it passes any UUID check.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
