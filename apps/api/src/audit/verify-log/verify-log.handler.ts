import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { EvidenceFiles } from '@app/evidence';
import { CHECKPOINT_LOG, CheckpointLog, LogAudit, LogSealer, verifySeal } from '@app/sealing';
import { RangeStartsAfterItsEnd } from '../audit.errors';
import { sealVerificationView } from '../seal-views';
import { LogVerification, VerifyLogQuery } from './verify-log.query';

@QueryHandler(VerifyLogQuery)
export class VerifyLogHandler implements IQueryHandler<VerifyLogQuery, LogVerification> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LogAudit) private readonly audit: LogAudit,
    @Inject(LogSealer) private readonly sealer: LogSealer,
    @Inject(CHECKPOINT_LOG) private readonly checkpoints: CheckpointLog | null,
    @Inject(EvidenceFiles) private readonly evidence: EvidenceFiles,
  ) {}

  async execute({ range: { from, to } }: VerifyLogQuery): Promise<LogVerification> {
    if (from !== undefined && to !== undefined && from > to) throw new RangeStartsAfterItsEnd();
    const chains = await this.store.verify({ ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
    // A range checks chains only: the seal covers the log from its first event.
    if (from !== undefined || to !== undefined) return chains;
    const seal = sealVerificationView(await verifySeal(this.audit, this.checkpoints, () => this.sealer.tree()));
    const evidence = await this.evidence.verifyAll();
    return { ...chains, ok: chains.ok && seal.ok && evidence.ok, seal, evidence };
  }
}
