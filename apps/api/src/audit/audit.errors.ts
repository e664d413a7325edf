import { DomainError, InvalidInputError, NotFoundError } from '@app/workflow';

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

/** No checkpoint has been issued yet (or none can be: no signing key is configured). */
export class NoCheckpoint extends NotFoundError {
  readonly code = 'NO_CHECKPOINT';
  constructor(signing: boolean) {
    super(signing ? 'No checkpoint has been issued yet' : 'Checkpoints are not signed here: the deployment sets no SEAL_SIGNING_KEY_FILE');
  }
}

/** The event is not in the sealed tree (yet, or at all). */
export class EventNotSealed extends NotFoundError {
  readonly code = 'EVENT_NOT_SEALED';
  constructor(position: number) {
    super('No sealed event has this position: it does not exist, or the sealer has not reached it yet', { position });
  }
}

/** A tree size beyond what is sealed. */
export class TreeNotSealed extends InvalidInputError {
  readonly code = 'TREE_NOT_SEALED';
  constructor(treeSize: number, sealed: number) {
    super(`The sealed tree has ${sealed} leaves; ask for a size up to it`, { treeSize, sealed });
  }
}

/** The sealed tree contradicts a published checkpoint: nothing is signed over it. */
export class TreeInconsistent extends DomainError {
  readonly code = 'TREE_INCONSISTENT_WITH_CHECKPOINT';
  constructor(published: number, treeSize: number) {
    super('The sealed tree does not extend the last published checkpoint: the log below it was rewritten', { published, treeSize });
  }
}

/** A stored checkpoint contradicts the larger one already published (the log or its seal was rewritten): it is not served. */
export class CheckpointInconsistent extends DomainError {
  readonly code = 'TREE_INCONSISTENT_WITH_CHECKPOINT';
  constructor(published: number, treeSize: number) {
    super('This checkpoint and the one already published are not one history (the sealed tree does not prove one extends the other): it is not served', { published, treeSize });
  }
}

/** A stored checkpoint whose note does not open with this deployment's verifier key, or states another tree than its row: it is not served. */
export class CheckpointSignatureInvalid extends DomainError {
  readonly code = 'CHECKPOINT_SIGNATURE_INVALID';
  constructor(treeSize: number) {
    super('The stored checkpoint’s note does not open with the verifier key, or states another size or root than the checkpoint: it is not served', { treeSize });
  }
}
