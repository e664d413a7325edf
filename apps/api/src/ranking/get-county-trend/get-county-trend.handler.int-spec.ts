import { eventually } from '@app/testing';
import { CaseUseCases, caseUseCases } from '../../cases/case-test-fixtures';
import { GetCountyTrendQuery } from './get-county-trend.query';

describe('reading a county’s trend across published rounds, without HTTP', () => {
  let demo: CaseUseCases;
  beforeAll(async () => {
    demo = await caseUseCases();
  });
  afterAll(async () => demo?.close());

  const trend = (countyId: string, kind: 'walk-see-compete' | 'deep-research' = 'walk-see-compete') => demo.queries.execute(new GetCountyTrendQuery(countyId, kind));

  it('安吉县 across the demo’s two published 走看赛 rounds, in publish order, each as published', async () => {
    const anji = await eventually(async () => {
      const answer = await trend('anji');
      expect(answer.points).toHaveLength(2);
      return answer;
    });
    expect(anji).toMatchObject({ countyId: 'anji', countyName: '安吉县', kind: 'walk-see-compete', asOf: null });
    expect(anji.points.map((point) => [point.roundId, point.publicationVersion, point.standing, point.rank, point.movement])).toEqual([
      ['demo-2026-q3-walk-see-compete', 1, 'ranked', 1, null],
      ['demo-2026-q4-walk-see-compete', 1, 'ranked', 2, -1],
    ]);
  });

  it('refuses a unit that is not a county (NOT_A_COUNTY), an unknown one (ORG_UNIT_NOT_FOUND) and a kind of round that ranks nobody (ROUND_KIND_NOT_RANKED)', async () => {
    await expect(trend('anji-tianhuangping')).rejects.toMatchObject({ code: 'NOT_A_COUNTY' });
    await expect(trend('nowhere')).rejects.toMatchObject({ code: 'ORG_UNIT_NOT_FOUND' });
    await expect(trend('wuxing', 'deep-research')).rejects.toMatchObject({ code: 'ROUND_KIND_NOT_RANKED' });
  });
});
