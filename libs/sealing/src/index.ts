export { eventLeaf, LEAF_FORMAT, LeafFacts, leafHashOfStored, STORED_LEAF_COLUMNS, StoredLeafRow } from './event-leaf';
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
export { IncompleteSealedTree, SealedLeaf, SealedLog } from './sealed-log';
export { CheckpointLog, CheckpointPolicy, InconsistentWithPublishedCheckpoint, IssuedCheckpoint } from './checkpoint-log';
export { CHECKPOINT_LOG, SealingModule, signerOf } from './sealing.module';
export { csvHeader, csvLine, CsvTrailReader, ExportedEvent, ExportRecord, jsonLine, MalformedExport, parseJsonLine, RecordFacts, TRAIL_CSV_COLUMNS } from './exported-trail';
export {
  InclusionProofDocument,
  InclusionVerification,
  PROBLEMS_KEPT,
  TrailProblem,
  TrailProblemKind,
  TrailVerification,
  TrailVerifier,
  verifyEventInclusion,
} from './offline-verifier';
export { Divergence, LogAudit, SealCheckReport, SealVerification, verifySeal } from './log-audit';
export { TreeHead } from './checkpoint-consistency';
export { exportFormatOf, jsonLineBatches, LineBatch, readExportFile } from './export-reader';
export { runTrailWorkerIfAsked, verifyJsonLinesInParallel, WorkerScript } from './parallel-trail-verifier';
export { CheckpointWitnesses, WitnessTarget, WITNESS_TREE_SIZE_HEADER } from './checkpoint-witnesses';
export { notesOfWitnessFile } from './witness-file';
export { PublishedCheckpoints, UnservableCheckpoint } from './published-checkpoints';
export { verifyExportFile } from './verify-export-file';
export { JsonLineRecord, readJsonLine } from './json-line-check';
