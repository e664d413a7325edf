import { orgUnitStreamId } from '@app/supervision';
import { CaseUseCases, caseUseCases, metadataOf } from '../../cases/case-test-fixtures';
import { GetOrgUnitQuery } from '../get-org-unit/get-org-unit.query';
import { RegisterOrgUnitCommand } from './register-org-unit.command';

describe('registering an org unit, without HTTP', () => {
  let demo: CaseUseCases;
  beforeAll(async () => {
    demo = await caseUseCases();
  });
  afterAll(async () => demo?.close());

  const streamVersion = async (unitId: string) => (await demo.engine.load('org-unit', orgUnitStreamId(unitId))).version;

  it('a village under its township: its event names the unit for the audit trail, and the tree holds it at once with its chain', async () => {
    const { unitId, result } = await demo.commands.execute(
      new RegisterOrgUnitCommand({ unitId: 'anji-tianhuangping-dajiang', kind: 'village', name: '大溪村', parentId: 'anji-tianhuangping', code: '330523101201' }, metadataOf('admin')),
    );
    expect(unitId).toBe('anji-tianhuangping-dajiang');
    expect(result.state).toMatchObject({ status: 'registered', name: '大溪村', parentId: 'anji-tianhuangping', code: '330523101201' });
    expect(result.events.map((event) => [event.type, event.metadata['orgUnitId'], event.metadata['actorId']])).toEqual([
      ['OrgUnitRegistered', 'anji-tianhuangping-dajiang', 'admin'],
    ]);
    const { chain } = await demo.queries.execute(new GetOrgUnitQuery('anji-tianhuangping-dajiang'));
    expect(chain.map((level) => level.id)).toEqual(['anji-tianhuangping', 'anji', 'huzhou']);
  });

  it('under a parent the tree does not hold: PARENT_UNIT_NOT_FOUND (404), as its route documents, appending nothing', async () => {
    const refused = demo.commands.execute(new RegisterOrgUnitCommand({ unitId: 'atlantis-village', kind: 'village', name: '亚特兰蒂斯村', parentId: 'atlantis' }, metadataOf('admin')));
    await expect(refused).rejects.toMatchObject({ code: 'PARENT_UNIT_NOT_FOUND', details: { parentId: 'atlantis' } });
    expect(await streamVersion('atlantis-village')).toBe(0);
  });

  it('refuses a placement the tree’s shape forbids and a unit registered already; a retry with the same command id registers nothing more', async () => {
    await expect(
      demo.commands.execute(new RegisterOrgUnitCommand({ unitId: 'anji-stray-village', kind: 'village', name: '错位村', parentId: 'anji' }, metadataOf('admin'))),
    ).rejects.toMatchObject({ code: 'INVALID_UNIT_PLACEMENT' });
    await expect(
      demo.commands.execute(new RegisterOrgUnitCommand({ unitId: 'anji-xilong-huangdu', kind: 'village', name: '黄杜村', parentId: 'anji-xilong' }, metadataOf('admin'))),
    ).rejects.toMatchObject({ code: 'ORG_UNIT_ALREADY_REGISTERED' });

    const metadata = metadataOf('admin');
    const unit = { unitId: 'deqing-education', kind: 'department' as const, name: '县教育局', parentId: 'deqing' };
    const first = await demo.commands.execute(new RegisterOrgUnitCommand(unit, metadata));
    const retry = await demo.commands.execute(new RegisterOrgUnitCommand(unit, metadata));
    expect(retry.result).toMatchObject({ duplicate: true, version: first.result.version, events: first.result.events });
    expect(await streamVersion('deqing-education')).toBe(1);
  });
});
