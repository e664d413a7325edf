import type { EventToAppend, RecordedEvent } from '@app/event-store';
import { caseStreamId, orgUnitStreamId, rankCounties, roundStreamId, taskStreamId } from '@app/supervision';
import { rankingFactsOf } from './ranking.facts';
import {
  caseOpened,
  rankingRepublished,
  roundPlanned,
  roundPublished,
  rubricRevised,
  scoresRecorded,
  TWO_ITEM_RUBRIC,
  twoItems,
  unitRegistered,
  warningRaised,
} from './ranking.spec-fixtures';

let position = 0;
function recorded(streamId: string, version: number, event: EventToAppend): RecordedEvent {
  position += 1;
  return {
    position,
    streamId,
    category: streamId.split('-')[0]!,
    version,
    id: `event-${position}`,
    type: event.type,
    schemaVersion: 1,
    data: event.data as Record<string, unknown>,
    metadata: {},
    recordedAt: new Date('2026-07-01T00:00:00Z'),
    hash: '',
    transactionId: String(position),
  };
}

describe('the ranking facts of a batch of events', () => {
  it('keeps a round’s definition, its window as China-time instants, and the rubric of the highest stream version whatever the order', () => {
    const revised = [
      { code: 'org-building', title: '组织建设', weight: 2, maxScore: 10 },
      { code: 'village-governance', title: '乡村治理', weight: 1, maxScore: 20 },
    ];
    const events = [
      recorded(roundStreamId('r1'), 3, roundPublished('r1', '2026-10-08T02:00:00.000Z')),
      recorded(roundStreamId('r1'), 2, rubricRevised('r1', revised, 2, '2026-06-02T00:00:00.000Z')),
      recorded(roundStreamId('r1'), 1, roundPlanned({ roundId: 'r1', counties: ['anji', 'wuxing'], method: 'trimmed-mean', perRedCase: 2, plannedAt: '2026-06-01T00:00:00.000Z' })),
    ];
    const round = rankingFactsOf(events).rounds.get('r1')!;
    expect(round).toMatchObject({
      kind: 'walk-see-compete',
      scopeCountyIds: ['anji', 'wuxing'],
      method: 'trimmed-mean',
      perRedCase: 2,
      window: { opensOn: '2026-07-01', closesOn: '2026-09-30', startsAt: '2026-06-30T16:00:00.000Z', endsAt: '2026-09-30T15:59:59.999Z' },
      plannedAt: '2026-06-01T00:00:00.000Z',
      published: { at: '2026-10-08T02:00:00.000Z', position: events[0]!.position },
    });
    expect(round.rubric).toEqual({ version: 2, eventVersion: 2, items: [{ code: 'org-building', weight: 2, maxScore: 10 }, { code: 'village-governance', weight: 1, maxScore: 20 }] });
  });

  it('keeps one row per item score, skips tasks above county level, and keeps red cards only', () => {
    const facts = rankingFactsOf([
      recorded(taskStreamId('t1'), 3, scoresRecorded({ taskId: 't1', roundId: 'r1', countyId: 'anji', inspectorId: 'i1', scores: twoItems(8, 7), recordedAt: '2026-07-02T00:00:00.000Z' })),
      recorded(taskStreamId('t2'), 2, scoresRecorded({ taskId: 't2', roundId: 'r1', countyId: null, inspectorId: 'i1', scores: twoItems(1, 1), recordedAt: '2026-07-02T00:00:00.000Z' })),
      recorded(caseStreamId('c1'), 1, caseOpened('c1', ['anji-dipu', 'anji', 'huzhou'], '2026-07-03T00:00:00.000Z')),
      recorded(caseStreamId('c1'), 4, warningRaised('c1', 'yellow', '2026-07-20T00:00:00.000Z')),
      recorded(caseStreamId('c1'), 5, warningRaised('c1', 'red', '2026-08-01T00:00:00.000Z')),
    ]);
    expect(facts.scoreItems.map((item) => [item.taskId, item.eventVersion, item.itemCode, item.countyId, item.score])).toEqual([
      ['t1', 3, 'org-building', 'anji', 8],
      ['t1', 3, 'village-governance', 'anji', 7],
    ]);
    expect(facts.cases).toEqual([{ caseId: 'c1', unitChain: ['anji-dipu', 'anji', 'huzhou'], openedAt: '2026-07-03T00:00:00.000Z' }]);
    expect(facts.redCards).toEqual([{ caseId: 'c1', eventVersion: 5, raisedAt: '2026-08-01T00:00:00.000Z', position: expect.any(Number) }]);
  });

  it('names a unit by its latest name', () => {
    const facts = rankingFactsOf([
      recorded(orgUnitStreamId('anji'), 2, { type: 'OrgUnitRenamed', data: { unitId: 'anji', name: '安吉县（新）', previousName: '安吉县', renamedBy: 'a', renamedAt: 'x' } }),
      recorded(orgUnitStreamId('anji'), 1, unitRegistered('anji', 'county', 'huzhou', '安吉县')),
    ]);
    expect(facts.orgUnits.get('anji')).toEqual({ unitId: 'anji', kind: 'county', parentId: 'huzhou', name: { value: '安吉县（新）', version: 2 } });
  });

  it('keeps each publication of a ranking as recorded: the publication as 1, each republication as its number with its reason; none recorded reads as null', () => {
    const rubric = TWO_ITEM_RUBRIC.map(({ code, weight, maxScore }) => ({ code, weight, maxScore }));
    const sheets = [{ countyId: 'anji', taskId: 't1', inspectorId: 'i1', scores: [{ itemCode: 'org-building', score: 8 }] }];
    const first = rankCounties({ roundId: 'r1', method: 'mean', perRedCase: 2, rubric, counties: ['anji'], sheets, redCases: {} });
    const second = rankCounties({ roundId: 'r1', method: 'mean', perRedCase: 2, rubric, counties: ['anji'], sheets, redCases: { anji: 1 } });
    const events = [
      recorded(roundStreamId('r1'), 5, rankingRepublished('r1', 2, second, '补录红牌', '2026-08-20T02:00:00.000Z', first.inputsHash)),
      recorded(roundStreamId('r1'), 4, roundPublished('r1', '2026-08-02T02:00:00.000Z', first)),
      recorded(roundStreamId('r2'), 4, roundPublished('r2', '2026-08-03T02:00:00.000Z')),
    ];
    expect(rankingFactsOf(events).publications).toEqual([
      { roundId: 'r1', publication: 2, publishedAt: '2026-08-20T02:00:00.000Z', position: events[0]!.position, publishedBy: 'admin', reason: '补录红牌', ranking: second },
      { roundId: 'r1', publication: 1, publishedAt: '2026-08-02T02:00:00.000Z', position: events[1]!.position, publishedBy: 'admin', reason: null, ranking: first },
      { roundId: 'r2', publication: 1, publishedAt: '2026-08-03T02:00:00.000Z', position: events[2]!.position, publishedBy: 'admin', reason: null, ranking: null },
    ]);
    expect(rankingFactsOf(events).rounds.get('r1')!.published).toEqual({ at: '2026-08-02T02:00:00.000Z', position: events[1]!.position });
  });
});
