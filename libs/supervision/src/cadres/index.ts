export { CadrePerson, cadreStreamId, cadreStreams, isMonitoringKind, MONITORING_KINDS, MonitoringKind } from './cadre';
export * from './cadre.commands';
export * from './cadre.events';
export * from './cadre.errors';
export { CadreState, evolveCadre, initialCadreState, MonitoredCadre, UnmonitoredCadre } from './cadre.state';
export { adjustmentProblems, monitoringProblems } from './cadre-steps';
export { CadreTransition, cadreWorkflow } from './cadre.workflow';
export { cadreAdjustmentProcess } from './cadre-adjustment.process';
