import { DomainError } from '@app/workflow';

/**
 * The thresholds of the case warnings (红黄牌), all in working days (工作日). They are
 * configuration: a city sets its own and the config lib passes them in at registration.
 */
export interface CaseSettings {
  /** Blue (蓝牌) goes up at the start of the working day this many working days before the due day. 0 means on the due day. */
  readonly blueWorkingDaysBeforeDeadline: number;
  /** Red (红牌) goes up once a case has been overdue for this many whole working days. */
  readonly redWorkingDaysOverdue: number;
  /** Red also goes up when the extension with this number is approved (the 2nd by default), and every later one. */
  readonly redOnApprovedExtension: number;
}

export const DEFAULT_CASE_SETTINGS: CaseSettings = Object.freeze({
  blueWorkingDaysBeforeDeadline: 2,
  redWorkingDaysOverdue: 3,
  redOnApprovedExtension: 2,
});

export class InvalidCaseSettings extends DomainError {
  readonly code = 'INVALID_CASE_SETTINGS';
  constructor(readonly problems: readonly string[]) {
    super(`Case warning thresholds are whole numbers of working days:\n${problems.map((problem) => `- ${problem}`).join('\n')}`, { problems });
  }
}

const MINIMUM: Readonly<Record<keyof CaseSettings, number>> = {
  blueWorkingDaysBeforeDeadline: 0,
  redWorkingDaysOverdue: 1,
  redOnApprovedExtension: 1,
};

/** The defaults with `overrides` applied, checked: each a whole number at or above its minimum, or InvalidCaseSettings. */
export function caseSettings(overrides: Partial<CaseSettings> = {}): CaseSettings {
  const settings: CaseSettings = { ...DEFAULT_CASE_SETTINGS, ...withoutUndefined(overrides) };
  const problems = (Object.keys(MINIMUM) as (keyof CaseSettings)[])
    .filter((key) => !Number.isInteger(settings[key]) || settings[key] < MINIMUM[key])
    .map((key) => `${key} must be a whole number of at least ${MINIMUM[key]}, got ${JSON.stringify(settings[key])}`);
  if (problems.length > 0) throw new InvalidCaseSettings(problems);
  return Object.freeze(settings);
}

function withoutUndefined(overrides: Partial<CaseSettings>): Partial<CaseSettings> {
  return Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
}
