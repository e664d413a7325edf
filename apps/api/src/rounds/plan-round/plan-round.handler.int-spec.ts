import { roundStreamId } from '@app/supervision';
import { metadataOf, RoundUseCases, roundUseCases, walkSeeCompetePlan } from '../round-test-fixtures';
import { PlanRoundCommand } from './plan-round.command';

describe('planning a round, without HTTP', () => {
  let rounds: RoundUseCases;
  beforeAll(async () => {
    rounds = await roundUseCases();
  });
  afterAll(async () => rounds?.close());

  it('plans the round under an id fixed by the command: a retry names the same round and appends nothing', async () => {
    const metadata = metadataOf('admin');
    const planned = await rounds.commands.execute(new PlanRoundCommand(walkSeeCompetePlan(), metadata));
    expect(planned.result).toMatchObject({ version: 1, duplicate: false, state: { status: 'planned', roundId: planned.roundId, scopeCountyIds: ['wuxing', 'anji'] } });
    expect(planned.result.events.map((event) => [event.type, event.streamId, event.metadata['actorId']])).toEqual([['RoundPlanned', roundStreamId(planned.roundId), 'admin']]);
    const before = await rounds.eventCount();
    const retried = await rounds.commands.execute(new PlanRoundCommand(walkSeeCompetePlan(), metadata));
    expect(retried).toMatchObject({ roundId: planned.roundId, result: { version: 1, duplicate: true } });
    expect(await rounds.eventCount()).toBe(before);
  });

  it('covers every county of the org tree when the plan names none', async () => {
    const { scopeCountyIds: _named, ...plan } = walkSeeCompetePlan();
    const { result } = await rounds.commands.execute(new PlanRoundCommand(plan, metadataOf('admin')));
    expect(result.state).toMatchObject({ scopeCountyIds: ['wuxing', 'nanxun', 'deqing', 'changxing', 'anji'] });
  });

  it('refuses a scope naming a unit the org tree does not know (ORG_UNIT_NOT_FOUND) or one that is no county (INVALID_ROUND_SCOPE), appending nothing', async () => {
    const before = await rounds.eventCount();
    await expect(rounds.commands.execute(new PlanRoundCommand(walkSeeCompetePlan({ scopeCountyIds: ['anji', 'atlantis'] }), metadataOf('admin')))).rejects.toMatchObject({
      code: 'ORG_UNIT_NOT_FOUND',
      details: { unitId: 'atlantis' },
    });
    await expect(rounds.commands.execute(new PlanRoundCommand(walkSeeCompetePlan({ scopeCountyIds: ['anji', 'anji-xilong'] }), metadataOf('admin')))).rejects.toMatchObject({
      code: 'INVALID_ROUND_SCOPE',
    });
    expect(await rounds.eventCount()).toBe(before);
  });

  it('leaves the round’s own rules to the decider: a quarterly-theme round without a theme is THEME_REQUIRED', async () => {
    const plan = walkSeeCompetePlan({ kind: 'quarterly-theme' });
    await expect(rounds.commands.execute(new PlanRoundCommand(plan, metadataOf('admin')))).rejects.toMatchObject({ code: 'THEME_REQUIRED' });
  });
});
