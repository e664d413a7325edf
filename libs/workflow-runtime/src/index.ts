export { CalendarFollower } from './calendar/calendar-follower';
export { CalendarTimers, CalendarTimersReport } from './calendar/calendar-timers';
export { FollowedWorkingDayCalendar } from './calendar/followed-calendar';
export { deterministicUuid } from './deterministic-id';
export { ProcessManager, ProcessManagerRunner, ProcessManagerRunnerOptions, ProcessManagerStatus, Reaction } from './process-manager';
export { ProcessManagerMetricsOptions, ProcessManagerStatusSource, registerProcessManagerMetrics } from './process-manager-metrics';
export { TimerService, TimerServiceOptions } from './timer-service';
export { DueTimer, timerIdOf, TimerStore } from './timer-store';
export {
  CommandIdReusedError,
  CommandMetadata,
  CommandResult,
  EngineObserver,
  FiringTimer,
  HandleOptions,
  LoadedInstance,
  NewInstance,
  StartedInstances,
  UnknownWorkflowError,
  WorkflowEngine,
  WorkflowHandle,
  WorkflowRegistration,
} from './workflow-engine';
export { WORKFLOW_MIGRATIONS } from './workflow.schema';
export { WORKING_DAY_CALENDAR, WorkflowRuntimeModule } from './workflow-runtime.module';
export { PollingLoop } from './polling-loop';
