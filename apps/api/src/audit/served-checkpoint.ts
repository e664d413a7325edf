import type { CheckpointLog, IssuedCheckpoint, PublishedCheckpoints } from '@app/sealing';
import { UnservableCheckpoint } from '@app/sealing';
import { CheckpointInconsistent, CheckpointSignatureInvalid } from './audit.errors';
import { checkpointView, CheckpointView } from './seal-views';

/**
 * A checkpoint as served, once the published checkpoints vouch for it (its note opens with the
 * verifier key, and it is one history with the largest checkpoint published); refused with 409
 * otherwise. The rule is the sealing lib's; this only names its refusals for HTTP.
 */
export async function servedCheckpoint(checkpoint: IssuedCheckpoint, checkpoints: CheckpointLog, published: PublishedCheckpoints | null): Promise<CheckpointView> {
  try {
    await published?.vouchFor(checkpoint);
  } catch (error) {
    if (!(error instanceof UnservableCheckpoint)) throw error;
    if (error.reason === 'signature') throw new CheckpointSignatureInvalid(error.treeSize);
    throw new CheckpointInconsistent(error.published ?? 0, error.treeSize);
  }
  return checkpointView(checkpoint, checkpoints.origin, checkpoints.verifierKey);
}
