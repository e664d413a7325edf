import { ExpectedVersion } from './event.types';

/** Every error the store raises on purpose; `code` is stable and safe to show to a client. */
export abstract class EventStoreError extends Error {
  abstract readonly code: string;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The stream's version is not the one the caller based its decision on. */
export class WrongExpectedVersionError extends EventStoreError {
  readonly code = 'WRONG_EXPECTED_VERSION';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(`Stream ${streamId} is at version ${actual}, expected ${String(expected)}`);
  }
}

/** An event id was appended before with other content; event ids name one event forever. */
export class EventIdConflictError extends EventStoreError {
  readonly code = 'EVENT_ID_CONFLICT';
  constructor(readonly eventId: string, detail: string) {
    super(`Event id ${eventId} was already used for a different event: ${detail}`);
  }
}

export class InvalidStreamIdError extends EventStoreError {
  readonly code = 'INVALID_STREAM_ID';
  constructor(readonly streamId: unknown, reason: string) {
    super(`Invalid stream id ${JSON.stringify(streamId) ?? String(streamId)}: ${reason}`);
  }
}

export class InvalidExpectedVersionError extends EventStoreError {
  readonly code = 'INVALID_EXPECTED_VERSION';
  constructor(readonly expected: unknown) {
    super(
      `Invalid expected version ${JSON.stringify(expected) ?? String(expected)}: ` +
        'use a version number (0 or more), "no-stream", "stream-exists" or "any"',
    );
  }
}

/** An event that cannot be stored as given: no type, bad id, data that is not plain JSON… */
export class InvalidEventError extends EventStoreError {
  readonly code = 'INVALID_EVENT';
  constructor(readonly index: number, reason: string) {
    super(`Event #${index} cannot be stored: ${reason}`);
  }
}

export class EventTooLargeError extends EventStoreError {
  readonly code = 'EVENT_TOO_LARGE';
  constructor(
    readonly index: number,
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`Event #${index} is ${bytes} bytes serialised; the limit is ${limit}`);
  }
}

export class InvalidUpcasterError extends EventStoreError {
  readonly code = 'INVALID_UPCASTER';
}
