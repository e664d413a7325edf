import { CaseUseCases, caseUseCases, DEMO_CASE_ID, demoActor } from '../case-test-fixtures';
import { GetCaseQuery } from '../get-case/get-case.query';
import { GetCaseChainQuery } from '../get-case-chain/get-case-chain.query';
import { ListCasesQuery } from './list-cases.query';

describe('reading cases, without HTTP', () => {
  let cases: CaseUseCases;
  beforeAll(async () => {
    cases = await caseUseCases();
  });
  afterAll(async () => cases?.close());

  const units = async (username: string, unit?: string) =>
    (await cases.queries.execute(new ListCasesQuery(demoActor(username), { ...(unit === undefined ? {} : { unit }), limit: 50 }))).items.map((item) => item.responsibleUnitId).sort();

  it('the board shows an official its own subtree only, and admins everything', async () => {
    expect(await units('official.anji')).toEqual(['anji', 'anji-tianhuangping', 'anji-xilong']);
    expect(await units('official.nanxun')).toEqual(['nanxun-hefu-digang']);
    expect(await units('admin', 'anji-xilong')).toEqual(['anji-xilong']);
    expect(await units('official.nanxun', 'anji')).toEqual([]);
  });

  it('one case and its chain: to an official of its county with history by name, refused to another county', async () => {
    const found = await cases.queries.execute(new GetCaseQuery(DEMO_CASE_ID, demoActor('official.anji')));
    expect(found.view.history.slice(0, 2).map((step) => [step.type, step.actor.name])).toEqual([
      ['CaseOpened', '督查员（吴兴区）'],
      ['CaseAssigned', '督查员（吴兴区）'],
    ]);
    const chain = await cases.queries.execute(new GetCaseChainQuery(DEMO_CASE_ID, demoActor('official.anji')));
    expect(chain.chain.levels.map((level) => level.unitId)).toEqual(['anji', 'huzhou']);
    expect(chain.version).toBe(found.version);
    await expect(cases.queries.execute(new GetCaseQuery(DEMO_CASE_ID, demoActor('official.nanxun')))).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    await expect(cases.queries.execute(new GetCaseChainQuery(DEMO_CASE_ID, demoActor('official.nanxun')))).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    await expect(cases.queries.execute(new GetCaseQuery('no-such-case', demoActor('admin')))).rejects.toMatchObject({ code: 'CASE_NOT_FOUND' });
  });
});
