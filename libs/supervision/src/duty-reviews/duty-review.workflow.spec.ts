import { deciderSpecification } from '@app/testing';
import { Actor, DomainError, ForbiddenError, loadChinaCalendar, NotFoundError, RoleNotAllowedError } from '@app/workflow';
import { distributionOf, dutyReviewResults, followUpReasonOf, majorityGrade } from './duty-review';
import { RateDutyReport, SubmitDutyReport } from './duty-review.commands';
import { DutyReviewEvent } from './duty-review.events';
import { dutyReviewWorkflow } from './duty-review.workflow';

const calendar = loadChinaCalendar();
/** Monday 11 January 2027, 09:00 in China. */
const SUBMITTED_AT = new Date('2027-01-11T01:00:00.000Z');
const spec = deciderSpecification(dutyReviewWorkflow, { now: SUBMITTED_AT, calendar, settings: undefined });

const admin: Actor = { userId: 'admin', roles: ['admin'] };
const secretary: Actor = { userId: 'u-secretary-anji', roles: ['official'], orgUnitId: 'anji', homeCountyId: 'anji' };
const liaison: Actor = { userId: 'official.anji', roles: ['official'], orgUnitId: 'anji', homeCountyId: 'anji' };
const wuxingInspector: Actor = { userId: 'inspector.wuxing', roles: ['inspector'], orgUnitId: 'wuxing', homeCountyId: 'wuxing' };
const anjiInspector: Actor = { userId: 'inspector.anji', roles: ['inspector'], orgUnitId: 'anji', homeCountyId: 'anji' };
const outsider: Actor = { userId: 'inspector.other', roles: ['inspector'], orgUnitId: 'nanxun', homeCountyId: 'nanxun' };
const PANEL = ['inspector.wuxing', 'inspector.anji', 'inspector.deqing'];

const submit = (overrides: Partial<SubmitDutyReport> = {}): SubmitDutyReport => ({
  type: 'SubmitDutyReport',
  reviewId: 'r-1.anji',
  roundId: 'r-1',
  roundStatus: 'active',
  unitId: 'anji',
  unitChain: ['anji', 'huzhou'],
  countyId: 'anji',
  secretary: { personId: 'u-secretary-anji', name: '安书记' },
  report: ' 2026年度抓基层党建工作述职 ',
  ...overrides,
});
const rate = (overrides: Partial<RateDutyReport> = {}): RateDutyReport => ({
  type: 'RateDutyReport',
  roundStatus: 'active',
  panelIds: PANEL,
  rating: 'fairly-good',
  comment: '责任落实到位，村级组织建设仍需加强',
  ...overrides,
});

const REPORTED: DutyReviewEvent[] = spec.given([]).when(submit(), { actor: secretary }).events();

describe('述职评议考核: one unit’s duty review', () => {
  describe('SubmitDutyReport (述职)', () => {
    it('the unit’s secretary submits the report, with evidence; it names the unit, its chain and county', () => {
      const photo = { sha256: 'b'.repeat(64), name: '述职报告.pdf', contentType: 'application/pdf', size: 2048 };
      const [event] = spec.given([]).when(submit({ attachments: [photo] }), { actor: secretary }).events();
      expect(event).toEqual({
        type: 'DutyReportSubmitted',
        data: {
          reviewId: 'r-1.anji',
          roundId: 'r-1',
          unitId: 'anji',
          unitChain: ['anji', 'huzhou'],
          countyId: 'anji',
          secretary: { personId: 'u-secretary-anji', name: '安书记' },
          report: '2026年度抓基层党建工作述职',
          revision: 1,
          submittedBy: 'u-secretary-anji',
          submittedAt: SUBMITTED_AT.toISOString(),
          attachments: [photo],
        },
      });
    });

    it('only the secretary or an admin submits: not the unit’s liaison, not an inspector; an empty post leaves it to an admin', () => {
      spec.given([]).when(submit(), { actor: liaison }).thenThrows(ForbiddenError, 'NOT_UNIT_SECRETARY');
      spec.given([]).when(submit({ secretary: null }), { actor: secretary }).thenThrows(ForbiddenError, 'NOT_UNIT_SECRETARY');
      spec.given([]).when(submit(), { actor: wuxingInspector }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
      expect(spec.given([]).when(submit({ secretary: null }), { actor: admin }).events()).toMatchObject([{ data: { submittedBy: 'admin', secretary: null } }]);
    });

    it('is taken only while the round is active, with words in it, under the id of its round and unit', () => {
      spec.given([]).when(submit({ roundStatus: 'planned' }), { actor: secretary }).thenThrows(DomainError, 'ROUND_NOT_ACTIVE');
      spec.given([]).when(submit({ roundStatus: 'scoring-closed' }), { actor: secretary }).thenThrows(DomainError, 'ROUND_NOT_ACTIVE');
      spec.given([]).when(submit({ report: '  ' }), { actor: secretary }).thenThrows(DomainError, 'DUTY_REVIEW_TEXT_REQUIRED');
      spec.given([]).when(submit({ reviewId: 'r-1.nanxun' }), { actor: secretary }).thenThrows(NotFoundError, 'DUTY_REVIEW_NOT_FOUND');
      spec.given([]).when(submit({ attachments: [{ sha256: 'x', name: 'a', contentType: 'image/png', size: 1 }] }), { actor: secretary }).thenThrows(DomainError, 'INVALID_ATTACHMENTS');
    });

    it('a report replaced before anyone rated it is the next revision; once rated it stays what was rated', () => {
      const revised = spec.given(REPORTED).when(submit({ report: '修订稿' }), { actor: secretary }).events();
      expect(revised).toMatchObject([{ type: 'DutyReportSubmitted', data: { report: '修订稿', revision: 2 } }]);
      const rated = [...REPORTED, ...spec.given(REPORTED).when(rate(), { actor: wuxingInspector }).events()];
      spec.given(rated).when(submit({ report: '再改' }), { actor: secretary }).thenThrows(DomainError, 'DUTY_REPORT_ALREADY_RATED');
    });
  });

  describe('RateDutyReport (评议)', () => {
    it('a panel member rates with a comment; rating again replaces their rating, which the state keeps one of', () => {
      const first = spec.given(REPORTED).when(rate(), { actor: wuxingInspector }).events();
      expect(first).toEqual([
        {
          type: 'DutyReportRated',
          data: { reviewId: 'r-1.anji', roundId: 'r-1', unitId: 'anji', evaluatorId: 'inspector.wuxing', rating: 'fairly-good', comment: '责任落实到位，村级组织建设仍需加强', replaced: null, ratedAt: SUBMITTED_AT.toISOString() },
        },
      ]);
      const history = [...REPORTED, ...first];
      const again = spec.given(history).when(rate({ rating: 'good', comment: '复核后上调' }), { actor: wuxingInspector }).events();
      expect(again).toMatchObject([{ data: { rating: 'good', replaced: 'fairly-good' } }]);
      expect(spec.given([...history, ...again]).state()).toMatchObject({ ratings: [{ evaluatorId: 'inspector.wuxing', rating: 'good', comment: '复核后上调' }] });
    });

    it('回避: a panel member from the unit’s own county may not rate it; nobody off the panel rates; an official never', () => {
      spec.given(REPORTED).when(rate(), { actor: anjiInspector }).thenThrows(DomainError, 'INSPECTOR_RECUSED');
      spec.given(REPORTED).when(rate(), { actor: outsider }).thenThrows(ForbiddenError, 'NOT_ON_PANEL');
      spec.given(REPORTED).when(rate(), { actor: secretary }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });

    it('needs a report, the round active, a step of the scale and a comment', () => {
      spec.given([]).when(rate(), { actor: wuxingInspector }).thenThrows(DomainError, 'DUTY_REPORT_NOT_SUBMITTED');
      spec.given(REPORTED).when(rate({ roundStatus: 'scoring-closed' }), { actor: wuxingInspector }).thenThrows(DomainError, 'ROUND_NOT_ACTIVE');
      spec.given(REPORTED).when(rate({ rating: 'excellent' as never }), { actor: wuxingInspector }).thenThrows(DomainError, 'INVALID_DUTY_RATING');
      spec.given(REPORTED).when(rate({ comment: '' }), { actor: wuxingInspector }).thenThrows(DomainError, 'DUTY_REVIEW_TEXT_REQUIRED');
    });
  });
});

describe('述职评议考核: grades and follow-up', () => {
  it('the grade is the best step more than half the ratings reach or better (a tie goes against the unit); no ratings, no grade', () => {
    expect(majorityGrade(distributionOf(['good', 'good', 'average', 'average']))).toBe('average');
    expect(majorityGrade(distributionOf(['good', 'good', 'fairly-good', 'average']))).toBe('fairly-good');
    expect(majorityGrade(distributionOf(['good', 'good', 'good', 'poor']))).toBe('good');
    expect(majorityGrade(distributionOf(['poor', 'poor', 'average']))).toBe('poor');
    expect(majorityGrade(distributionOf([]))).toBeNull();
  });

  it('a 差 grade lists the unit; so does a share of 一般 and 差 at or above the threshold, and not below it', () => {
    expect(followUpReasonOf(distributionOf(['poor', 'poor', 'good']), 1 / 3)).toBe('grade-poor');
    expect(followUpReasonOf(distributionOf(['good', 'good', 'average']), 1 / 3)).toBe('poor-share');
    expect(followUpReasonOf(distributionOf(['good', 'good', 'fairly-good', 'average']), 1 / 3)).toBeNull();
    expect(followUpReasonOf(distributionOf(['good', 'fairly-good', 'fairly-good', 'average', 'poor', 'good']), 1 / 3)).toBe('poor-share');
    expect(followUpReasonOf(distributionOf(['good', 'good', 'average']), 0.5)).toBeNull();
    expect(followUpReasonOf(distributionOf([]), 1 / 3)).toBeNull();
  });

  it('the results grade every unit, keep the distribution, and list the follow-ups with their reasons', () => {
    const results = dutyReviewResults('r-1', 1 / 3, [
      { unitId: 'anji', unitChain: ['anji', 'huzhou'], reported: true, ratings: ['good', 'good', 'fairly-good'] },
      { unitId: 'nanxun', unitChain: ['nanxun', 'huzhou'], reported: true, ratings: ['poor', 'average', 'poor'] },
      { unitId: 'deqing', unitChain: ['deqing', 'huzhou'], reported: false, ratings: [] },
    ]);
    expect(results).toEqual({
      roundId: 'r-1',
      rule: 'majority-v1',
      followUpShare: 1 / 3,
      units: [
        { unitId: 'anji', unitChain: ['anji', 'huzhou'], reported: true, ratings: 3, distribution: { good: 2, 'fairly-good': 1, average: 0, poor: 0 }, grade: 'good' },
        { unitId: 'nanxun', unitChain: ['nanxun', 'huzhou'], reported: true, ratings: 3, distribution: { good: 0, 'fairly-good': 0, average: 1, poor: 2 }, grade: 'poor' },
        { unitId: 'deqing', unitChain: ['deqing', 'huzhou'], reported: false, ratings: 0, distribution: { good: 0, 'fairly-good': 0, average: 0, poor: 0 }, grade: null },
      ],
      followUp: [{ unitId: 'nanxun', reason: 'grade-poor' }],
    });
  });
});
