import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RecordedEvent } from '@app/event-store';
import { AuditFilters } from '../audit-filters';
import { AuditTrail } from '../audit-trail';
import { ExportAuditTrailQuery } from './export-audit-trail.query';

@QueryHandler(ExportAuditTrailQuery)
export class ExportAuditTrailHandler implements IQueryHandler<ExportAuditTrailQuery, AsyncIterable<RecordedEvent>> {
  constructor(
    @Inject(AuditTrail) private readonly trail: AuditTrail,
    @Inject(AuditFilters) private readonly filters: AuditFilters,
  ) {}

  async execute({ criteria }: ExportAuditTrailQuery): Promise<AsyncIterable<RecordedEvent>> {
    return this.trail.all(await this.filters.of(criteria));
  }
}
