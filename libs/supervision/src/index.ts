export * from './org-units';
export * from './rounds';
export * from './tasks';
export * from './cases';
export * from './ranking';
export * from './demo';
export { Role, ROLES } from './shared/roles';
export { StreamNaming } from './shared/stream-naming';
export { ProcessManagerRegistrar, registerSupervisionProcessManagers, registerSupervisionWorkflows, WorkflowRegistrar } from './supervision-workflows';
