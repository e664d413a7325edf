import { Actor, DomainError, isBlank, Transition, WorkflowDefinition } from '@app/workflow';
import { assertWithinOrgScope } from '../org-units/org-scope';
import {
  isIndicatorPeriod,
  isVillageGrade,
  MAX_INDICATOR_AMOUNT,
  MAX_INDICATOR_NAME_LENGTH,
  MAX_PAIRED_ENTERPRISES,
  MAX_VILLAGE_GRIDS,
  VillageIndicatorReport,
} from './village-indicators';
import { CorrectVillageIndicators, IndicatorVillage, ReportVillageIndicators, VillageIndicatorCommand } from './village-indicators.commands';
import {
  CorrectionReasonRequired,
  IndicatorPeriodAlreadyReported,
  IndicatorPeriodNotReported,
  IndicatorsReportedFromAbove,
  IndicatorVillageMismatch,
  InvalidIndicatorReport,
  NotAVillage,
} from './village-indicators.errors';
import { VillageIndicatorEvent } from './village-indicators.events';
import { evolveVillageIndicators, initialVillageIndicatorState, VillageIndicatorState } from './village-indicators.state';

type VillageIndicatorTransition<C extends VillageIndicatorCommand> = Transition<VillageIndicatorState, C, VillageIndicatorEvent>;

function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_INDICATOR_AMOUNT;
}

function isName(value: unknown): value is string {
  return !isBlank(value) && (value as string).trim().length <= MAX_INDICATOR_NAME_LENGTH;
}

/** What is wrong with a period's report: every problem, named for the form. */
export function indicatorReportProblems(period: unknown, report: Partial<VillageIndicatorReport> | undefined): string[] {
  const problems: string[] = [];
  if (!isIndicatorPeriod(period)) problems.push('a period: a year (2026) or a quarter (2026-Q3)');
  if (report === undefined || report === null || typeof report !== 'object') return [...problems, 'the indicators'];
  if (!isVillageGrade(report.grade)) problems.push('a grade: pioneer, advanced, qualified or backward');
  if (!isAmount(report.operatingIncome)) problems.push('the collective operating income in whole 元');
  if (!isAmount(report.totalIncome)) problems.push('the collective total income in whole 元');
  if (isAmount(report.operatingIncome) && isAmount(report.totalIncome) && report.totalIncome < report.operatingIncome) {
    problems.push('a total income no less than the operating income, which is part of it');
  }
  const enterprises: unknown = report.pairedEnterprises;
  if (!Array.isArray(enterprises) || enterprises.length > MAX_PAIRED_ENTERPRISES || !enterprises.every(isName)) {
    problems.push(`at most ${MAX_PAIRED_ENTERPRISES} paired enterprises, each by name`);
  }
  if (report.firstSecretary !== null && !isName(report.firstSecretary)) problems.push('the 第一书记 by name, or null when there is none');
  if (typeof report.provinciallyWeak !== 'boolean') problems.push('whether the province lists the village as weak');
  if (!Number.isInteger(report.gridCount) || (report.gridCount as number) < 0 || (report.gridCount as number) > MAX_VILLAGE_GRIDS) {
    problems.push(`a grid count from 0 to ${MAX_VILLAGE_GRIDS}`);
  }
  return problems;
}

/** The report as recorded: names trimmed, each enterprise once. */
function recordedReport(report: VillageIndicatorReport): VillageIndicatorReport {
  return {
    grade: report.grade,
    operatingIncome: report.operatingIncome,
    totalIncome: report.totalIncome,
    pairedEnterprises: [...new Set(report.pairedEnterprises.map((name) => name.trim()))],
    firstSecretary: report.firstSecretary === null ? null : report.firstSecretary.trim(),
    provinciallyWeak: report.provinciallyWeak,
    gridCount: report.gridCount,
  };
}

/**
 * Who may report: an admin, or an official of a unit above the village within its chain (its
 * township or county, or the city) — not the village's own official, whose income and grade
 * the level above vouches for.
 */
function assertMayReport(actor: Actor, village: IndicatorVillage): void {
  if (village.kind !== 'village') throw new NotAVillage(village.unitId);
  assertWithinOrgScope(actor, village.unitChain);
  if (actor.roles.includes('official') && !actor.roles.includes('admin') && actor.orgUnitId === village.unitId) throw new IndicatorsReportedFromAbove();
}

function checkedCommand(state: VillageIndicatorState, command: VillageIndicatorCommand, actor: Actor): void {
  if (state.status === 'reporting' && state.unitId !== command.village.unitId) throw new IndicatorVillageMismatch(state.unitId, command.village.unitId);
  const problems = indicatorReportProblems(command.period, command.report);
  if (problems.length > 0) throw new InvalidIndicatorReport(problems);
  assertMayReport(actor, command.village);
}

const reporting: VillageIndicatorTransition<ReportVillageIndicators> = {
  roles: ['admin', 'official'],
  decide: (state, command, { actor, now }) => {
    checkedCommand(state, command, actor);
    const { unitId, unitChain } = command.village;
    if (state.status === 'reporting' && state.revisions[command.period] !== undefined) throw new IndicatorPeriodAlreadyReported(unitId, command.period);
    return [
      {
        type: 'VillageIndicatorsReported',
        data: {
          unitId,
          unitChain: [...unitChain],
          period: command.period,
          revision: 1,
          report: recordedReport(command.report),
          reportedBy: actor.userId,
          reportedAt: now.toISOString(),
        },
      },
    ];
  },
};

const correcting: VillageIndicatorTransition<CorrectVillageIndicators> = {
  roles: ['admin', 'official'],
  decide: (state, command, { actor, now }) => {
    checkedCommand(state, command, actor);
    const { unitId, unitChain } = command.village;
    const revision = state.status === 'reporting' ? state.revisions[command.period] : undefined;
    if (revision === undefined) throw new IndicatorPeriodNotReported(unitId, command.period);
    if (isBlank(command.reason)) throw new CorrectionReasonRequired();
    return [
      {
        type: 'VillageIndicatorsCorrected',
        data: {
          unitId,
          unitChain: [...unitChain],
          period: command.period,
          revision: revision + 1,
          report: recordedReport(command.report),
          reason: command.reason.trim(),
          correctedBy: actor.userId,
          correctedAt: now.toISOString(),
        },
      },
    ];
  },
};

function refuseIndicatorCommand(_state: VillageIndicatorState, command: VillageIndicatorCommand): DomainError {
  return new IndicatorPeriodNotReported(command.village.unitId, command.period);
}

/**
 * A village's indicator stream (`villageindicators-<unit id>`): each period is reported once, by
 * the township or county above the village (or an admin), and corrected with a reason as often
 * as needed; every revision stays in the stream, so a period reads as it was known at any instant.
 */
export const villageIndicatorWorkflow: WorkflowDefinition<VillageIndicatorState, VillageIndicatorCommand, VillageIndicatorEvent> = {
  name: 'village-indicators',
  version: 1,
  initialState: initialVillageIndicatorState,
  evolve: evolveVillageIndicators,
  statusOf: (state) => state.status,
  refuse: refuseIndicatorCommand,
  states: {
    unreported: { on: { ReportVillageIndicators: reporting } },
    reporting: { on: { ReportVillageIndicators: reporting, CorrectVillageIndicators: correcting } },
  },
};
