import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProjectionRuntime } from '@app/projections';
import { unitListsQuery, UnitListsView } from '@app/read-models';
import { assertWithinOrgScope, OrgUnitNotFound } from '@app/supervision';
import { Clock, CLOCK, WorkingDayCalendar } from '@app/workflow';
import { WORKING_DAY_CALENDAR } from '@app/workflow-runtime';
import { OrgDirectory } from '../org-directory';
import { GetUnitListsQuery } from './get-unit-lists.query';

/** The lists from their read model, overdue counts as of today (the calendar as it now is). */
@QueryHandler(GetUnitListsQuery)
export class GetUnitListsHandler implements IQueryHandler<GetUnitListsQuery, UnitListsView> {
  constructor(
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
  ) {}

  async execute({ unitId, actor }: GetUnitListsQuery): Promise<UnitListsView> {
    const directory = await this.directory.fresh();
    if (directory.unit(unitId) === undefined) throw new OrgUnitNotFound(unitId);
    assertWithinOrgScope(actor, directory.orgTree().chain(unitId).map((unit) => unit.id));
    const lists = await unitListsQuery(this.projections.dataSource, unitId, { now: this.clock.now(), calendar: this.calendar });
    if (lists === undefined) throw new OrgUnitNotFound(unitId);
    return lists;
  }
}
