import { caseSettings, DEFAULT_CASE_SETTINGS, InvalidCaseSettings } from './case.settings';

describe('case settings', () => {
  it('defaults: blue 2 working days before the deadline, red after 3 working days overdue or on the 2nd approved extension', () => {
    expect(DEFAULT_CASE_SETTINGS).toEqual({ blueWorkingDaysBeforeDeadline: 2, redWorkingDaysOverdue: 3, redOnApprovedExtension: 2 });
    expect(caseSettings()).toEqual(DEFAULT_CASE_SETTINGS);
  });

  it('overrides some thresholds and keeps the defaults for the rest (an undefined value is no override)', () => {
    expect(caseSettings({ blueWorkingDaysBeforeDeadline: 0, redWorkingDaysOverdue: undefined })).toEqual({
      blueWorkingDaysBeforeDeadline: 0,
      redWorkingDaysOverdue: 3,
      redOnApprovedExtension: 2,
    });
  });

  it('refuses thresholds that are not whole numbers at or above their minimum, naming every one', () => {
    let thrown: unknown;
    try {
      caseSettings({ blueWorkingDaysBeforeDeadline: -1, redWorkingDaysOverdue: 0, redOnApprovedExtension: 1.5 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidCaseSettings);
    expect(thrown).toMatchObject({ code: 'INVALID_CASE_SETTINGS' });
    expect((thrown as InvalidCaseSettings).problems).toHaveLength(3);
  });

  it('refuses a value that is not a number', () => {
    expect(() => caseSettings({ redWorkingDaysOverdue: '3' as unknown as number })).toThrow(InvalidCaseSettings);
  });
});
