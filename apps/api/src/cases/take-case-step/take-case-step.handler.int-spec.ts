import { EVENT_STORE, PostgresEventStore } from '@app/event-store';
import { CaseUseCases, caseUseCases, DEMO_CASE_ID, metadataOf } from '../case-test-fixtures';
import { OpenCaseCommand } from '../open-case/open-case.command';
import { TakeCaseStep } from './take-case-step.command';

describe('taking a step on a case, without HTTP', () => {
  let cases: CaseUseCases;
  let directId: string;
  beforeAll(async () => {
    cases = await caseUseCases();
    const details = { title: '荻港村垃圾分类不到位', description: '分类桶混投', severity: 'low' as const, responsibleUnitId: 'nanxun-hefu-digang', dueWorkingDays: 5 };
    directId = (await cases.commands.execute(new OpenCaseCommand(details, undefined, metadataOf('admin')))).caseId;
  });
  afterAll(async () => cases?.close());

  it('交办 then 签收 by an official of a unit above the case: each step appends its event, naming the case’s unit', async () => {
    const assigned = await cases.commands.execute(new TakeCaseStep(directId, { type: 'AssignCase' }, metadataOf('admin')));
    expect(assigned.result.state).toMatchObject({ status: 'assigned' });
    const signed = await cases.commands.execute(new TakeCaseStep(directId, { type: 'SignCase' }, metadataOf('official.nanxun')));
    expect(signed.result).toMatchObject({ version: 3, state: { status: 'signed' } });
    expect(signed.result.events.map((event) => [event.type, event.metadata['orgUnitId'], event.metadata['actorId']])).toEqual([
      ['CaseSigned', 'nanxun-hefu-digang', 'official.nanxun'],
    ]);
  });

  it('loads the case once: one read of its stream from its snapshot, and none of what the step appended (the append hands it back)', async () => {
    const store = cases.module.get<PostgresEventStore>(EVENT_STORE);
    const loads = jest.spyOn(store, 'readStreamFromSnapshot');
    const reads = jest.spyOn(store, 'readStream');
    try {
      await cases.commands.execute(new TakeCaseStep(directId, { type: 'UrgeCase', message: '请加快' }, metadataOf('admin')));
      expect(loads.mock.calls.map(([streamId]) => streamId)).toEqual([`case-${directId}`]);
      expect(reads).not.toHaveBeenCalled();
    } finally {
      loads.mockRestore();
      reads.mockRestore();
    }
  });

  it('refuses an official of another county (OUT_OF_SCOPE, naming nothing) and an unknown case (CASE_NOT_FOUND), appending nothing', async () => {
    const before = await cases.engine.load('case', `case-${DEMO_CASE_ID}`);
    await expect(cases.commands.execute(new TakeCaseStep(DEMO_CASE_ID, { type: 'ReportProgress', report: '越权' }, metadataOf('official.nanxun')))).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
      details: {},
    });
    await expect(cases.commands.execute(new TakeCaseStep('no-such-case', { type: 'UrgeCase' }, metadataOf('admin')))).rejects.toMatchObject({ code: 'CASE_NOT_FOUND' });
    expect((await cases.engine.load('case', `case-${DEMO_CASE_ID}`)).version).toBe(before.version);
  });

  it('leaves who may take which step to the decider: an inspector cannot sign a case handed over to a unit', async () => {
    const details = { title: '荻港村公示栏破损', description: '未及时修复', severity: 'low' as const, responsibleUnitId: 'nanxun-hefu-digang', dueWorkingDays: 5 };
    const { caseId } = await cases.commands.execute(new OpenCaseCommand(details, undefined, metadataOf('admin')));
    await cases.commands.execute(new TakeCaseStep(caseId, { type: 'AssignCase' }, metadataOf('admin')));
    await expect(cases.commands.execute(new TakeCaseStep(caseId, { type: 'SignCase' }, metadataOf('inspector.wuxing')))).rejects.toMatchObject({ code: 'ROLE_NOT_ALLOWED' });
  });
});
