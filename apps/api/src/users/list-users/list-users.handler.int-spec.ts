import { CaseUseCases, caseUseCases } from '../../cases/case-test-fixtures';
import { ListUsersQuery } from './list-users.query';

describe('listing the user accounts, without HTTP', () => {
  let demo: CaseUseCases;
  beforeAll(async () => {
    demo = await caseUseCases();
  });
  afterAll(async () => demo?.close());

  it('lists every account by username, with roles, unit and home county, and never a password hash', async () => {
    const users = await demo.queries.execute(new ListUsersQuery());
    expect(users.map((user) => user.username)).toEqual([...users.map((user) => user.username)].sort());
    expect(users.find((user) => user.username === 'official.anji')).toEqual({
      userId: expect.any(String),
      username: 'official.anji',
      displayName: '安吉县督查联络员',
      roles: ['official'],
      orgUnitId: 'anji',
      homeCountyId: 'anji',
      disabled: false,
      passwordMustChange: false,
    });
  });

  it('lists the holders of one role: the inspectors, each with the county they are recused from', async () => {
    const inspectors = await demo.queries.execute(new ListUsersQuery('inspector'));
    expect(inspectors.map((user) => [user.username, user.homeCountyId])).toEqual([
      ['inspector.anji', 'anji'],
      ['inspector.wuxing', 'wuxing'],
    ]);
  });
});
