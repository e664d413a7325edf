import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SealedLog } from '@app/sealing';
import { RangeStartsAfterItsEnd, TreeNotSealed } from '../audit.errors';
import type { ConsistencyProofView } from '../seal-views';
import { ProveConsistencyQuery } from './prove-consistency.query';

@QueryHandler(ProveConsistencyQuery)
export class ProveConsistencyHandler implements IQueryHandler<ProveConsistencyQuery, ConsistencyProofView> {
  constructor(@Inject(SealedLog) private readonly sealed: SealedLog) {}

  async execute({ from, to }: ProveConsistencyQuery): Promise<ConsistencyProofView> {
    if (from > to) throw new RangeStartsAfterItsEnd();
    const sealedSize = await this.sealed.size();
    if (to > sealedSize) throw new TreeNotSealed(to, sealedSize);
    const [proof, fromRoot, toRoot] = await Promise.all([this.sealed.consistencyProof(from, to), this.sealed.rootAt(from), this.sealed.rootAt(to)]);
    return { from, to, fromRoot: fromRoot.toString('base64'), toRoot: toRoot.toString('base64'), proof: proof.map((hash) => hash.toString('base64')) };
  }
}
