import { RebuildProgress } from '@app/projections';
import { eventually } from '@app/testing';
import { CaseUseCases, caseUseCases, demoActor } from '../../cases/case-test-fixtures';
import { ListCasesQuery } from '../../cases/list-cases/list-cases.query';
import { GetProjectionQuery } from '../get-projection/get-projection.query';
import { ListProjectionsQuery } from '../list-projections/list-projections.query';
import { RebuildProjectionCommand } from './rebuild-projection.command';

describe('operating the read models, without HTTP', () => {
  let demo: CaseUseCases;
  beforeAll(async () => {
    demo = await caseUseCases();
  });
  afterAll(async () => demo?.close());

  const board = async () => (await demo.queries.execute(new ListCasesQuery(demoActor('admin'), { limit: 200 }))).items;

  it('lists every read model with its kind; one by name; an unknown name is PROJECTION_NOT_FOUND, to read or to rebuild', async () => {
    const { items } = await demo.queries.execute(new ListProjectionsQuery());
    expect(items.map((item) => [item.name, item.kind]).sort()).toEqual([
      ['case-board', 'inline'],
      ['county-ranking', 'async'],
      ['duty-reviews', 'inline'],
      ['org-responsibility', 'inline'],
      ['project-board', 'inline'],
      ['task-board', 'inline'],
      ['village-indicators', 'inline'],
    ]);
    await eventually(async () => expect(await demo.queries.execute(new GetProjectionQuery('county-ranking'))).toMatchObject({ state: 'running', lagEvents: 0 }));
    await expect(demo.queries.execute(new GetProjectionQuery('no-such-read-model'))).rejects.toMatchObject({ code: 'PROJECTION_NOT_FOUND', details: { projection: 'no-such-read-model' } });
    await expect(demo.commands.execute(new RebuildProjectionCommand('no-such-read-model'))).rejects.toMatchObject({ code: 'PROJECTION_NOT_FOUND' });
  });

  it('rebuilds a read model beside the live one: a second rebuild while it runs is REBUILD_ALREADY_RUNNING, and the board reads the same afterwards', async () => {
    const before = await board();
    expect(before.length).toBeGreaterThan(0);
    const started = await Promise.allSettled([demo.commands.execute(new RebuildProjectionCommand('case-board')), demo.commands.execute(new RebuildProjectionCommand('case-board'))]);
    expect(started.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const accepted = started.find((outcome): outcome is PromiseFulfilledResult<RebuildProgress> => outcome.status === 'fulfilled')!;
    const refused = started.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected')!;
    expect(accepted.value).toMatchObject({ projection: 'case-board', phase: expect.stringMatching(/^(building|swapping|done)$/) });
    expect(refused.reason).toMatchObject({ code: 'REBUILD_ALREADY_RUNNING', details: { projection: 'case-board' } });
    const done = await eventually(async () => {
      const status = await demo.queries.execute(new GetProjectionQuery('case-board'));
      expect(status.rebuild).toMatchObject({ phase: 'done' });
      return status;
    });
    expect(done.rebuild!.eventsApplied).toBeGreaterThan(0);
    expect(await board()).toEqual(before);
  });
});
