import { Inject, Injectable } from '@nestjs/common';
import { ProjectionRuntime } from '@app/projections';
import { CaseView, caseViewsOf, ReadModelReader, WorkingDayClock } from '@app/read-models';
import { ExistingCase } from '@app/supervision';
import { Clock, CLOCK, WorkingDayCalendar } from '@app/workflow';
import { WORKING_DAY_CALENDAR } from '@app/workflow-runtime';

/**
 * How a case is shown: its state with the description a split child shares resolved, the units
 * accountable now, and how many working days it is overdue today (Asia/Shanghai, the calendar as
 * it now is).
 */
@Injectable()
export class CaseViews {
  constructor(
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
  ) {}

  /** The read models, for the case board and the chains (statements prepared on a server). */
  get readModels(): ReadModelReader {
    return this.projections.reader;
  }

  today(): WorkingDayClock {
    return { now: this.clock.now(), calendar: this.calendar };
  }

  async of(state: ExistingCase): Promise<CaseView> {
    return (await caseViewsOf(this.readModels, [state], this.today()))[0]!;
  }
}
