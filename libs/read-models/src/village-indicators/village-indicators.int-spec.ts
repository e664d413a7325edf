import { EventToAppend, migrateEventStore, PostgresEventStore } from '@app/event-store';
import { ProjectionRuntime } from '@app/projections';
import { demoIndicatorReports, meetsStrongVillageTargets, orgUnitStreamId, VillageIndicatorEvent, villageIndicatorStreamId } from '@app/supervision';
import { databaseTargets, TestDatabase } from '@app/testing';
import { unitRegistered } from '../ranking/ranking.spec-fixtures';
import { orgResponsibilityProjection } from '../supervision-boards';
import { VILLAGE_INDICATORS_PROJECTION, villageIndicatorsProjection } from './village-indicators.projection';
import { indicatorSummaryQuery, indicatorTrendQuery, villageIndicatorHistoryQuery } from './village-indicators.query';

const COUNTIES = ['anji', 'deqing'];
const TOWNSHIPS = COUNTIES.flatMap((county) => [`${county}-t1`, `${county}-t2`]);
const VILLAGES = TOWNSHIPS.flatMap((township) => Array.from({ length: 5 }, (_, n) => `${township}-v${n + 1}`));
const chainOf = (village: string): string[] => {
  const township = village.replace(/-v\d+$/, '');
  return [village, township, township.replace(/-t\d$/, ''), 'huzhou'];
};
const REPORTED_AT = { '2025': '2025-12-20T02:00:00.000Z', '2026': '2026-12-20T02:00:00.000Z' } as const;
/** Every fourth village's 2026 report is corrected a week later: its operating income halved. */
const CORRECTED_AT = '2026-12-27T02:00:00.000Z';

function history(): Map<string, EventToAppend[]> {
  const streams = new Map<string, EventToAppend[]>();
  streams.set(orgUnitStreamId('huzhou'), [unitRegistered('huzhou', 'city', null, '湖州市')]);
  for (const county of COUNTIES) streams.set(orgUnitStreamId(county), [unitRegistered(county, 'county', 'huzhou', county)]);
  for (const township of TOWNSHIPS) streams.set(orgUnitStreamId(township), [unitRegistered(township, 'township', township.replace(/-t\d$/, ''), township)]);
  for (const village of VILLAGES) streams.set(orgUnitStreamId(village), [unitRegistered(village, 'village', village.replace(/-v\d+$/, ''), village)]);
  for (const { unitId, period, report } of demoIndicatorReports(VILLAGES)) {
    const recorded = { unitId, unitChain: chainOf(unitId), period, report };
    const events: VillageIndicatorEvent[] = [{ type: 'VillageIndicatorsReported', data: { ...recorded, revision: 1, reportedBy: 'admin', reportedAt: REPORTED_AT[period as '2025' | '2026'] } }];
    if (period === '2026' && VILLAGES.indexOf(unitId) % 4 === 0) {
      const corrected = { ...report, operatingIncome: Math.floor(report.operatingIncome / 2) };
      events.push({ type: 'VillageIndicatorsCorrected', data: { ...recorded, report: corrected, revision: 2, reason: '口径调整', correctedBy: 'admin', correctedAt: CORRECTED_AT } });
    }
    const streamId = villageIndicatorStreamId(unitId);
    streams.set(streamId, [...(streams.get(streamId) ?? []), ...events]);
  }
  return streams;
}

describe.each(databaseTargets())('village indicators read model on $name', (target) => {
  let db: TestDatabase;
  let runtime: ProjectionRuntime;

  beforeAll(async () => {
    db = await target.create();
    await migrateEventStore(db.database);
    const store = new PostgresEventStore(db.database.pool, { notifyOtherProcesses: false });
    runtime = await ProjectionRuntime.create({ store, pool: db.database.pool, projections: [orgResponsibilityProjection(), villageIndicatorsProjection()] });
    // Indicator streams first, then the org tree: the roll-ups join them only when read.
    const streams = [...history()].sort(([a], [b]) => Number(a.startsWith('orgunit')) - Number(b.startsWith('orgunit')));
    for (const [streamId, events] of streams) await store.append(streamId, events);
  });

  afterAll(async () => {
    await runtime?.close();
    await db?.dispose();
  });

  const reader = () => runtime.dataSource;

  it('rolls a county up per township for a period, with the 强村 rule applied as the domain says', async () => {
    const summary = await indicatorSummaryQuery(reader(), 'anji', '2025', new Date('2026-01-01T00:00:00Z'));
    const reports2025 = demoIndicatorReports(VILLAGES).filter((row) => row.period === '2025' && row.unitId.startsWith('anji-'));
    expect(summary.children.map((child) => child.unitId)).toEqual(['anji-t1', 'anji-t2']);
    expect(summary.total).toMatchObject({
      villages: 10,
      reported: 10,
      strong: reports2025.filter((row) => meetsStrongVillageTargets(row.report)).length,
      grades: { pioneer: reports2025.filter((row) => row.report.grade === 'pioneer').length },
      grids: reports2025.reduce((sum, row) => sum + row.report.gridCount, 0),
    });
    expect(summary.children.reduce((sum, child) => sum + child.figures.reported, 0)).toBe(10);
    expect(summary.periods).toEqual(['2025']);
  });

  it('reads a corrected period as it was before the correction, and as corrected after it', async () => {
    const corrected = VILLAGES[0]!;
    const before = await villageIndicatorHistoryQuery(reader(), corrected, new Date('2026-12-21T00:00:00Z'));
    const after = await villageIndicatorHistoryQuery(reader(), corrected, new Date('2027-01-01T00:00:00Z'));
    expect(before.map((period) => [period.period, period.current.revision, period.earlier.length])).toEqual([
      ['2026', 1, 0],
      ['2025', 1, 0],
    ]);
    expect(after[0]).toMatchObject({ period: '2026', current: { revision: 2, reason: '口径调整' }, earlier: [{ revision: 1 }] });
    expect(after[0]!.current.operatingIncome).toBe(Math.floor(before[0]!.current.operatingIncome / 2));
    const trend = await indicatorTrendQuery(reader(), 'huzhou', new Date('2027-01-01T00:00:00Z'));
    expect(trend.map((point) => [point.period, point.figures.reported])).toEqual([
      ['2025', 20],
      ['2026', 20],
    ]);
  });

  it('a rebuild from zero equals the live table row for row and answers alike', async () => {
    const answers = () =>
      Promise.all([
        indicatorSummaryQuery(reader(), 'huzhou', undefined, new Date('2027-01-01T00:00:00Z')),
        indicatorSummaryQuery(reader(), 'deqing', '2026', new Date('2026-12-21T00:00:00Z')),
        indicatorTrendQuery(reader(), 'anji', new Date('2027-01-01T00:00:00Z')),
      ]);
    const indexes = async (): Promise<string[]> =>
      (
        await db.database.pool.query<{ indexdef: string }>(
          `SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'village_indicator_reports' ORDER BY indexname`,
        )
      ).rows.map((row) => row.indexdef);
    const before = await answers();
    const indexesBefore = await indexes();
    expect(indexesBefore).toHaveLength(3); // the key and the two only queries use, built side by side after the log
    const comparisons = await runtime.compareWithLive(VILLAGE_INDICATORS_PROJECTION);
    expect(comparisons.map((table) => [table.table, table.equal, table.liveRows])).toEqual([['village_indicator_reports', true, 45]]);
    await runtime.rebuild(VILLAGE_INDICATORS_PROJECTION);
    expect(await answers()).toEqual(before);
    expect(await indexes()).toEqual(indexesBefore);
  });
});
