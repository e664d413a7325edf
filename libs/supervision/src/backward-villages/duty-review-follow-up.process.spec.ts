import type { RecordedEvent } from '@app/event-store';
import { roundStreamId } from '../rounds/round';
import { backwardVillageStreamId } from './backward-village';
import { dutyReviewFollowUpProcess, followUpListingId } from './duty-review-follow-up.process';

function published(dutyReviewResults: object | undefined): RecordedEvent {
  return {
    position: 9,
    streamId: roundStreamId('r-1'),
    category: 'round',
    version: 6,
    id: '00000000-0000-4000-8000-000000000009',
    type: 'RoundPublished',
    schemaVersion: 1,
    data: { roundId: 'r-1', ranking: null, ...(dutyReviewResults === undefined ? {} : { dutyReviewResults }), publishedBy: 'admin', publishedAt: '2026-12-20T02:00:00Z' },
    metadata: {},
    recordedAt: new Date('2026-12-20T02:00:00Z'),
    hash: 'ab',
    transactionId: '100',
  };
}

const distribution = { good: 0, 'fairly-good': 1, average: 1, poor: 2 };
const YUCUN = ['anji-tianhuangping-yucun', 'anji-tianhuangping', 'anji', 'huzhou'];
const HUANGDU = ['anji-xilong-huangdu', 'anji-xilong', 'anji', 'huzhou'];
const results = (unitKind: string | undefined) => ({
  roundId: 'r-1',
  ...(unitKind === undefined ? {} : { unitKind }),
  rule: 'majority-v1',
  followUpShare: 1 / 3,
  units: [
    { unitId: YUCUN[0], unitChain: YUCUN, reported: true, ratings: 4, distribution, grade: 'poor' },
    { unitId: HUANGDU[0], unitChain: HUANGDU, reported: true, ratings: 3, distribution: { good: 1, 'fairly-good': 1, average: 1, poor: 0 }, grade: 'fairly-good' },
  ],
  followUp: [
    { unitId: YUCUN[0], reason: 'grade-poor' },
    { unitId: HUANGDU[0], reason: 'poor-share' },
  ],
});

describe('the duty-review follow-up process (述职评议考核 → 后进村整转)', () => {
  it('follows round publications only', () => {
    expect(dutyReviewFollowUpProcess.categories).toEqual(['round']);
    expect(dutyReviewFollowUpProcess.types).toEqual(['RoundPublished']);
  });

  it('given a published duty review of villages, then each village listed for follow-up is listed as 后进 by the system, with the result as its source and its reason in words', () => {
    const reactions = dutyReviewFollowUpProcess.react(published(results('village')));
    expect(reactions).toEqual([
      {
        workflow: 'backward-village',
        streamId: backwardVillageStreamId(followUpListingId('r-1', YUCUN[0]!)),
        key: `list:${YUCUN[0]}`,
        orgUnitId: YUCUN[0],
        command: {
          type: 'ListBackwardVillage',
          listingId: followUpListingId('r-1', YUCUN[0]!),
          unitId: YUCUN[0],
          unitKind: 'village',
          unitChain: YUCUN,
          reason: 'duty-review-poor',
          note: '党建述职评议考核评定为“差”',
          source: { kind: 'duty-review', ref: `r-1.${YUCUN[0]}` },
        },
      },
      expect.objectContaining({ orgUnitId: HUANGDU[0], command: expect.objectContaining({ unitChain: HUANGDU, note: '党建述职评议考核中“一般”“差”评价占比达到 33%' }) }),
    ]);
  });

  it('given the same publication delivered again, then it asks for the same listings (the runner appends nothing twice)', () => {
    expect(dutyReviewFollowUpProcess.react(published(results('village')))).toEqual(dutyReviewFollowUpProcess.react(published(results('village'))));
    expect(followUpListingId('r-1', YUCUN[0]!)).not.toBe(followUpListingId('r-2', YUCUN[0]!));
  });

  it('given a duty review of counties or townships, results recorded before villages could be reviewed, or a ranked round, then nothing is listed', () => {
    for (const kind of ['county', 'township', undefined]) expect(dutyReviewFollowUpProcess.react(published(results(kind)))).toEqual([]);
    expect(dutyReviewFollowUpProcess.react(published(undefined))).toEqual([]);
  });
});
