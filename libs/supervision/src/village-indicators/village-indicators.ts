import { isOneOf } from '@app/workflow';
import { streamNaming } from '../shared/stream-naming';

/**
 * Village indicators: what a village (村/社区) reports each period about the source's village
 * campaigns — its grade under 百村示范、千村晋位, its collective income against the 三年强村计划
 * targets, the enterprises paired with it under 千企结千村, whether it has a 第一书记, whether the
 * province lists it as a weak village (省定薄弱村), and how many 全科网格 it is divided into.
 * One stream per village: `villageindicators-<unit id>`.
 */
export const villageIndicatorStreams = streamNaming('villageindicators');

/** The indicator stream of village `unitId`. */
export const villageIndicatorStreamId = villageIndicatorStreams.streamIdOf;

/**
 * The grades of 百村示范、千村晋位, best first: 先锋示范村 (the source's term; 37.3% of the city's
 * villages), then 先进村, 合格村 and 后进村 (后进 as in 后进村整转), through which villages 晋位.
 */
export const VILLAGE_GRADES = ['pioneer', 'advanced', 'qualified', 'backward'] as const;
export type VillageGrade = (typeof VILLAGE_GRADES)[number];

export function isVillageGrade(value: unknown): value is VillageGrade {
  return isOneOf(VILLAGE_GRADES, value);
}

/**
 * A reporting period: a year (`2026`) or a quarter of it (`2026-Q3`). Periods sort as text in
 * time order within a year's kind; a year sorts before its quarters.
 */
export const INDICATOR_PERIOD_PATTERN = /^(20\d{2})(-Q[1-4])?$/;

export function isIndicatorPeriod(value: unknown): value is string {
  return typeof value === 'string' && INDICATOR_PERIOD_PATTERN.test(value);
}

/** One period's indicators of a village. Amounts are whole 元. */
export interface VillageIndicatorReport {
  readonly grade: VillageGrade;
  /** 村级集体经营性收入 for the period's year, 元. */
  readonly operatingIncome: number;
  /** 村级集体总收入 for the period's year, 元; the operating income is part of it. */
  readonly totalIncome: number;
  /** 千企结千村: the enterprises paired with the village, by name. */
  readonly pairedEnterprises: readonly string[];
  /** The village's 第一书记, by name; `null` when it has none. */
  readonly firstSecretary: string | null;
  /** 省定薄弱村: listed by the province as a weak village. */
  readonly provinciallyWeak: boolean;
  /** How many 全科网格 the village is divided into. */
  readonly gridCount: number;
}

/**
 * 三年强村计划: every village to reach 30万元 collective operating income and 100万元 total
 * income a year. The one place the targets are written.
 */
export const STRONG_VILLAGE_TARGETS = { operatingIncome: 300_000, totalIncome: 1_000_000 } as const;

/** Whether a village's incomes meet both 三年强村 targets; reads and writes both ask this. */
export function meetsStrongVillageTargets(report: Pick<VillageIndicatorReport, 'operatingIncome' | 'totalIncome'>): boolean {
  return report.operatingIncome >= STRONG_VILLAGE_TARGETS.operatingIncome && report.totalIncome >= STRONG_VILLAGE_TARGETS.totalIncome;
}

/** How many enterprises one report may name, and how long a name may be. */
export const MAX_PAIRED_ENTERPRISES = 20;
export const MAX_INDICATOR_NAME_LENGTH = 100;
/** A sanity bound on an amount (100 亿元) and on a village's grids. */
export const MAX_INDICATOR_AMOUNT = 10_000_000_000;
export const MAX_VILLAGE_GRIDS = 100;
