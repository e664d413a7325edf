import { deciderSpecification } from '@app/testing';
import { Actor, DomainError, loadChinaCalendar } from '@app/workflow';
import { PlanRound } from '../rounds/round.commands';
import { RoundEvent } from '../rounds/round.events';
import { roundWorkflow } from '../rounds/round.workflow';
import { dutyReviewResults } from './duty-review';
import { dutyReviewSettingsOf } from './duty-review-settings';

const calendar = loadChinaCalendar();
const NOW = new Date('2027-01-04T01:00:00.000Z');
const admin: Actor = { userId: 'admin', roles: ['admin'] };
const spec = deciderSpecification(roundWorkflow, { now: NOW, calendar, settings: undefined });

const plan = (overrides: Partial<PlanRound> = {}): PlanRound => ({
  type: 'PlanRound',
  roundId: 'r-duty-2026',
  kind: 'duty-review',
  title: '2026年度区县委书记抓基层党建述职评议',
  period: '2026',
  scopeCountyIds: ['wuxing', 'anji'],
  rubric: { items: [] },
  scoringPolicy: { method: 'mean' },
  window: { opensOn: '2027-01-04', closesOn: '2027-01-29' },
  dutyReview: { panelIds: ['inspector.wuxing', 'inspector.anji'] },
  ...overrides,
});

describe('a duty-review round (述职评议考核)', () => {
  it('is planned with its panel instead of a rubric; the units default to the counties and the follow-up share to a third', () => {
    const [event] = spec.given([]).when(plan(), { actor: admin }).events();
    expect(event).toMatchObject({
      type: 'RoundPlanned',
      data: { kind: 'duty-review', rubric: { version: 1, items: [] }, dutyReview: { panelIds: ['inspector.wuxing', 'inspector.anji'], unitKind: 'county', followUpShare: 1 / 3 } },
    });
    expect(spec.given([event!]).state()).toMatchObject({ status: 'planned', dutyReview: { unitKind: 'county' } });
  });

  it('refuses a plan without a panel, with a rubric, or with a share outside (0, 1], naming every problem', () => {
    const broken = plan({ dutyReview: { panelIds: [], followUpShare: 0 }, rubric: { items: [{ code: 'A', title: 'A', weight: 1, maxScore: 1 }] } });
    spec.given([]).when(broken, { actor: admin }).thenThrows(DomainError, 'INVALID_DUTY_REVIEW_SETTINGS');
    expect(() => dutyReviewSettingsOf(broken)).toThrow(
      expect.objectContaining({ problems: ['a panel of 1 to 50 people, each once', 'a follow-up share above 0, at most 1', 'no rubric: reports are rated on the scale 好, 较好, 一般, 差'] }),
    );
  });

  it('other kinds take no duty-review settings into their events', () => {
    const items = [{ code: 'A1', title: '党建引领', weight: 1, maxScore: 10 }];
    const [event] = spec.given([]).when(plan({ kind: 'deep-research', rubric: { items } }), { actor: admin }).events();
    expect(event!.type === 'RoundPlanned' && 'dutyReview' in event.data).toBe(false);
  });

  it('is published with its results, which the event freezes; without them it is not published', () => {
    const history: RoundEvent[] = [
      ...spec.given([]).when(plan(), { actor: admin }).events(),
      { type: 'RoundStarted', data: { roundId: 'r-duty-2026', rubricVersion: 1, startedBy: 'admin', startedAt: NOW.toISOString() } },
      { type: 'RoundScoringClosed', data: { roundId: 'r-duty-2026', closedBy: 'admin', closedAt: NOW.toISOString() } },
    ];
    const results = dutyReviewResults('r-duty-2026', 1 / 3, [{ unitId: 'anji', unitChain: ['anji', 'huzhou'], reported: true, ratings: ['poor', 'poor', 'good'] }]);
    const [published] = spec.given(history).when({ type: 'PublishRound', ranking: null, dutyReviewResults: results }, { actor: admin }).events();
    expect(published).toMatchObject({ type: 'RoundPublished', data: { ranking: null, dutyReviewResults: { followUp: [{ unitId: 'anji', reason: 'grade-poor' }] } } });
    spec.given(history).when({ type: 'PublishRound', ranking: null }, { actor: admin }).thenThrows(DomainError, 'DUTY_REVIEW_RESULTS_REQUIRED');
    spec.given(history).when({ type: 'PublishRound', ranking: null, dutyReviewResults: { ...results, roundId: 'other' } }, { actor: admin }).thenThrows(DomainError, 'DUTY_REVIEW_RESULTS_REQUIRED');
  });
});
