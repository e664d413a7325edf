import type { Checkpoint } from '@app/event-store';
import type { ProjectionKind } from './projection-definition';

/**
 * - `running`: inline projections always (they run inside appends); async projectors while
 *   following the log;
 * - `stopped`: an async projector not started (or stopped on purpose);
 * - `failed`: an async projector halted at an event its `apply` threw on (see `lastError`);
 * - `rebuilding`: a rebuild from zero is under way (the live tables still serve reads).
 */
export type ProjectorState = 'running' | 'stopped' | 'failed' | 'rebuilding';

export const PROJECTOR_STATES: readonly ProjectorState[] = ['running', 'stopped', 'failed', 'rebuilding'];

/** The event a projector stopped at, and why. */
export interface ProjectionError {
  readonly message: string;
  readonly position: number;
  readonly transactionId: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly at: Date;
}

export interface RebuildProgress {
  readonly projection: string;
  /** `building`: applying the log into the copy; `swapping`: replacing the live tables; `done`. */
  readonly phase: 'building' | 'swapping' | 'done' | 'failed';
  /** Events applied into the copy so far. */
  readonly eventsApplied: number;
  /** The newest position in the log when last looked at (the target the rebuild runs towards). */
  readonly headPosition: number;
  /** Position of the last event applied into the copy. */
  readonly position: number;
  readonly startedAt: Date;
  /** Why it failed (phase `failed`). */
  readonly error?: string;
}

export interface ProjectionStatus {
  readonly name: string;
  readonly kind: ProjectionKind;
  readonly state: ProjectorState;
  /** Async: the stored checkpoint. Inline: null (it has none; it is never behind). */
  readonly checkpoint: Checkpoint | null;
  /** Events this projection would apply that are committed after its checkpoint. */
  readonly lagEvents: number;
  /** How long the oldest of those events has been waiting, in seconds; 0 when none. */
  readonly lagSeconds: number;
  readonly lastError: ProjectionError | null;
  /** Set while a rebuild runs, and after one until the next starts. */
  readonly rebuild: RebuildProgress | null;
}
