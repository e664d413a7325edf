import type { Command, Event, ProcessManager, WorkflowDefinition } from '@app/workflow';
import { accountWorkflow } from './accounts';
import { caseLineageProcess, CaseSettings, caseSettings, caseWorkflow } from './cases';
import { dutyReviewWorkflow } from './duty-reviews';
import { orgUnitWorkflow } from './org-units';
import { projectWorkflow } from './projects';
import { roundWorkflow } from './rounds';
import { taskWorkflow } from './tasks';
import { villageIndicatorWorkflow } from './village-indicators';

/** Anything that takes workflow registrations (the runtime's engine); typed here without importing it. */
export interface WorkflowRegistrar {
  register<State, C extends Command, E extends Event, Settings>(registration: {
    definitions: readonly WorkflowDefinition<State, C, E, Settings>[];
    settings: Settings;
    snapshotEvery?: number;
    snapshotSchemaVersion?: number;
  }): void;
}

/**
 * Every supervision workflow (and the user accounts'); the API and the worker both register them (both fire timers).
 * `caseWarnings` overrides the default 红黄牌 thresholds (checked: InvalidCaseSettings).
 */
export function registerSupervisionWorkflows(engine: WorkflowRegistrar, caseWarnings: Partial<CaseSettings> = {}): void {
  engine.register({ definitions: [orgUnitWorkflow], settings: undefined, snapshotEvery: 50 });
  // Snapshot schema 2: the round state records its publication, the task state each finding's
  // title and description, and a case's description may be its parent's (null in its state);
  // schema 3 of tasks: each finding's evidence; schema 3 of rounds: a duty-review round's settings.
  // Snapshots of earlier shapes are ignored and the streams replayed.
  engine.register({ definitions: [roundWorkflow], settings: undefined, snapshotEvery: 50, snapshotSchemaVersion: 3 });
  engine.register({ definitions: [taskWorkflow], settings: undefined, snapshotEvery: 50, snapshotSchemaVersion: 3 });
  engine.register({ definitions: [caseWorkflow], settings: caseSettings(caseWarnings), snapshotEvery: 50, snapshotSchemaVersion: 2 });
  // A 书记领办项目's milestones warn on the cases' thresholds.
  engine.register({ definitions: [projectWorkflow], settings: caseSettings(caseWarnings), snapshotEvery: 50 });
  engine.register({ definitions: [dutyReviewWorkflow], settings: undefined, snapshotEvery: 50 });
  engine.register({ definitions: [accountWorkflow], settings: undefined, snapshotEvery: 50 });
  engine.register({ definitions: [villageIndicatorWorkflow], settings: undefined, snapshotEvery: 50 });
}

/** Anything that takes process managers (the runtime's runner). */
export interface ProcessManagerRegistrar {
  register(...managers: readonly ProcessManager[]): void;
}

/** Every supervision process manager; registered wherever the workflows are. */
export function registerSupervisionProcessManagers(runner: ProcessManagerRegistrar): void {
  runner.register(caseLineageProcess);
}
