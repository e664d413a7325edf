import { Query } from '@nestjs/cqrs';
import { UnitListsView } from '@app/read-models';
import { Actor } from '@app/workflow';

/** The lists, with the display names of the inspectors their tasks name (by user id). */
export type UnitListsWithPeople = UnitListsView & { readonly people: Readonly<Record<string, string>> };

/**
 * 三张清单 of a unit — 责任清单 (responsibilities), 问题清单 (open problems), 任务清单 (tasks) — if
 * `actor` may read them: an official reads its own unit and the units below it only.
 */
export class GetUnitListsQuery extends Query<UnitListsWithPeople> {
  constructor(
    readonly unitId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
