import { StoredAnswer } from './idempotency-keys';

/**
 * The answer to an earlier request with the same key, sent again as it was sent. Thrown from the
 * interceptor so that the exception filter writes it out verbatim (status, headers, body), which
 * the route's own response handling would not.
 */
export class ReplayedAnswer extends Error {
  constructor(readonly answer: StoredAnswer) {
    super('replayed answer of an earlier request with the same Idempotency-Key');
  }
}
