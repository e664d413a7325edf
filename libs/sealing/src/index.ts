export { eventLeaf, LEAF_FORMAT, LeafFacts } from './event-leaf';
export {
  consistencyProof,
  EMPTY_ROOT,
  Hash,
  inclusionProof,
  leafHash,
  MerkleFrontier,
  nodeHash,
  rootOf,
  splitPoint,
  verifyConsistency,
  verifyInclusion,
} from './merkle-tree';
export {
  Checkpoint,
  CheckpointSigner,
  checkpointText,
  keyId,
  openCheckpoint,
  parseVerifierKey,
  signCheckpoint,
  signerFromPem,
  verifierKey,
} from './signed-checkpoint';
export { LogSealer, SealedTree } from './log-sealer';
export { SEALING_MIGRATIONS } from './sealing.schema';
