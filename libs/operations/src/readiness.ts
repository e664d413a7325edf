import { DatabaseCheck } from './database-health';
import { ReadersCheck } from './reader-lag';

/**
 * A background process's readiness: whether a load balancer or an orchestrator should count it
 * in. `draining`: it got SIGTERM and is about to stop; `not-ready`: its database does not answer,
 * or the readers it runs are behind their bound (or their lag cannot be read), so the work it is
 * there for is not getting done in time.
 */
export type Readiness =
  | { readonly status: 'ok' }
  | { readonly status: 'draining' | 'not-ready'; readonly reasons: readonly string[] };

export function judgeReadiness(draining: boolean, database: DatabaseCheck, readers: ReadersCheck | undefined): Readiness {
  if (draining) return { status: 'draining', reasons: ['the process is shutting down'] };
  const reasons: string[] = [];
  if (database.status === 'down') reasons.push(`the database does not answer: ${database.reason}`);
  if (readers !== undefined && readers.status !== 'up') reasons.push(readers.warning ?? `readers ${readers.status}`);
  return reasons.length === 0 ? { status: 'ok' } : { status: 'not-ready', reasons };
}
