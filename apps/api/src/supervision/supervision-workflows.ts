import { WorkflowEngine } from '@app/workflow-runtime';
import { orgUnitWorkflow, roundWorkflow, taskWorkflow } from '@app/supervision';

/** Registers every supervision workflow with the engine (api and worker alike: both fire timers). */
export function registerSupervisionWorkflows(engine: WorkflowEngine): void {
  engine.register({ definitions: [orgUnitWorkflow], settings: undefined, snapshotEvery: 50 });
  engine.register({ definitions: [roundWorkflow], settings: undefined, snapshotEvery: 50 });
  engine.register({ definitions: [taskWorkflow], settings: undefined, snapshotEvery: 50 });
}
