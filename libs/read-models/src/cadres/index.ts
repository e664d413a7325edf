export { cadresProjection } from './cadres.projection';
export { CadreCounts, cadreCountsQuery, CadreHistory, cadreHistoryQuery, CadreRecordView, CadreTermView, MonitoredCadreView, monitoredCadresQuery } from './cadres.query';
