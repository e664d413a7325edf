import { InvalidInputError, NotFoundError } from '@app/workflow';

export class StreamNotFound extends NotFoundError {
  readonly code = 'STREAM_NOT_FOUND';
  constructor(streamId: string) {
    super('The log holds no stream with this id', { streamId });
  }
}

/** A range of instants or positions whose start lies after its end names nothing: refused rather than answered empty. */
export class RangeStartsAfterItsEnd extends InvalidInputError {
  readonly code = 'INVALID_RANGE';
  constructor() {
    super('`from` must not be after `to`');
  }
}

/** `after` is the name DESIGN §5 gives the trail's cursor: sent beside `cursor`, both must name the same place. */
export class ConflictingCursors extends InvalidInputError {
  readonly code = 'CONFLICTING_CURSORS';
  constructor() {
    super('`cursor` and `after` name different places; send one of them');
  }
}
