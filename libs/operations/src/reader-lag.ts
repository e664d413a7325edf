/**
 * A reader of the log: something that follows it from a stored checkpoint and that people wait on
 * — an async projector (the county ranking is read from it) or a process manager (a split's
 * children, a child's closing on its parent).
 */
export interface ReaderLag {
  readonly name: string;
  readonly kind: 'projector' | 'process-manager';
  /**
   * As this process knows it: `running` here, `stopped` here (another process may run it),
   * `failed` at an event, or `rebuilding`.
   */
  readonly state: string;
  /** Global position of the last event it has handled. */
  readonly checkpointPosition: number;
  /** Events it has still to handle that are committed. */
  readonly lagEvents: number;
  /** How long the oldest of those has been waiting, in seconds. */
  readonly lagSeconds: number;
  readonly lastError: string | null;
}

/** `behind`: its oldest unhandled event has waited longer than the bound. */
export type ReaderStatus = 'up' | 'behind';

export interface ReaderCheck extends ReaderLag {
  readonly status: ReaderStatus;
}

export type ReadersCheck =
  | {
      readonly status: ReaderStatus;
      readonly boundSeconds: number;
      readonly readers: readonly ReaderCheck[];
      /** Names every reader that is behind and by how much; absent when none is. */
      readonly warning?: string;
    }
  | {
      /** The lag could not be read (the database answered `SELECT 1` but not this in time). */
      readonly status: 'unknown';
      readonly boundSeconds: number;
      readonly readers: readonly ReaderCheck[];
      readonly warning: string;
    };

/**
 * Judges each reader against the bound: behind once its oldest unhandled event has waited longer
 * than `boundSeconds`. Seconds, not events, decide: a burst leaves a reader many events behind
 * for a moment, which is normal; what people notice is how old what they read is.
 */
export function judgeReaders(lags: readonly ReaderLag[], boundSeconds: number): ReadersCheck {
  const readers = lags.map((lag): ReaderCheck => ({ ...lag, lagSeconds: roundToMs(lag.lagSeconds), status: lag.lagSeconds > boundSeconds ? 'behind' : 'up' }));
  const behind = readers.filter((reader) => reader.status === 'behind');
  if (behind.length === 0) return { status: 'up', boundSeconds, readers };
  const what = behind.map((reader) => `${reader.kind} ${reader.name} is ${reader.lagEvents} events and ${Math.round(reader.lagSeconds)} s behind the log (${reader.state})`);
  return { status: 'behind', boundSeconds, readers, warning: `${what.join('; ')}; the bound is ${boundSeconds} s` };
}

/** The readers' lag could not be read: said so, never a 500. */
export function readersUnknown(boundSeconds: number, reason: string): ReadersCheck {
  return { status: 'unknown', boundSeconds, readers: [], warning: `the readers' lag could not be read: ${reason}` };
}

function roundToMs(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
