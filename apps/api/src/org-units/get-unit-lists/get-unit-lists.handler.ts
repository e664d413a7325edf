import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UserDirectory } from '@app/auth';
import { ProjectionRuntime } from '@app/projections';
import { unitListsQuery } from '@app/read-models';
import { assertWithinOrgScope, OrgUnitNotFound } from '@app/supervision';
import { Clock, CLOCK, WorkingDayCalendar } from '@app/workflow';
import { WORKING_DAY_CALENDAR } from '@app/workflow-runtime';
import { OrgDirectory } from '../org-directory';
import { GetUnitListsQuery, UnitListsWithPeople } from './get-unit-lists.query';

/** The lists from their read model, overdue counts as of today (the calendar as it now is), the inspectors named. */
@QueryHandler(GetUnitListsQuery)
export class GetUnitListsHandler implements IQueryHandler<GetUnitListsQuery, UnitListsWithPeople> {
  constructor(
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    @Inject(UserDirectory) private readonly users: UserDirectory,
  ) {}

  async execute({ unitId, actor }: GetUnitListsQuery): Promise<UnitListsWithPeople> {
    const directory = await this.directory.fresh();
    if (directory.unit(unitId) === undefined) throw new OrgUnitNotFound(unitId);
    assertWithinOrgScope(actor, directory.orgTree().chain(unitId).map((unit) => unit.id));
    const lists = await unitListsQuery(this.projections.reader, unitId, { now: this.clock.now(), calendar: this.calendar });
    if (lists === undefined) throw new OrgUnitNotFound(unitId);
    const names = await this.users.displayNames(lists.tasks.items.flatMap((task) => task.inspectorIds));
    return { ...lists, people: Object.fromEntries(names) };
  }
}
