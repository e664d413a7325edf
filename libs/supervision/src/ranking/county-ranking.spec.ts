import { createHash } from 'node:crypto';
import { rankCounties, RankingInput, rankingInputsHash, rankingInputsText, roundTo2, ScoreSheet, sheetTotal } from './county-ranking';

/** One item out of 100 and weight 1, so a sheet's total is its score: the examples stay hand-checkable. */
const ONE_ITEM = [{ code: 'overall', weight: 1, maxScore: 100 }];

function sheets(scores: Record<string, number[]>): ScoreSheet[] {
  return Object.entries(scores).flatMap(([countyId, totals]) =>
    totals.map((score, index) => ({ countyId, taskId: `t-${countyId}`, inspectorId: `inspector-${index + 1}`, scores: [{ itemCode: 'overall', score }] })),
  );
}

const COUNTIES = ['wuxing', 'nanxun', 'deqing', 'changxing', 'anji'];
const SCORES = { wuxing: [80, 90], nanxun: [85, 85], deqing: [70, 90, 95], changxing: [60, 70], anji: [90, 91] };

function input(overrides: Partial<RankingInput> = {}): RankingInput {
  return { roundId: 'r-2', method: 'mean', perRedCase: 0, rubric: ONE_ITEM, counties: COUNTIES, sheets: sheets(SCORES), redCases: {}, ...overrides };
}

const table = (ranking: ReturnType<typeof rankCounties>) => ranking.entries.map((entry) => [entry.countyId, entry.rank, entry.score, entry.gapToLeader]);

describe('county ranking (区县比看)', () => {
  describe('a sheet’s total', () => {
    it('is the weighted share of the rubric’s maximum, out of 100', () => {
      const rubric = [
        { code: 'a', weight: 0.6, maxScore: 10 },
        { code: 'b', weight: 0.4, maxScore: 20 },
      ];
      // 0.6 × 8/10 + 0.4 × 15/20 = 0.48 + 0.30 = 0.78 of the weights (1.0) → 78
      const total = sheetTotal({ countyId: 'anji', taskId: 't', inspectorId: 'i', scores: [{ itemCode: 'a', score: 8 }, { itemCode: 'b', score: 15 }] }, rubric);
      expect(roundTo2(total)).toBe(78);
    });
  });

  describe('given the mean policy', () => {
    it('then counties with equal scores share a rank and the next rank skips (1224)', () => {
      // wuxing (80+90)/2 = 85, nanxun 85, deqing (70+90+95)/3 = 85, changxing 65, anji 90.5
      expect(table(rankCounties(input()))).toEqual([
        ['anji', 1, 90.5, 0],
        ['deqing', 2, 85, 5.5],
        ['nanxun', 2, 85, 5.5],
        ['wuxing', 2, 85, 5.5],
        ['changxing', 5, 65, 25.5],
      ]);
    });
  });

  describe('given the trimmed-mean policy', () => {
    it('then the highest and lowest totals of a county with three or more are dropped', () => {
      // deqing: 70 and 95 dropped → 90; the others have two totals and keep their mean
      expect(table(rankCounties(input({ method: 'trimmed-mean' })))).toEqual([
        ['anji', 1, 90.5, 0],
        ['deqing', 2, 90, 0.5],
        ['nanxun', 3, 85, 5.5],
        ['wuxing', 3, 85, 5.5],
        ['changxing', 5, 65, 25.5],
      ]);
    });

    it('then deductions per red-card case come off before ranking', () => {
      const ranking = rankCounties(input({ method: 'trimmed-mean', perRedCase: 2, redCases: { anji: 1, changxing: 3 } }));
      expect(table(ranking)).toEqual([
        ['deqing', 1, 90, 0],
        ['anji', 2, 88.5, 1.5],
        ['nanxun', 3, 85, 5],
        ['wuxing', 3, 85, 5],
        ['changxing', 5, 59, 31],
      ]);
      expect(ranking.entries.find((entry) => entry.countyId === 'anji')).toMatchObject({ rawScore: 90.5, deduction: 2, redCases: 1 });
    });
  });

  describe('given the z-normalised policy', () => {
    it('then a harsh and a lenient inspector count alike, back on the scale of all totals', () => {
      // Harsh H: A 60, B 80 (mean 70, sd 10: z −1, +1). Lenient L: A 90, C 70 (mean 80, sd 10: z +1, −1).
      // All totals 60, 80, 90, 70: M = 75, S = √125 = 11.1803…  A: z̄ 0 → 75; B: +1 → 86.18; C: −1 → 63.82.
      const zSheets: ScoreSheet[] = [
        { countyId: 'a', taskId: 't-a', inspectorId: 'harsh', scores: [{ itemCode: 'overall', score: 60 }] },
        { countyId: 'b', taskId: 't-b', inspectorId: 'harsh', scores: [{ itemCode: 'overall', score: 80 }] },
        { countyId: 'a', taskId: 't-a', inspectorId: 'lenient', scores: [{ itemCode: 'overall', score: 90 }] },
        { countyId: 'c', taskId: 't-c', inspectorId: 'lenient', scores: [{ itemCode: 'overall', score: 70 }] },
      ];
      const ranking = rankCounties(input({ method: 'z-normalised', counties: ['a', 'b', 'c'], sheets: zSheets }));
      expect(table(ranking)).toEqual([
        ['b', 1, 86.18, 0],
        ['a', 2, 75, 11.18],
        ['c', 3, 63.82, 22.36],
      ]);
    });

    it('then an inspector who gave one score only (no spread) counts at their mean', () => {
      const ranking = rankCounties(
        input({
          method: 'z-normalised',
          counties: ['a', 'b'],
          sheets: [
            { countyId: 'a', taskId: 't', inspectorId: 'solo', scores: [{ itemCode: 'overall', score: 50 }] },
            { countyId: 'b', taskId: 't2', inspectorId: 'other', scores: [{ itemCode: 'overall', score: 90 }] },
          ],
        }),
      );
      expect(table(ranking)).toEqual([
        ['a', 1, 70, 0],
        ['b', 1, 70, 0],
      ]);
    });
  });

  describe('given a previous published round of the same kind', () => {
    it('then movement is the previous rank minus this one, and null for a county new to the ranking', () => {
      const ranking = rankCounties(input({ previous: { roundId: 'r-1', ranks: { anji: 2, wuxing: 1, changxing: 5 } } }));
      expect(ranking.entries.map((entry) => [entry.countyId, entry.previousRank, entry.movement])).toEqual([
        ['anji', 2, 1],
        ['deqing', null, null],
        ['nanxun', null, null],
        ['wuxing', 1, -1],
        ['changxing', 5, 0],
      ]);
      expect(ranking.previousRoundId).toBe('r-1');
    });
  });

  describe('given counties without any sheet, or sheets for counties outside the round', () => {
    it('then the first are listed as unscored and the second are ignored', () => {
      const ranking = rankCounties(input({ counties: ['anji', 'wuxing', 'nanxun'], sheets: sheets({ anji: [90], deqing: [99] }) }));
      expect(table(ranking)).toEqual([['anji', 1, 90, 0]]);
      expect(ranking.unscored).toEqual(['nanxun', 'wuxing']);
    });
  });

  describe('method version and inputs hash', () => {
    it('name the rules and fingerprint the inputs, whatever order they come in', () => {
      const ranking = rankCounties(input());
      expect(ranking.methodVersion).toBe('county-ranking/v2/mean');
      expect(ranking.inputsHash).toMatch(/^[0-9a-f]{64}$/);
      const shuffled = input({ sheets: [...sheets(SCORES)].reverse(), counties: [...COUNTIES].reverse() });
      expect(rankingInputsHash(shuffled)).toBe(ranking.inputsHash);
      const changed = input({ sheets: sheets({ ...SCORES, anji: [90, 92] }) });
      expect(rankingInputsHash(changed)).not.toBe(ranking.inputsHash);
      expect(rankingInputsHash(input({ method: 'trimmed-mean' }))).not.toBe(ranking.inputsHash);
    });
  });

  describe('the inputs hash recipe (v2), as documented for readers of the API', () => {
    const small: RankingInput = {
      roundId: 'r-9',
      method: 'trimmed-mean',
      perRedCase: 1.5,
      rubric: [
        { code: 'b', weight: 0.4, maxScore: 20 },
        { code: 'B', weight: 0.6, maxScore: 10 },
      ],
      counties: ['wuxing', 'anji', 'deqing'],
      sheets: [
        { countyId: 'wuxing', taskId: 't-2', inspectorId: 'i-1', scores: [{ itemCode: 'b', score: 12.5 }, { itemCode: 'B', score: 8 }] },
        { countyId: 'anji', taskId: 't-1', inspectorId: 'i-2', scores: [{ itemCode: 'B', score: 9 }] },
        { countyId: 'huzhou-elsewhere', taskId: 't-0', inspectorId: 'i-1', scores: [{ itemCode: 'B', score: 1 }] },
      ],
      redCases: { anji: 1, deqing: 4 },
      previous: { roundId: 'r-8', ranks: { wuxing: 2, deqing: 1 } },
    };

    it('is SHA-256 of the canonical JSON of scope, method version, deduction, previous ranks and red cards of the ranked counties, rubric and sheets', () => {
      // Keys and arrays in UTF-16 code-unit order ("B" before "b", whatever the locale); only the
      // ranked counties (anji, wuxing) carry red cards and previous ranks; a sheet outside the scope is left out.
      const text =
        '{"counties":["anji","deqing","wuxing"],"methodVersion":"county-ranking/v2/trimmed-mean","perRedCase":1.5,' +
        '"previous":{"ranks":{"wuxing":2},"roundId":"r-8"},"redCases":{"anji":1,"wuxing":0},' +
        '"rubric":[{"code":"B","maxScore":10,"weight":0.6},{"code":"b","maxScore":20,"weight":0.4}],' +
        '"sheets":[{"countyId":"anji","inspectorId":"i-2","scores":[{"itemCode":"B","score":9}],"taskId":"t-1"},' +
        '{"countyId":"wuxing","inspectorId":"i-1","scores":[{"itemCode":"B","score":8},{"itemCode":"b","score":12.5}],"taskId":"t-2"}]}';
      expect(rankingInputsText(small)).toBe(text);
      expect(rankingInputsHash(small)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      expect(rankCounties(small).inputsHash).toBe(rankingInputsHash(small));
    });

    it('ignores what the ranking does not show (red cards and previous ranks of counties without a sheet) and follows what it does', () => {
      const hash = rankingInputsHash(small);
      expect(rankingInputsHash({ ...small, redCases: { anji: 1, deqing: 9 } })).toBe(hash);
      expect(rankingInputsHash({ ...small, previous: { roundId: 'r-8', ranks: { wuxing: 2, deqing: 5, changxing: 1 } } })).toBe(hash);
      expect(rankingInputsHash({ ...small, redCases: { anji: 2 } })).not.toBe(hash);
      expect(rankingInputsHash({ ...small, previous: { roundId: 'r-8', ranks: { wuxing: 3 } } })).not.toBe(hash);
      expect(rankingInputsHash({ ...small, previous: undefined })).not.toBe(hash);
    });
  });

  describe('rounding to 2 decimals', () => {
    it('rounds half away from zero without binary-fraction surprises', () => {
      expect([roundTo2(1.005), roundTo2(2.675), roundTo2(-1.005), roundTo2(85.444), roundTo2(0)]).toEqual([1.01, 2.68, -1.01, 85.44, 0]);
    });
  });
});
