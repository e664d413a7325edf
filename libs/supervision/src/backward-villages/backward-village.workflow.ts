import { DomainError, Transition, WorkflowDefinition } from '@app/workflow';
import { CaseSettings } from '../cases/case.settings';
import { BackwardVillageCommand } from './backward-village.commands';
import { BackwardVillageAlreadyListed, BackwardVillageNotFound, BackwardVillageStepNotAllowed } from './backward-village.errors';
import { BackwardVillageEvent } from './backward-village.events';
import { BackwardVillageState, evolveBackwardVillage, initialBackwardVillageState } from './backward-village.state';
import { acceptanceCheck, delisting, listingVillage, measureTimers, measureWarning, planning, progressReporting } from './backward-village-steps';

/** What the backward-village workflow does with command `C` in a step that takes it. */
export type BackwardVillageTransition<C extends BackwardVillageCommand> = Transition<BackwardVillageState, C, BackwardVillageEvent, CaseSettings>;

function refuseBackwardVillageCommand(state: BackwardVillageState, command: BackwardVillageCommand): DomainError {
  if (state.status === 'unlisted') return new BackwardVillageNotFound();
  if (command.type === 'ListBackwardVillage') return new BackwardVillageAlreadyListed(state.listingId);
  return new BackwardVillageStepNotAllowed(state.listingId, state.status, command.type);
}

/**
 * A 后进村 listing's life (stream `backwardvillage-<id>`): listed (with its reason) → rectifying
 * (整改, once the plan of measures is made: progress reports with evidence, measures done, and
 * blue/yellow/red warnings on measures that slip, at the cases' thresholds) → accepted by the
 * county (验收; a failed check goes back to rectifying with its reason) → delisted (摘帽).
 */
export const backwardVillageWorkflow: WorkflowDefinition<BackwardVillageState, BackwardVillageCommand, BackwardVillageEvent, CaseSettings> = {
  name: 'backward-village',
  version: 1,
  initialState: initialBackwardVillageState,
  evolve: evolveBackwardVillage,
  statusOf: (state) => state.status,
  refuse: refuseBackwardVillageCommand,
  states: {
    unlisted: { on: { ListBackwardVillage: listingVillage } },
    listed: { on: { PlanRectification: planning, ReportRectificationProgress: progressReporting } },
    rectifying: {
      on: { ReportRectificationProgress: progressReporting, CheckRectificationAcceptance: acceptanceCheck, RaiseMeasureWarning: measureWarning },
      timers: measureTimers,
    },
    accepted: { on: { DelistBackwardVillage: delisting, RaiseMeasureWarning: measureWarning } },
    delisted: { on: { RaiseMeasureWarning: measureWarning } },
  },
};
