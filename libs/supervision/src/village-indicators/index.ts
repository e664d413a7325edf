export * from './village-indicators';
export * from './village-indicators.commands';
export * from './village-indicators.events';
export * from './village-indicators.errors';
export { evolveVillageIndicators, initialVillageIndicatorState, ReportingVillage, UnreportedVillage, VillageIndicatorState } from './village-indicators.state';
export { indicatorReportProblems, villageIndicatorWorkflow } from './village-indicators.workflow';
export { demoIndicatorReports } from './demo-indicator-reports';
