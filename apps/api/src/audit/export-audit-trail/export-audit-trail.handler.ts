import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UserDirectory } from '@app/auth';
import { ExportedEvent } from '@app/sealing';
import { actorIdOf, exportedEvent } from '../audit-event.view';
import { AuditFilters } from '../audit-filters';
import { AuditFilter, AuditTrail } from '../audit-trail';
import { ExportAuditTrailQuery } from './export-audit-trail.query';

@QueryHandler(ExportAuditTrailQuery)
export class ExportAuditTrailHandler implements IQueryHandler<ExportAuditTrailQuery, AsyncIterable<ExportedEvent>> {
  constructor(
    @Inject(AuditTrail) private readonly trail: AuditTrail,
    @Inject(AuditFilters) private readonly filters: AuditFilters,
    @Inject(UserDirectory) private readonly users: UserDirectory,
  ) {}

  async execute({ criteria }: ExportAuditTrailQuery): Promise<AsyncIterable<ExportedEvent>> {
    return this.exported(await this.filters.of(criteria));
  }

  private async *exported(filter: AuditFilter): AsyncGenerator<ExportedEvent> {
    for await (const page of this.trail.pages(filter)) {
      const names = await this.users.displayNames(page.flatMap(({ event }) => actorIdOf(event) ?? []));
      for (const trailEvent of page) yield exportedEvent(trailEvent, names);
    }
  }
}
