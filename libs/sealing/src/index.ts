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
