import { CaseUseCases, caseUseCases, metadataOf } from '../case-test-fixtures';
import { GetCaseQuery } from '../get-case/get-case.query';
import { OpenCaseCommand } from '../open-case/open-case.command';
import { TakeCaseStep } from '../take-case-step/take-case-step.command';
import { SplitCaseCommand } from './split-case.command';

describe('splitting a case (逐级传导压力), without HTTP', () => {
  let cases: CaseUseCases;
  let parentId: string;
  beforeAll(async () => {
    cases = await caseUseCases();
    const details = { title: '和孚镇河长制落实不到位', description: '巡河记录缺失', severity: 'medium' as const, responsibleUnitId: 'nanxun-hefu', dueWorkingDays: 15 };
    parentId = (await cases.commands.execute(new OpenCaseCommand(details, undefined, metadataOf('admin')))).caseId;
    await cases.commands.execute(new TakeCaseStep(parentId, { type: 'AssignCase' }, metadataOf('admin')));
    await cases.commands.execute(new TakeCaseStep(parentId, { type: 'SignCase' }, metadataOf('official.nanxun')));
  });
  afterAll(async () => cases?.close());

  it('opens and hands over each child at once, with ids fixed by the command and the parent’s description shared', async () => {
    const metadata = metadataOf('official.nanxun');
    const split = await cases.commands.execute(new SplitCaseCommand(parentId, [{ unitId: 'nanxun-hefu-digang', title: '荻港村巡河整改', dueWorkingDays: 5 }], metadata));
    const [child] = (split.result.state as unknown as { children: Array<{ caseId: string }> }).children;
    const opened = await cases.queries.execute(new GetCaseQuery(child!.caseId, metadataOf('official.nanxun').actor));
    expect(opened.view).toMatchObject({ status: 'assigned', description: '巡河记录缺失', descriptionFromCaseId: parentId, parentCaseId: parentId });
    const again = await cases.commands.execute(new SplitCaseCommand(parentId, [{ unitId: 'nanxun-hefu-digang', title: '荻港村巡河整改', dueWorkingDays: 5 }], metadata));
    expect(again.result.duplicate).toBe(true);
  });

  it('refuses a child at a unit the org tree does not know, before anything is sent', async () => {
    await expect(
      cases.commands.execute(new SplitCaseCommand(parentId, [{ unitId: 'atlantis', title: '不存在', dueWorkingDays: 3 }], metadataOf('official.nanxun'))),
    ).rejects.toMatchObject({ code: 'ORG_UNIT_NOT_FOUND' });
  });
});
