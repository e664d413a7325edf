import { CaseUseCases, caseUseCases, DEMO_TASK_ID, metadataOf } from '../case-test-fixtures';
import { OpenCaseCommand } from './open-case.command';

describe('opening a case (立项), without HTTP', () => {
  let cases: CaseUseCases;
  beforeAll(async () => {
    cases = await caseUseCases();
  });
  afterAll(async () => cases?.close());

  it('from a finding: what the caller leaves out comes from the finding, and the case goes to the unit it was found at', async () => {
    const findingId = await cases.recordFinding('anji-xilong-huangdu', '黄杜村党员活动日未开展');
    const { caseId, result } = await cases.commands.execute(new OpenCaseCommand({ dueWorkingDays: 10 }, { taskId: DEMO_TASK_ID, findingId }, metadataOf('inspector.wuxing')));
    expect(result.state).toMatchObject({
      caseId,
      status: 'registered',
      title: '黄杜村党员活动日未开展',
      description: '近三个月未公开财务收支',
      severity: 'medium',
      responsibleUnitId: 'anji-xilong-huangdu',
      unitChain: ['anji-xilong-huangdu', 'anji-xilong', 'anji', 'huzhou'],
      source: { kind: 'finding', taskId: DEMO_TASK_ID, findingId },
    });
    expect(result.events.map((event) => event.metadata['orgUnitId'])).toEqual(['anji-xilong-huangdu']);
  });

  it('a finding has one case: another attempt, by anyone, is CASE_ALREADY_OPENED', async () => {
    const findingId = await cases.recordFinding('anji-tianhuangping');
    await cases.commands.execute(new OpenCaseCommand({ dueWorkingDays: 5 }, { taskId: DEMO_TASK_ID, findingId }, metadataOf('inspector.wuxing')));
    const again = cases.commands.execute(new OpenCaseCommand({ dueWorkingDays: 3 }, { taskId: DEMO_TASK_ID, findingId }, metadataOf('admin')));
    await expect(again).rejects.toMatchObject({ code: 'CASE_ALREADY_OPENED' });
  });

  it('refuses an inspector not on the task, an unknown task or finding, and a unit that is not on the finding’s chain', async () => {
    const findingId = await cases.recordFinding('anji-xilong');
    await expect(cases.commands.execute(new OpenCaseCommand({ dueWorkingDays: 5 }, { taskId: DEMO_TASK_ID, findingId }, metadataOf('inspector.anji')))).rejects.toMatchObject({
      code: 'NOT_ASSIGNED_INSPECTOR',
    });
    await expect(cases.commands.execute(new OpenCaseCommand({ dueWorkingDays: 5 }, { taskId: 'no-such-task', findingId }, metadataOf('admin')))).rejects.toMatchObject({
      code: 'TASK_NOT_FOUND',
    });
    await expect(cases.commands.execute(new OpenCaseCommand({ dueWorkingDays: 5 }, { taskId: DEMO_TASK_ID, findingId: 'no-such-finding' }, metadataOf('admin')))).rejects.toMatchObject({
      code: 'FINDING_NOT_FOUND',
    });
    await expect(
      cases.commands.execute(new OpenCaseCommand({ dueWorkingDays: 5, responsibleUnitId: 'nanxun' }, { taskId: DEMO_TASK_ID, findingId }, metadataOf('admin'))),
    ).rejects.toMatchObject({ code: 'CASE_UNIT_OFF_FINDING_CHAIN' });
    await expect(
      cases.commands.execute(new OpenCaseCommand({ dueWorkingDays: 5, responsibleUnitId: 'no-such-unit' }, { taskId: DEMO_TASK_ID, findingId }, metadataOf('admin'))),
    ).rejects.toMatchObject({ code: 'ORG_UNIT_NOT_FOUND' });
  });

  it('directly (admins): every missing detail is named at once; a retry with the same command id opens nothing more', async () => {
    await expect(cases.commands.execute(new OpenCaseCommand({ dueWorkingDays: 5 }, undefined, metadataOf('admin')))).rejects.toMatchObject({
      code: 'CASE_DETAILS_REQUIRED',
    });
    const metadata = metadataOf('admin');
    const details = { title: '领导批示件', description: '限期整改', severity: 'high' as const, responsibleUnitId: 'nanxun', dueWorkingDays: 5 };
    const first = await cases.commands.execute(new OpenCaseCommand(details, undefined, metadata));
    const retry = await cases.commands.execute(new OpenCaseCommand(details, undefined, metadata));
    expect(retry.caseId).toBe(first.caseId);
    expect(retry.result).toMatchObject({ duplicate: true, version: 1 });
  });
});
