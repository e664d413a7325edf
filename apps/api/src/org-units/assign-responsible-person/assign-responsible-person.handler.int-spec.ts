import { EVENT_STORE, PostgresEventStore } from '@app/event-store';
import { orgUnitStreamId } from '@app/supervision';
import { CaseUseCases, caseUseCases, metadataOf } from '../../cases/case-test-fixtures';
import { GetOrgUnitQuery } from '../get-org-unit/get-org-unit.query';
import { AssignResponsiblePersonCommand } from './assign-responsible-person.command';

describe('giving a unit its responsible person, without HTTP', () => {
  let demo: CaseUseCases;
  beforeAll(async () => {
    demo = await caseUseCases();
  });
  afterAll(async () => demo?.close());

  const secretary = (personId: string, name: string) => ({ role: 'secretary' as const, personId, name, from: '2026-03-03T01:00:00.000Z' });

  it('a new secretary replaces the holder: the event names the unit, and the chain of a village below shows the new secretary at once', async () => {
    const { unitId, result } = await demo.commands.execute(new AssignResponsiblePersonCommand('anji', secretary('anji-secretary-2026', '新任书记'), metadataOf('admin')));
    expect(unitId).toBe('anji');
    expect(result.events.map((event) => [event.type, event.metadata['orgUnitId']])).toEqual([['ResponsiblePersonReplaced', 'anji']]);
    const { chain } = await demo.queries.execute(new GetOrgUnitQuery('anji-tianhuangping-yucun'));
    expect(chain.find((level) => level.id === 'anji')!.responsible.secretary).toEqual({ personId: 'anji-secretary-2026', name: '新任书记', from: '2026-03-03T01:00:00.000Z' });
  });

  it('loads the unit once: one read of its stream from its snapshot, and none of what the command appended (the append hands it back)', async () => {
    const store = demo.module.get<PostgresEventStore>(EVENT_STORE);
    const loads = jest.spyOn(store, 'readStreamFromSnapshot');
    const reads = jest.spyOn(store, 'readStream');
    try {
      await demo.commands.execute(new AssignResponsiblePersonCommand('nanxun', { role: 'liaison', personId: 'nanxun-liaison-2', name: '联络员乙', from: '2026-03-04T01:00:00.000Z' }, metadataOf('admin')));
      expect(loads.mock.calls.map(([streamId]) => streamId)).toEqual([orgUnitStreamId('nanxun')]);
      expect(reads).not.toHaveBeenCalled();
    } finally {
      loads.mockRestore();
      reads.mockRestore();
    }
  });

  it('an unknown unit, or an id no unit can have, is ORG_UNIT_NOT_FOUND naming it, and nothing is appended', async () => {
    for (const unitId of ['atlantis', 'x'.repeat(300), 'Anji']) {
      await expect(demo.commands.execute(new AssignResponsiblePersonCommand(unitId, secretary('nobody', '无名'), metadataOf('admin')))).rejects.toMatchObject({
        code: 'ORG_UNIT_NOT_FOUND',
        details: { unitId },
      });
    }
    expect((await demo.engine.load('org-unit', orgUnitStreamId('atlantis'))).version).toBe(0);
  });

  it('leaves the terms’ order to the decider: a term starting before the holder’s is RESPONSIBILITY_OUT_OF_ORDER', async () => {
    await demo.commands.execute(new AssignResponsiblePersonCommand('deqing', { ...secretary('deqing-secretary-2026', '德清书记'), from: '2026-03-05T00:00:00.000Z' }, metadataOf('admin')));
    await expect(
      demo.commands.execute(new AssignResponsiblePersonCommand('deqing', { ...secretary('deqing-secretary-old', '前任'), from: '2026-03-01T00:00:00.000Z' }, metadataOf('admin'))),
    ).rejects.toMatchObject({ code: 'RESPONSIBILITY_OUT_OF_ORDER' });
  });
});
