import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SealedLog } from '@app/sealing';
import { EventNotSealed, TreeNotSealed } from '../audit.errors';
import type { InclusionProofView } from '../seal-views';
import { ProveInclusionQuery } from './prove-inclusion.query';

@QueryHandler(ProveInclusionQuery)
export class ProveInclusionHandler implements IQueryHandler<ProveInclusionQuery, InclusionProofView> {
  constructor(@Inject(SealedLog) private readonly sealed: SealedLog) {}

  async execute({ position, treeSize }: ProveInclusionQuery): Promise<InclusionProofView> {
    const sealedSize = await this.sealed.size();
    const size = treeSize ?? sealedSize;
    if (size > sealedSize) throw new TreeNotSealed(size, sealedSize);
    const leaf = await this.sealed.leafOfPosition(position);
    if (leaf === null || leaf.leafIndex >= size) throw new EventNotSealed(position);
    const [proof, root] = await Promise.all([this.sealed.inclusionProof(leaf.leafIndex, size), this.sealed.rootAt(size)]);
    return {
      position,
      leafIndex: leaf.leafIndex,
      treeSize: size,
      leafHash: leaf.leafHash.toString('base64'),
      rootHash: root.toString('base64'),
      proof: proof.map((hash) => hash.toString('base64')),
    };
  }
}
