import { deciderSpecification } from '@app/testing';
import { Actor, DomainError, ForbiddenError, InvalidInputError, loadChinaCalendar, NotFoundError, RoleNotAllowedError } from '@app/workflow';
import { meetsStrongVillageTargets, VillageIndicatorReport } from './village-indicators';
import { CorrectVillageIndicators, ReportVillageIndicators } from './village-indicators.commands';
import { VillageIndicatorEvent } from './village-indicators.events';
import { indicatorReportProblems, villageIndicatorWorkflow } from './village-indicators.workflow';

const calendar = loadChinaCalendar();
const REPORTED_AT = new Date('2026-12-01T02:00:00.000Z');
const spec = deciderSpecification(villageIndicatorWorkflow, { now: REPORTED_AT, calendar, settings: undefined });

const admin: Actor = { userId: 'admin', roles: ['admin'] };
const township: Actor = { userId: 'official.tianhuangping', roles: ['official'], orgUnitId: 'anji-tianhuangping' };
const county: Actor = { userId: 'official.anji', roles: ['official'], orgUnitId: 'anji' };
const yucun: Actor = { userId: 'official.yucun', roles: ['official'], orgUnitId: 'anji-tianhuangping-yucun' };
const nanxun: Actor = { userId: 'official.nanxun', roles: ['official'], orgUnitId: 'nanxun' };
const inspector: Actor = { userId: 'inspector.wuxing', roles: ['inspector'], orgUnitId: 'wuxing' };

const YUCUN = { unitId: 'anji-tianhuangping-yucun', kind: 'village' as const, unitChain: ['anji-tianhuangping-yucun', 'anji-tianhuangping', 'anji', 'huzhou'] };
const REPORT: VillageIndicatorReport = {
  grade: 'pioneer',
  operatingIncome: 5_210_000,
  totalIncome: 8_000_000,
  pairedEnterprises: [' 安吉示例竹业有限公司 ', '安吉示例竹业有限公司', '湖州示例纺织有限公司'],
  firstSecretary: ' 胡第一书记 ',
  provinciallyWeak: false,
  gridCount: 3,
};

const report = (overrides: Partial<ReportVillageIndicators> = {}): ReportVillageIndicators => ({
  type: 'ReportVillageIndicators',
  village: YUCUN,
  period: '2026',
  report: REPORT,
  ...overrides,
});
const correct = (overrides: Partial<CorrectVillageIndicators> = {}): CorrectVillageIndicators => ({
  type: 'CorrectVillageIndicators',
  village: YUCUN,
  period: '2026',
  report: { ...REPORT, operatingIncome: 290_000 },
  reason: '经营性收入口径调整',
  ...overrides,
});

const REPORTED: VillageIndicatorEvent[] = spec.given([]).when(report(), { actor: township }).events();

describe('village indicators (百村示范、千村晋位 / 三年强村 / 千企结千村 / 第一书记)', () => {
  describe('ReportVillageIndicators', () => {
    it('the township reports a period of 余村: names trimmed, each enterprise once, as revision 1', () => {
      expect(REPORTED).toEqual([
        {
          type: 'VillageIndicatorsReported',
          data: {
            unitId: YUCUN.unitId,
            unitChain: YUCUN.unitChain,
            period: '2026',
            revision: 1,
            report: { ...REPORT, pairedEnterprises: ['安吉示例竹业有限公司', '湖州示例纺织有限公司'], firstSecretary: '胡第一书记' },
            reportedBy: 'official.tianhuangping',
            reportedAt: REPORTED_AT.toISOString(),
          },
        },
      ]);
      expect(spec.given(REPORTED).state()).toEqual({ status: 'reporting', unitId: YUCUN.unitId, revisions: { '2026': 1 } });
    });

    it('another period is a report of its own; the same period twice is refused (a correction is asked for)', () => {
      const quarter = spec.given(REPORTED).when(report({ period: '2026-Q3' }), { actor: county }).events();
      expect(quarter).toMatchObject([{ type: 'VillageIndicatorsReported', data: { period: '2026-Q3', revision: 1, reportedBy: 'official.anji' } }]);
      spec.given(REPORTED).when(report(), { actor: admin }).thenThrows(DomainError, 'INDICATOR_PERIOD_ALREADY_REPORTED');
    });

    it('refuses a report that does not hold together, naming every problem', () => {
      const broken = report({
        period: '2026-Q5',
        report: { grade: 'gold' as never, operatingIncome: 400_000, totalIncome: 300_000, pairedEnterprises: [' '], firstSecretary: '', provinciallyWeak: 'no' as never, gridCount: -1 },
      });
      spec.given([]).when(broken, { actor: admin }).thenThrows(InvalidInputError, 'INVALID_INDICATOR_REPORT');
      expect(indicatorReportProblems(broken.period, broken.report)).toEqual([
        'a period: a year (2026) or a quarter (2026-Q3)',
        'a grade: pioneer, advanced, qualified or backward',
        'a total income no less than the operating income, which is part of it',
        'at most 20 paired enterprises, each by name',
        'the 第一书记 by name, or null when there is none',
        'whether the province lists the village as weak',
        'a grid count from 0 to 100',
      ]);
      expect(indicatorReportProblems('2026', { ...REPORT, operatingIncome: 1.5 })).toEqual(['the collective operating income in whole 元']);
      expect(indicatorReportProblems('2026', { ...REPORT, firstSecretary: null })).toEqual([]);
    });

    it('is reported from above: the village itself, another county’s official and an inspector are refused; a township is no village', () => {
      spec.given([]).when(report(), { actor: yucun }).thenThrows(ForbiddenError, 'INDICATORS_REPORTED_FROM_ABOVE');
      spec.given([]).when(report(), { actor: nanxun }).thenThrows(ForbiddenError, 'OUT_OF_SCOPE');
      spec.given([]).when(report(), { actor: inspector }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
      const tianhuangping = { unitId: 'anji-tianhuangping', kind: 'township' as const, unitChain: ['anji-tianhuangping', 'anji', 'huzhou'] };
      spec.given([]).when(report({ village: tianhuangping }), { actor: admin }).thenThrows(DomainError, 'NOT_A_VILLAGE');
    });
  });

  describe('CorrectVillageIndicators', () => {
    it('replaces the period’s report as the next revision, with its reason', () => {
      const correctedAt = new Date('2026-12-10T02:00:00.000Z');
      const corrected = spec.given(REPORTED).when(correct(), { actor: county, now: correctedAt }).events();
      expect(corrected).toEqual([
        {
          type: 'VillageIndicatorsCorrected',
          data: {
            unitId: YUCUN.unitId,
            unitChain: YUCUN.unitChain,
            period: '2026',
            revision: 2,
            report: { ...REPORT, operatingIncome: 290_000, pairedEnterprises: ['安吉示例竹业有限公司', '湖州示例纺织有限公司'], firstSecretary: '胡第一书记' },
            reason: '经营性收入口径调整',
            correctedBy: 'official.anji',
            correctedAt: correctedAt.toISOString(),
          },
        },
      ]);
      const twice = [...REPORTED, ...corrected];
      expect(spec.given(twice).when(correct({ reason: '再次核实' }), { actor: admin }).events()).toMatchObject([{ data: { revision: 3 } }]);
    });

    it('needs a reported period and a reason', () => {
      spec.given([]).when(correct(), { actor: admin }).thenThrows(NotFoundError, 'INDICATOR_PERIOD_NOT_REPORTED');
      spec.given(REPORTED).when(correct({ period: '2025' }), { actor: admin }).thenThrows(NotFoundError, 'INDICATOR_PERIOD_NOT_REPORTED');
      spec.given(REPORTED).when(correct({ reason: '  ' }), { actor: admin }).thenThrows(DomainError, 'CORRECTION_REASON_REQUIRED');
    });
  });

  describe('三年强村 targets', () => {
    it('a village is strong at 30万 operating and 100万 total income, both', () => {
      expect(meetsStrongVillageTargets({ operatingIncome: 300_000, totalIncome: 1_000_000 })).toBe(true);
      expect(meetsStrongVillageTargets({ operatingIncome: 299_999, totalIncome: 5_000_000 })).toBe(false);
      expect(meetsStrongVillageTargets({ operatingIncome: 900_000, totalIncome: 999_999 })).toBe(false);
    });
  });
});
