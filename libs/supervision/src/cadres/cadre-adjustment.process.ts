import type { LoggedEvent, ProcessManager, Reaction } from '@app/workflow';
import { orgUnitStreamId } from '../org-units/org-unit';
import { AssignResponsiblePerson, RemoveResponsiblePerson } from '../org-units/org-unit.commands';
import { cadreStreams } from './cadre';
import { CadreAdjusted } from './cadre.events';

/**
 * An adjustment (调整) changes the village's responsible people: the successor takes the role
 * over from the instant of the adjustment (ResponsiblePersonReplaced), or, with no successor, the
 * role is left vacant (ResponsiblePersonRemoved) with the adjustment's reason. Sent as the system,
 * so the org unit's history and the chains show the change like any other.
 */
export const cadreAdjustmentProcess: ProcessManager = {
  name: 'cadre-adjustment',
  categories: [cadreStreams.category],
  types: ['CadreAdjusted'],
  react(event: LoggedEvent): Reaction[] {
    if (event.type !== 'CadreAdjusted') return [];
    return [orgChangeOf(event.data as unknown as CadreAdjusted['data'])];
  },
};

function orgChangeOf(adjusted: CadreAdjusted['data']): Reaction {
  const streamId = orgUnitStreamId(adjusted.unitId);
  const key = `org-change:${adjusted.adjustmentId}`;
  if (adjusted.successor !== null) {
    const command: AssignResponsiblePerson = {
      type: 'AssignResponsiblePerson',
      role: adjusted.role,
      personId: adjusted.successor.personId,
      name: adjusted.successor.name,
      from: adjusted.adjustedAt,
    };
    return { workflow: 'org-unit', streamId, command, key, orgUnitId: adjusted.unitId };
  }
  const command: RemoveResponsiblePerson = { type: 'RemoveResponsiblePerson', role: adjusted.role, until: adjusted.adjustedAt, reason: `调整：${adjusted.reason}` };
  return { workflow: 'org-unit', streamId, command, key, orgUnitId: adjusted.unitId };
}
