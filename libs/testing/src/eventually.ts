import { setTimeout as delay } from 'node:timers/promises';

/**
 * Retries `probe` until it stops throwing, then returns its value; rethrows its last error after
 * `timeoutMs`. Integration tests wait for asynchronous effects with this instead of sleeping.
 */
export async function eventually<T>(probe: () => T | Promise<T>, timeoutMs = 10_000, intervalMs = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await delay(intervalMs);
    }
  }
}
