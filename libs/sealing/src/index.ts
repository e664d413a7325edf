export { eventLeaf, LEAF_FORMAT, LeafFacts } from './event-leaf';
export {
  consistencyPath,
  consistencyProof,
  EMPTY_ROOT,
  foldSubtrees,
  Hash,
  inclusionPath,
  inclusionProof,
  leafHash,
  MerkleFrontier,
  nodeHash,
  perfectSubtrees,
  RangeRoot,
  rootOf,
  splitPoint,
  SubtreeKey,
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
export { SealedLeaf, SealedLog } from './sealed-log';
export { CheckpointLog, CheckpointPolicy, InconsistentWithPublishedCheckpoint, IssuedCheckpoint } from './checkpoint-log';
export { CHECKPOINT_LOG, SealingModule } from './sealing.module';
export { CheckpointWitnesses, WitnessTarget, WITNESS_TREE_SIZE_HEADER } from './checkpoint-witnesses';
export { notesOfWitnessFile } from './witness-file';
export { PublishedCheckpoints, UnservableCheckpoint } from './published-checkpoints';
