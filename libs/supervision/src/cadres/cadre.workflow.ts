import { Transition, WorkflowDefinition } from '@app/workflow';
import { InvalidCadreRecord } from './cadre.errors';
import { CadreCommand } from './cadre.commands';
import { CadreEvent } from './cadre.events';
import { CadreState, evolveCadre, initialCadreState } from './cadre.state';
import { adjustment, monitoring } from './cadre-steps';

/** What the cadre workflow does with command `C`. */
export type CadreTransition<C extends CadreCommand> = Transition<CadreState, C, CadreEvent>;

const steps = { RecordCadreMonitoring: monitoring, AdjustCadre: adjustment };

/**
 * A cadre's monitoring (stream `cadre-<person id>`): records and adjustments accumulate; the
 * stream has no end, as a person may serve again elsewhere.
 */
export const cadreWorkflow: WorkflowDefinition<CadreState, CadreCommand, CadreEvent> = {
  name: 'cadre',
  version: 1,
  initialState: initialCadreState,
  evolve: evolveCadre,
  statusOf: (state) => state.status,
  // Every state takes both commands; an unknown command is no record.
  refuse: (_state, command) => new InvalidCadreRecord([`a command of the cadre workflow, not ${command.type}`]),
  states: { unmonitored: { on: steps }, monitored: { on: steps } },
};
