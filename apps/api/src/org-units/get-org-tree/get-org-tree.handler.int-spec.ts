import { CaseUseCases, caseUseCases, demoActor } from '../../cases/case-test-fixtures';
import { GetOrgUnitQuery } from '../get-org-unit/get-org-unit.query';
import { GetUnitListsQuery } from '../get-unit-lists/get-unit-lists.query';
import { TreeNode } from '../org-unit.views';
import { GetOrgTreeQuery } from './get-org-tree.query';

describe('reading the org tree, one unit and its 三张清单, without HTTP', () => {
  let demo: CaseUseCases;
  beforeAll(async () => {
    demo = await caseUseCases();
  });
  afterAll(async () => demo?.close());

  const find = (nodes: readonly TreeNode[], id: string): TreeNode | undefined =>
    nodes.map((node) => (node.id === id ? node : find(node.children, id))).find((found) => found !== undefined);

  it('the tree hangs every unit under its parent from the city down, each with its people', async () => {
    const { units } = await demo.queries.execute(new GetOrgTreeQuery());
    expect(units.map((unit) => unit.id)).toEqual(['huzhou']);
    expect(units[0]!.children.filter((unit) => unit.kind === 'county').map((unit) => unit.name)).toEqual(
      expect.arrayContaining(['吴兴区', '南浔区', '德清县', '长兴县', '安吉县']),
    );
    const tianhuangping = find(units, 'anji-tianhuangping')!;
    expect(tianhuangping).toMatchObject({ name: '天荒坪镇', parentId: 'anji', kind: 'township' });
    expect(tianhuangping.children.map((village) => village.name)).toContain('余村');
    expect(find(units, 'anji')!.responsible.secretary).toMatchObject({ personId: expect.any(String), name: expect.any(String) });
  });

  it('one unit comes with its chain from its parent up to the city; an unknown unit is ORG_UNIT_NOT_FOUND', async () => {
    const { unit, chain } = await demo.queries.execute(new GetOrgUnitQuery('anji-xilong-huangdu'));
    expect(unit).toMatchObject({ id: 'anji-xilong-huangdu', name: '黄杜村', kind: 'village' });
    expect(chain.map((level) => level.id)).toEqual(['anji-xilong', 'anji', 'huzhou']);
    await expect(demo.queries.execute(new GetOrgUnitQuery('atlantis'))).rejects.toMatchObject({ code: 'ORG_UNIT_NOT_FOUND', details: { unitId: 'atlantis' } });
  });

  it('the lists: an official reads its own unit and those below it, not another county’s (OUT_OF_SCOPE, naming nothing); anyone else reads any unit', async () => {
    const own = await demo.queries.execute(new GetUnitListsQuery('anji-xilong', demoActor('official.anji')));
    expect(own.unit).toEqual({ unitId: 'anji-xilong', name: '溪龙乡', kind: 'township' });
    expect(own.problems.items.map((problem) => problem.caseId)).toContain('demo-2026-q4-major-inspection-case-1-child-2');
    await expect(demo.queries.execute(new GetUnitListsQuery('anji', demoActor('official.nanxun')))).rejects.toMatchObject({ code: 'OUT_OF_SCOPE', details: {} });
    await expect(demo.queries.execute(new GetUnitListsQuery('anji', demoActor('viewer')))).resolves.toMatchObject({ unit: { unitId: 'anji' } });
    await expect(demo.queries.execute(new GetUnitListsQuery('atlantis', demoActor('admin')))).rejects.toMatchObject({ code: 'ORG_UNIT_NOT_FOUND' });
  });
});
