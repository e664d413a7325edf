import { eventually } from '@app/testing';
import { CaseUseCases, caseUseCases } from '../../cases/case-test-fixtures';
import { GetLiveRankingQuery } from '../get-live-ranking/get-live-ranking.query';
import { GetRoundRankingQuery } from './get-round-ranking.query';

/** The demo's two published 走看赛 rounds: in the second, 德清县 leads and 安吉县 ties 吴兴区 for second. */
const FIRST_ROUND = 'demo-2026-q3-walk-see-compete';
const SECOND_ROUND = 'demo-2026-q4-walk-see-compete';

describe('reading a round’s county ranking (区县比看), without HTTP', () => {
  let demo: CaseUseCases;
  beforeAll(async () => {
    demo = await caseUseCases();
  });
  afterAll(async () => demo?.close());

  const ranking = (roundId: string, asOf?: Date) => demo.queries.execute(new GetRoundRankingQuery(roundId, asOf));

  it('a published round answers with its publication: competition ranks with the tie shared, movement against the previous round, gap to the leader', async () => {
    const second = await eventually(async () => {
      const answer = await ranking(SECOND_ROUND);
      expect(answer.publication).toMatchObject({ version: 1 });
      return answer;
    });
    expect(second).toMatchObject({ basis: 'publication', status: 'published', previousRoundId: FIRST_ROUND, changedSincePublication: false });
    expect(second.entries[0]!.countyId).toBe('deqing');
    expect(Object.fromEntries(second.entries.map((entry) => [entry.countyId, entry.rank]))).toEqual({ deqing: 1, anji: 2, wuxing: 2, nanxun: 4, changxing: 5 });
    const anji = second.entries.find((entry) => entry.countyId === 'anji')!;
    expect(anji).toMatchObject({ previousRank: 1, movement: -1, gapToLeader: second.entries[0]!.score - anji.score });
    expect(second.inputsHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the live computation of a published round is the figures from the facts, naming the publication in force', async () => {
    const live = await eventually(async () => {
      const answer = await demo.queries.execute(new GetLiveRankingQuery(SECOND_ROUND));
      expect(answer.publication).toMatchObject({ version: 1 });
      return answer;
    });
    const published = await ranking(SECOND_ROUND);
    expect(live.basis).toBe('live');
    expect(live.entries).toEqual(published.entries);
  });

  it('refuses a round not planned by asOf or never planned (ROUND_NOT_FOUND) and a round that ranks nobody (ROUND_NOT_RANKED)', async () => {
    await expect(ranking(FIRST_ROUND, new Date('2020-01-01T00:00:00Z'))).rejects.toMatchObject({ code: 'ROUND_NOT_FOUND' });
    await expect(ranking('no-such-round')).rejects.toMatchObject({ code: 'ROUND_NOT_FOUND' });
    await eventually(() => expect(ranking('demo-2026-q4-major-inspection')).rejects.toMatchObject({ code: 'ROUND_NOT_RANKED' }));
  });
});
