import { ApiProperty } from '@nestjs/swagger';
import { IndicatorFigures, IndicatorGroup, IndicatorSummary, IndicatorTrendPoint, VillageIndicatorRevision, VillagePeriodReport } from '@app/read-models';
import { VILLAGE_GRADES, VillageGrade } from '@app/supervision';
import type { IndicatorTrend } from './get-indicator-trend/get-indicator-trend.query';
import type { VillageIndicators } from './get-village-indicators/get-village-indicators.query';

/*
 * What the village indicator routes answer, for the OpenAPI document (and the console's generated
 * types). Each class implements the view it documents.
 */

export class VillageIndicatorRevisionResponse implements VillageIndicatorRevision {
  @ApiProperty({ example: '2026' }) period!: string;
  @ApiProperty({ description: '1 for the report, counting up with each correction' }) revision!: number;
  @ApiProperty({ enum: VILLAGE_GRADES }) grade!: VillageGrade;
  @ApiProperty({ description: '元' }) operatingIncome!: number;
  @ApiProperty({ description: '元' }) totalIncome!: number;
  @ApiProperty({ description: 'at both 三年强村 targets: 30万元 operating and 100万元 total income' }) strong!: boolean;
  @ApiProperty({ type: [String] }) pairedEnterprises!: string[];
  @ApiProperty({ type: String, nullable: true }) firstSecretary!: string | null;
  @ApiProperty() provinciallyWeak!: boolean;
  @ApiProperty() gridCount!: number;
  @ApiProperty({ type: String, nullable: true, description: 'why it was corrected; null on the first report' }) reason!: string | null;
  @ApiProperty() recordedBy!: string;
  @ApiProperty() recordedAt!: string;
}

export class VillagePeriodReportResponse implements VillagePeriodReport {
  @ApiProperty() period!: string;
  @ApiProperty({ type: VillageIndicatorRevisionResponse, description: 'the revision in force' }) current!: VillageIndicatorRevisionResponse;
  @ApiProperty({ type: [VillageIndicatorRevisionResponse], description: 'the revisions it replaced, latest first' }) earlier!: VillageIndicatorRevisionResponse[];
}

export class VillageIndicatorsResponse implements VillageIndicators {
  @ApiProperty() unitId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() asOf!: string;
  @ApiProperty({ type: [VillagePeriodReportResponse], description: 'latest period first' }) periods!: VillagePeriodReportResponse[];
}

export class IndicatorGradeCountsResponse implements Record<VillageGrade, number> {
  @ApiProperty({ description: '先锋示范村' }) pioneer!: number;
  @ApiProperty({ description: '先进村' }) advanced!: number;
  @ApiProperty({ description: '合格村' }) qualified!: number;
  @ApiProperty({ description: '后进村' }) backward!: number;
}

const SHARE = { type: Number, nullable: true, description: 'of the villages reported, 0–1 to four decimals; null when none was' } as const;

export class IndicatorFiguresResponse implements IndicatorFigures {
  @ApiProperty({ description: 'villages and communities in the subtree (the org tree now)' }) villages!: number;
  @ApiProperty({ description: 'villages reported for the period' }) reported!: number;
  @ApiProperty({ type: IndicatorGradeCountsResponse }) grades!: IndicatorGradeCountsResponse;
  @ApiProperty(SHARE) pioneerShare!: number | null;
  @ApiProperty({ description: 'villages at both 三年强村 targets' }) strong!: number;
  @ApiProperty(SHARE) strongShare!: number | null;
  @ApiProperty({ description: '元, summed' }) operatingIncome!: number;
  @ApiProperty({ description: '元, summed' }) totalIncome!: number;
  @ApiProperty({ description: '千企结千村 enterprise pairings' }) pairings!: number;
  @ApiProperty() pairedVillages!: number;
  @ApiProperty({ description: '省定薄弱村' }) weakVillages!: number;
  @ApiProperty({ description: '省定薄弱村 paired with an enterprise' }) weakVillagesPaired!: number;
  @ApiProperty({ description: 'villages with a 第一书记' }) withFirstSecretary!: number;
  @ApiProperty(SHARE) firstSecretaryShare!: number | null;
  @ApiProperty({ description: '全科网格' }) grids!: number;
}

export class IndicatorGroupResponse implements IndicatorGroup {
  @ApiProperty() unitId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'county' }) kind!: string;
  @ApiProperty({ type: IndicatorFiguresResponse }) figures!: IndicatorFiguresResponse;
}

export class IndicatorSummaryResponse implements IndicatorSummary {
  @ApiProperty() unitId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null when nothing was reported in the subtree' }) period!: string | null;
  @ApiProperty({ type: [String], description: 'every period reported in the subtree, in order' }) periods!: string[];
  @ApiProperty() asOf!: string;
  @ApiProperty({ type: IndicatorFiguresResponse }) total!: IndicatorFiguresResponse;
  @ApiProperty({ type: [IndicatorGroupResponse], description: 'each unit directly below (departments aside)' }) children!: IndicatorGroupResponse[];
}

export class IndicatorTrendPointResponse implements IndicatorTrendPoint {
  @ApiProperty() period!: string;
  @ApiProperty({ type: IndicatorFiguresResponse }) figures!: IndicatorFiguresResponse;
}

export class IndicatorTrendResponse implements IndicatorTrend {
  @ApiProperty() unitId!: string;
  @ApiProperty() asOf!: string;
  @ApiProperty({ type: [IndicatorTrendPointResponse], description: 'in period order' }) points!: IndicatorTrendPointResponse[];
}
