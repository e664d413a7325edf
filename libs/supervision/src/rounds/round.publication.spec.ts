import { deciderSpecification } from '@app/testing';
import { Actor, loadChinaCalendar } from '@app/workflow';
import { RoundKind } from './round';
import { RoundEvent } from './round.events';
import { rankingFor, SPEC_RUBRIC } from './round.spec-fixtures';
import { roundWorkflow } from './round.workflow';

const calendar = loadChinaCalendar();
const NOW = new Date('2026-10-20T01:00:00.000Z');
const admin: Actor = { userId: 'admin', roles: ['admin'] };

const spec = deciderSpecification(roundWorkflow, { now: NOW, calendar, settings: undefined });

const ROUND = 'r-2026-q3';

function scoringClosed(kind: RoundKind = 'walk-see-compete'): RoundEvent[] {
  return [
    {
      type: 'RoundPlanned',
      data: {
        roundId: ROUND,
        kind,
        title: '2026年三季度走看赛',
        period: '2026-Q3',
        theme: null,
        scopeCountyIds: ['wuxing', 'nanxun', 'deqing', 'changxing', 'anji'],
        rubric: { version: 1, items: SPEC_RUBRIC },
        scoringPolicy: { method: 'trimmed-mean', deductions: { perRedCase: 2 } },
        window: { opensOn: '2026-07-01', closesOn: '2026-09-30' },
        plannedBy: 'admin',
        plannedAt: '2026-06-20T01:00:00.000Z',
      },
    },
    { type: 'RoundStarted', data: { roundId: ROUND, rubricVersion: 1, startedBy: 'admin', startedAt: '2026-07-01T00:00:00.000Z' } },
    { type: 'RoundScoringClosed', data: { roundId: ROUND, closedBy: 'admin', closedAt: '2026-09-10T09:00:00.000Z' } },
  ];
}

// 安吉县 (9, 4) totals 0.6·0.9 + 0.4·0.8 = 86 %, 吴兴区 (8, 5) 88 %: 吴兴区 leads until 安吉县's red card is lifted off it.
const AS_PUBLISHED = rankingFor(ROUND, { anji: [9, 4], wuxing: [8, 5] });
const WITH_LATE_RED_CARD = rankingFor(ROUND, { anji: [9, 4], wuxing: [8, 5] }, { wuxing: 2 });
const publishedEvent: RoundEvent = { type: 'RoundPublished', data: { roundId: ROUND, ranking: AS_PUBLISHED, publishedBy: 'admin', publishedAt: '2026-09-11T02:00:00.000Z' } };
const republishedEvent: RoundEvent = {
  type: 'RoundRankingRepublished',
  data: {
    roundId: ROUND,
    publication: 2,
    reason: '补录窗口期内的红牌扣分',
    ranking: WITH_LATE_RED_CARD,
    replacedInputsHash: AS_PUBLISHED.inputsHash,
    republishedBy: 'admin',
    republishedAt: '2026-10-15T02:00:00.000Z',
  },
};

describe('publishing a round freezes its ranking', () => {
  it('the fixtures differ where it matters: a late red card moves 吴兴区 down and changes the inputs hash', () => {
    expect(AS_PUBLISHED.entries.map((entry) => [entry.countyId, entry.rank, entry.score])).toEqual([
      ['wuxing', 1, 88],
      ['anji', 2, 86],
    ]);
    expect(WITH_LATE_RED_CARD.entries.map((entry) => [entry.countyId, entry.rank, entry.score])).toEqual([
      ['anji', 1, 86],
      ['wuxing', 2, 84],
    ]);
    expect(WITH_LATE_RED_CARD.inputsHash).not.toBe(AS_PUBLISHED.inputsHash);
  });

  describe('PublishRound', () => {
    it('given a scoring-closed 走看赛 round, when published with its ranking, then the event records that ranking as publication 1', () => {
      spec.given(scoringClosed())
        .when({ type: 'PublishRound', ranking: AS_PUBLISHED }, { actor: admin })
        .then([{ type: 'RoundPublished', data: { roundId: ROUND, ranking: AS_PUBLISHED, publishedBy: 'admin', publishedAt: NOW.toISOString() } }]);
    });

    it('given the publication, then the round’s state names publication 1 with its method and inputs hash, and no reason', () => {
      expect(spec.given([...scoringClosed(), publishedEvent]).state()).toMatchObject({
        status: 'published',
        publishedAt: '2026-09-11T02:00:00.000Z',
        publication: {
          version: 1,
          publishedAt: '2026-09-11T02:00:00.000Z',
          publishedBy: 'admin',
          reason: null,
          methodVersion: 'county-ranking/v2/trimmed-mean',
          inputsHash: AS_PUBLISHED.inputsHash,
        },
      });
    });

    it('when a round that ranks counties is published without a ranking, or with another round’s, then RANKING_REQUIRED', () => {
      spec.given(scoringClosed()).when({ type: 'PublishRound', ranking: null }, { actor: admin }).thenThrows(Error, 'RANKING_REQUIRED');
      spec.given(scoringClosed())
        .when({ type: 'PublishRound', ranking: rankingFor('another-round', { anji: [9, 4] }) }, { actor: admin })
        .thenThrows(Error, 'RANKING_REQUIRED');
    });

    it('given a 大督查 round, which ranks nobody, when published, then it records no ranking', () => {
      const events = spec.given(scoringClosed('major-inspection')).when({ type: 'PublishRound', ranking: null }, { actor: admin }).events();
      expect(events).toEqual([{ type: 'RoundPublished', data: { roundId: ROUND, ranking: null, publishedBy: 'admin', publishedAt: NOW.toISOString() } }]);
      expect(spec.given([...scoringClosed('major-inspection'), ...events]).state()).toMatchObject({ publication: { version: 1, inputsHash: null } });
    });
  });

  describe('RepublishRanking', () => {
    it('given a published ranking, when an admin republishes the live one for a reason, then it is publication 2, naming the one it replaces', () => {
      spec.given([...scoringClosed(), publishedEvent])
        .when({ type: 'RepublishRanking', reason: '  补录窗口期内的红牌扣分 ', ranking: WITH_LATE_RED_CARD }, { actor: admin })
        .then([
          {
            type: 'RoundRankingRepublished',
            data: {
              roundId: ROUND,
              publication: 2,
              reason: '补录窗口期内的红牌扣分',
              ranking: WITH_LATE_RED_CARD,
              replacedInputsHash: AS_PUBLISHED.inputsHash,
              republishedBy: 'admin',
              republishedAt: NOW.toISOString(),
            },
          },
        ]);
    });

    it('given a republication, then the state’s publication is version 2 with its reason, and the round still first came out when it was published', () => {
      expect(spec.given([...scoringClosed(), publishedEvent, republishedEvent]).state()).toMatchObject({
        status: 'published',
        publishedAt: '2026-09-11T02:00:00.000Z',
        publication: {
          version: 2,
          publishedAt: '2026-10-15T02:00:00.000Z',
          publishedBy: 'admin',
          reason: '补录窗口期内的红牌扣分',
          inputsHash: WITH_LATE_RED_CARD.inputsHash,
        },
      });
    });

    it('given publication 2, when the ranking changes back, then republishing it again is publication 3', () => {
      const [event] = spec.given([...scoringClosed(), publishedEvent, republishedEvent])
        .when({ type: 'RepublishRanking', reason: '红牌经复核撤销', ranking: AS_PUBLISHED }, { actor: admin })
        .events();
      expect(event).toMatchObject({ type: 'RoundRankingRepublished', data: { publication: 3, replacedInputsHash: WITH_LATE_RED_CARD.inputsHash } });
    });

    it('when the live ranking is the one in force (same method and inputs hash), then RANKING_UNCHANGED', () => {
      spec.given([...scoringClosed(), publishedEvent]).when({ type: 'RepublishRanking', reason: '复核', ranking: AS_PUBLISHED }, { actor: admin }).thenThrows(Error, 'RANKING_UNCHANGED');
      spec.given([...scoringClosed(), publishedEvent, republishedEvent])
        .when({ type: 'RepublishRanking', reason: '复核', ranking: WITH_LATE_RED_CARD }, { actor: admin })
        .thenThrows(Error, 'RANKING_UNCHANGED');
    });

    it.each(['', '   ', undefined])('when the reason is %p, then REPUBLISH_REASON_REQUIRED', (reason) => {
      spec.given([...scoringClosed(), publishedEvent])
        .when({ type: 'RepublishRanking', reason: reason as string, ranking: WITH_LATE_RED_CARD }, { actor: admin })
        .thenThrows(Error, 'REPUBLISH_REASON_REQUIRED');
    });

    it('when the ranking is missing or another round’s, then RANKING_REQUIRED', () => {
      const history = [...scoringClosed(), publishedEvent];
      spec.given(history).when({ type: 'RepublishRanking', reason: '复核', ranking: null }, { actor: admin }).thenThrows(Error, 'RANKING_REQUIRED');
      spec.given(history)
        .when({ type: 'RepublishRanking', reason: '复核', ranking: rankingFor('another-round', { anji: [1, 1] }) }, { actor: admin })
        .thenThrows(Error, 'RANKING_REQUIRED');
    });

    it('given a 大督查 round, which ranks nobody, when republished, then ROUND_NOT_RANKED', () => {
      const history: RoundEvent[] = [...scoringClosed('major-inspection'), { type: 'RoundPublished', data: { roundId: ROUND, ranking: null, publishedBy: 'admin', publishedAt: '2026-09-11T02:00:00.000Z' } }];
      spec.given(history).when({ type: 'RepublishRanking', reason: '复核', ranking: null }, { actor: admin }).thenThrows(Error, 'ROUND_NOT_RANKED');
    });

    it('given a publication recorded before rankings were frozen (no ranking in the event), when republished, then it is publication 2 replacing no known hash', () => {
      const legacy = { type: 'RoundPublished', data: { roundId: ROUND, publishedBy: 'admin', publishedAt: '2026-09-11T02:00:00.000Z' } } as unknown as RoundEvent;
      const history = [...scoringClosed(), legacy];
      expect(spec.given(history).state()).toMatchObject({ publication: { version: 1, methodVersion: null, inputsHash: null } });
      const [event] = spec.given(history).when({ type: 'RepublishRanking', reason: '补录', ranking: AS_PUBLISHED }, { actor: admin }).events();
      expect(event).toMatchObject({ data: { publication: 2, replacedInputsHash: null, ranking: AS_PUBLISHED } });
    });

    it('given an archived round, when republished, then ROUND_ALREADY_ARCHIVED: archived rankings are final', () => {
      const archived: RoundEvent = { type: 'RoundArchived', data: { roundId: ROUND, archivedBy: 'admin', archivedAt: '2026-12-31T02:00:00.000Z' } };
      const history = [...scoringClosed(), publishedEvent, republishedEvent, archived];
      spec.given(history).when({ type: 'RepublishRanking', reason: '复核', ranking: AS_PUBLISHED }, { actor: admin }).thenThrows(Error, 'ROUND_ALREADY_ARCHIVED');
      expect(spec.given(history).state()).toMatchObject({ status: 'archived', publication: { version: 2 } });
    });

    it('when an inspector or the system republishes, then ROLE_NOT_ALLOWED', () => {
      for (const actor of [{ userId: 'inspector.wuxing', roles: ['inspector'] }, { userId: 'system', roles: ['system'] }]) {
        spec.given([...scoringClosed(), publishedEvent])
          .when({ type: 'RepublishRanking', reason: '复核', ranking: WITH_LATE_RED_CARD }, { actor })
          .thenThrows(Error, 'ROLE_NOT_ALLOWED');
      }
    });
  });
});
