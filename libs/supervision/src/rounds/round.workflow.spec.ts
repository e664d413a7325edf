import { deciderSpecification } from '@app/testing';
import { Actor, DomainError, loadChinaCalendar, NotFoundError, RoleNotAllowedError, SYSTEM_ACTOR } from '@app/workflow';
import { PlanRound, RoundCommand } from './round.commands';
import {
  InvalidPeriod,
  InvalidRoundScope,
  InvalidRoundWindow,
  InvalidRubric,
  InvalidScoringPolicy,
  RoundAlreadyPlanned,
  RoundNotAcceptingTasks,
  RoundNotActive,
  RoundNotFound,
  RoundTitleRequired,
  TargetOutsideRoundScope,
  ThemeRequired,
  UnknownRoundKind,
} from './round.errors';
import { RoundEvent, RoundPlanned } from './round.events';
import { rankingFor } from './round.spec-fixtures';
import { assertCountyInRoundScope, assertRoundAcceptsScores, assertRoundAcceptsTasks } from './round.rules';
import { RoundState, RoundStatus } from './round.state';
import { roundWorkflow } from './round.workflow';
import { RubricItem } from './rubric';

const calendar = loadChinaCalendar();
const NOW = new Date('2026-07-01T01:00:00.000Z');
const admin: Actor = { userId: 'admin', roles: ['admin'] };
const inspector: Actor = { userId: 'inspector.wuxing', roles: ['inspector'], homeCountyId: 'wuxing' };

const spec = deciderSpecification(roundWorkflow, { now: NOW, calendar, settings: undefined });

const ITEMS: RubricItem[] = [
  { code: 'A1', title: '党建引领', weight: 0.6, maxScore: 10 },
  { code: 'A2', title: '群众满意度', weight: 0.4, maxScore: 5 },
];

const plan = (overrides: Partial<PlanRound> = {}): PlanRound => ({
  type: 'PlanRound',
  roundId: 'r-2026-q3',
  kind: 'walk-see-compete',
  title: '2026年三季度走看赛',
  period: '2026-Q3',
  scopeCountyIds: ['wuxing', 'nanxun', 'deqing', 'changxing', 'anji'],
  rubric: { items: ITEMS },
  scoringPolicy: { method: 'trimmed-mean' },
  window: { opensOn: '2026-07-01', closesOn: '2026-09-30' },
  ...overrides,
});

const planned: RoundPlanned = {
  type: 'RoundPlanned',
  data: {
    roundId: 'r-2026-q3',
    kind: 'walk-see-compete',
    title: '2026年三季度走看赛',
    period: '2026-Q3',
    theme: null,
    scopeCountyIds: ['wuxing', 'nanxun', 'deqing', 'changxing', 'anji'],
    rubric: { version: 1, items: ITEMS },
    scoringPolicy: { method: 'trimmed-mean' },
    window: { opensOn: '2026-07-01', closesOn: '2026-09-30' },
    plannedBy: 'admin',
    plannedAt: '2026-06-20T01:00:00.000Z',
  },
};
const started: RoundEvent = { type: 'RoundStarted', data: { roundId: 'r-2026-q3', rubricVersion: 1, startedBy: 'admin', startedAt: '2026-07-01T00:00:00.000Z' } };
const scoringClosed: RoundEvent = { type: 'RoundScoringClosed', data: { roundId: 'r-2026-q3', closedBy: 'admin', closedAt: '2026-09-30T09:00:00.000Z' } };
const RANKING = rankingFor('r-2026-q3', { anji: [9, 4], wuxing: [8, 5] });
const published: RoundEvent = {
  type: 'RoundPublished',
  data: { roundId: 'r-2026-q3', ranking: RANKING, publishedBy: 'admin', publishedAt: '2026-10-09T02:00:00.000Z' },
};
const archived: RoundEvent = { type: 'RoundArchived', data: { roundId: 'r-2026-q3', archivedBy: 'admin', archivedAt: '2026-12-31T02:00:00.000Z' } };

/** The history that leaves a round in each status. */
const HISTORY: Record<Exclude<RoundState['status'], 'unplanned'>, RoundEvent[]> = {
  planned: [planned],
  active: [planned, started],
  'scoring-closed': [planned, started, scoringClosed],
  published: [planned, started, scoringClosed, published],
  archived: [planned, started, scoringClosed, published, archived],
};

const COMMANDS: Record<RoundCommand['type'], RoundCommand> = {
  PlanRound: plan(),
  ReviseRubric: { type: 'ReviseRubric', items: ITEMS },
  StartRound: { type: 'StartRound' },
  CloseScoring: { type: 'CloseScoring' },
  PublishRound: { type: 'PublishRound', ranking: RANKING },
  RepublishRanking: { type: 'RepublishRanking', reason: '补录红牌扣分', ranking: rankingFor('r-2026-q3', { anji: [9, 4], wuxing: [8, 5] }, { anji: 1 }) },
  ArchiveRound: { type: 'ArchiveRound' },
};

describe('round workflow', () => {
  describe('PlanRound', () => {
    it('plans a round with rubric version 1 and no theme', () => {
      spec.given([])
        .when(plan(), { actor: admin })
        .then([{ ...planned, data: { ...planned.data, plannedAt: NOW.toISOString() } }]);
    });

    it('plans a quarterly-theme round with its theme, a given rubric version and a red-case deduction', () => {
      const [event] = spec.given([])
        .when(
          plan({
            kind: 'quarterly-theme',
            theme: ' 党建引领乡村振兴 ',
            rubric: { version: 3, items: ITEMS },
            scoringPolicy: { method: 'z-normalised', deductions: { perRedCase: 0.5 } },
          }), { actor: admin },
        )
        .events();
      expect(event).toMatchObject({
        data: { kind: 'quarterly-theme', theme: '党建引领乡村振兴', rubric: { version: 3 }, scoringPolicy: { method: 'z-normalised', deductions: { perRedCase: 0.5 } } },
      });
    });

    it.each(['deep-research', 'major-inspection'] as const)('plans a %s round without a theme, over part of the city', (kind) => {
      const [event] = spec.given([]).when(plan({ kind, scopeCountyIds: ['anji'], period: '2026' }), { actor: admin }).events();
      expect(event).toMatchObject({ data: { kind, theme: null, scopeCountyIds: ['anji'], period: '2026' } });
    });

    it('refuses a quarterly-theme round without a theme with THEME_REQUIRED', () => {
      spec.given([]).when(plan({ kind: 'quarterly-theme', theme: '  ' }), { actor: admin }).thenThrows(ThemeRequired, 'THEME_REQUIRED');
      spec.given([]).when(plan({ kind: 'quarterly-theme' }), { actor: admin }).thenThrows(ThemeRequired, 'THEME_REQUIRED');
    });

    it('refuses a quarterly-theme round whose period is not a quarter with INVALID_PERIOD', () => {
      spec.given([]).when(plan({ kind: 'quarterly-theme', theme: '学校党建', period: '2026-07' }), { actor: admin }).thenThrows(InvalidPeriod, 'INVALID_PERIOD');
    });

    it.each(['Q3-2026', '2026-Q5', '2026-13', '', '2026 Q3'])('refuses period %p with INVALID_PERIOD', (period) => {
      spec.given([]).when(plan({ period }), { actor: admin }).thenThrows(InvalidPeriod, 'INVALID_PERIOD');
    });

    it('refuses a blank title with ROUND_TITLE_REQUIRED', () => {
      spec.given([]).when(plan({ title: ' ' }), { actor: admin }).thenThrows(RoundTitleRequired, 'ROUND_TITLE_REQUIRED');
    });

    it('refuses an unknown kind with UNKNOWN_ROUND_KIND', () => {
      spec.given([])
        .when(plan({ kind: 'beauty-contest' as PlanRound['kind'] }), { actor: admin })
        .thenThrows(UnknownRoundKind, 'UNKNOWN_ROUND_KIND');
    });

    it.each([[[]], [['anji', 'anji']], [['anji', '']]])('refuses scope %p with INVALID_ROUND_SCOPE', (scopeCountyIds) => {
      spec.given([]).when(plan({ scopeCountyIds }), { actor: admin }).thenThrows(InvalidRoundScope, 'INVALID_ROUND_SCOPE');
    });

    it.each<[string, PlanRound['rubric']]>([
      ['no items', { items: [] }],
      ['duplicate codes', { items: [ITEMS[0]!, { ...ITEMS[1]!, code: 'A1' }] }],
      ['a zero weight', { items: [{ ...ITEMS[0]!, weight: 0 }] }],
      ['a negative maximum', { items: [{ ...ITEMS[0]!, maxScore: -5 }] }],
      ['a blank code', { items: [{ ...ITEMS[0]!, code: '' }] }],
      ['a blank title', { items: [{ ...ITEMS[0]!, title: ' ' }] }],
      ['version 0', { version: 0, items: ITEMS }],
    ])('refuses a rubric with %s with INVALID_RUBRIC', (_label, rubric) => {
      spec.given([]).when(plan({ rubric }), { actor: admin }).thenThrows(InvalidRubric, 'INVALID_RUBRIC');
    });

    it('names every rubric problem in the error details', () => {
      let thrown: unknown;
      try {
        spec.given([]).when(plan({ rubric: { items: [{ ...ITEMS[0]!, weight: 0 }, { ...ITEMS[0]!, maxScore: 0 }] } }), { actor: admin }).events();
      } catch (error) {
        thrown = error;
      }
      expect((thrown as InvalidRubric).problems).toEqual(['A1: weight must be a number above 0', 'A1: code appears more than once', 'A1: maxScore must be a number above 0']);
    });

    it.each<[string, PlanRound['scoringPolicy']]>([
      ['an unknown method', { method: 'median' as 'mean' }],
      ['a negative deduction', { method: 'mean', deductions: { perRedCase: -1 } }],
      ['a non-finite deduction', { method: 'mean', deductions: { perRedCase: Number.POSITIVE_INFINITY } }],
    ])('refuses a scoring policy with %s with INVALID_SCORING_POLICY', (_label, scoringPolicy) => {
      spec.given([]).when(plan({ scoringPolicy }), { actor: admin }).thenThrows(InvalidScoringPolicy, 'INVALID_SCORING_POLICY');
    });

    it.each<[string, PlanRound['window']]>([
      ['closing before it opens', { opensOn: '2026-09-30', closesOn: '2026-07-01' }],
      ['an impossible date', { opensOn: '2026-02-30', closesOn: '2026-07-01' } as PlanRound['window']],
    ])('refuses a window %s with INVALID_ROUND_WINDOW', (_label, window) => {
      spec.given([]).when(plan({ window }), { actor: admin }).thenThrows(InvalidRoundWindow, 'INVALID_ROUND_WINDOW');
    });

    it('accepts a one-day window', () => {
      expect(spec.given([]).when(plan({ window: { opensOn: '2026-07-01', closesOn: '2026-07-01' } }), { actor: admin }).events()).toHaveLength(1);
    });
  });

  describe('ReviseRubric', () => {
    it('replaces the items of a planned round and bumps the version', () => {
      const items = [...ITEMS, { code: 'A3', title: '创新亮点', weight: 0.2, maxScore: 5 }];
      spec.given([planned])
        .when({ type: 'ReviseRubric', items, reason: '增加创新项' }, { actor: admin })
        .then([
          {
            type: 'RoundRubricRevised',
            data: { roundId: 'r-2026-q3', rubric: { version: 2, items }, previousVersion: 1, reason: '增加创新项', revisedBy: 'admin', revisedAt: NOW.toISOString() },
          },
        ]);
    });

    it('counts versions across revisions', () => {
      const first = spec.given([planned]).when({ type: 'ReviseRubric', items: ITEMS }, { actor: admin }).events();
      const second = spec.given([planned, ...first]).when({ type: 'ReviseRubric', items: ITEMS }, { actor: admin }).events();
      expect(second[0]).toMatchObject({ data: { rubric: { version: 3 }, previousVersion: 2, reason: null } });
      expect(spec.given([planned, ...first, ...second]).state()).toMatchObject({ rubric: { version: 3 } });
    });

    it('refuses an invalid rubric with INVALID_RUBRIC', () => {
      spec.given([planned]).when({ type: 'ReviseRubric', items: [] }, { actor: admin }).thenThrows(InvalidRubric, 'INVALID_RUBRIC');
    });
  });

  describe('the lifecycle planned → active → scoring-closed → published → archived', () => {
    it('StartRound starts a planned round with its current rubric version', () => {
      spec.given([planned])
        .when({ type: 'StartRound' }, { actor: admin })
        .then([{ type: 'RoundStarted', data: { roundId: 'r-2026-q3', rubricVersion: 1, startedBy: 'admin', startedAt: NOW.toISOString() } }]);
    });

    it('CloseScoring closes an active round’s scoring', () => {
      spec.given(HISTORY.active)
        .when({ type: 'CloseScoring' }, { actor: admin })
        .then([{ type: 'RoundScoringClosed', data: { roundId: 'r-2026-q3', closedBy: 'admin', closedAt: NOW.toISOString() } }]);
    });

    it('PublishRound publishes a round whose scoring is closed, with its ranking', () => {
      spec.given(HISTORY['scoring-closed'])
        .when({ type: 'PublishRound', ranking: RANKING }, { actor: admin })
        .then([{ type: 'RoundPublished', data: { roundId: 'r-2026-q3', ranking: RANKING, publishedBy: 'admin', publishedAt: NOW.toISOString() } }]);
    });

    it('ArchiveRound archives a published round', () => {
      spec.given(HISTORY.published)
        .when({ type: 'ArchiveRound' }, { actor: admin })
        .then([{ type: 'RoundArchived', data: { roundId: 'r-2026-q3', archivedBy: 'admin', archivedAt: NOW.toISOString() } }]);
    });

    it('the state keeps when each stage was reached', () => {
      expect(spec.given(HISTORY.archived).state()).toMatchObject({
        status: 'archived',
        startedAt: '2026-07-01T00:00:00.000Z',
        scoringClosedAt: '2026-09-30T09:00:00.000Z',
        publishedAt: '2026-10-09T02:00:00.000Z',
        archivedAt: '2026-12-31T02:00:00.000Z',
      });
    });
  });

  describe('forbidden transitions', () => {
    it.each<[keyof typeof HISTORY, RoundCommand['type'], string]>([
      ['planned', 'PlanRound', 'ROUND_ALREADY_PLANNED'],
      ['planned', 'CloseScoring', 'ROUND_NOT_ACTIVE'],
      ['planned', 'PublishRound', 'ROUND_SCORING_NOT_CLOSED'],
      ['planned', 'ArchiveRound', 'ROUND_NOT_PUBLISHED'],
      ['planned', 'RepublishRanking', 'ROUND_NOT_PUBLISHED'],
      ['active', 'PlanRound', 'ROUND_ALREADY_PLANNED'],
      ['active', 'ReviseRubric', 'RUBRIC_LOCKED'],
      ['active', 'StartRound', 'ROUND_ALREADY_STARTED'],
      ['active', 'PublishRound', 'ROUND_SCORING_NOT_CLOSED'],
      ['active', 'ArchiveRound', 'ROUND_NOT_PUBLISHED'],
      ['active', 'RepublishRanking', 'ROUND_NOT_PUBLISHED'],
      ['scoring-closed', 'PlanRound', 'ROUND_ALREADY_PLANNED'],
      ['scoring-closed', 'ReviseRubric', 'RUBRIC_LOCKED'],
      ['scoring-closed', 'StartRound', 'ROUND_ALREADY_STARTED'],
      ['scoring-closed', 'CloseScoring', 'ROUND_SCORING_ALREADY_CLOSED'],
      ['scoring-closed', 'ArchiveRound', 'ROUND_NOT_PUBLISHED'],
      ['scoring-closed', 'RepublishRanking', 'ROUND_NOT_PUBLISHED'],
      ['published', 'PlanRound', 'ROUND_ALREADY_PLANNED'],
      ['published', 'ReviseRubric', 'RUBRIC_LOCKED'],
      ['published', 'StartRound', 'ROUND_ALREADY_STARTED'],
      ['published', 'CloseScoring', 'ROUND_SCORING_ALREADY_CLOSED'],
      ['published', 'PublishRound', 'ROUND_ALREADY_PUBLISHED'],
      ['archived', 'PlanRound', 'ROUND_ALREADY_PLANNED'],
      ['archived', 'ReviseRubric', 'ROUND_ALREADY_ARCHIVED'],
      ['archived', 'StartRound', 'ROUND_ALREADY_ARCHIVED'],
      ['archived', 'CloseScoring', 'ROUND_ALREADY_ARCHIVED'],
      ['archived', 'PublishRound', 'ROUND_ALREADY_ARCHIVED'],
      ['archived', 'RepublishRanking', 'ROUND_ALREADY_ARCHIVED'],
      ['archived', 'ArchiveRound', 'ROUND_ALREADY_ARCHIVED'],
    ])('a %s round refuses %s with %s', (status, command, code) => {
      spec.given(HISTORY[status]).when(COMMANDS[command], { actor: admin }).thenThrows(DomainError, code);
    });

    it.each(['ReviseRubric', 'StartRound', 'CloseScoring', 'PublishRound', 'RepublishRanking', 'ArchiveRound'] as const)(
      'an unplanned round refuses %s with ROUND_NOT_FOUND (404)',
      (command) => {
        spec.given([]).when(COMMANDS[command], { actor: admin }).thenThrows(NotFoundError, 'ROUND_NOT_FOUND');
      },
    );

    it('a second plan with the same id is refused with ROUND_ALREADY_PLANNED', () => {
      spec.given([planned]).when(plan(), { actor: admin }).thenThrows(RoundAlreadyPlanned, 'ROUND_ALREADY_PLANNED');
    });
  });

  describe('admin only', () => {
    it.each<[keyof typeof HISTORY | 'unplanned', RoundCommand['type']]>([
      ['unplanned', 'PlanRound'],
      ['planned', 'ReviseRubric'],
      ['planned', 'StartRound'],
      ['active', 'CloseScoring'],
      ['scoring-closed', 'PublishRound'],
      ['published', 'RepublishRanking'],
      ['published', 'ArchiveRound'],
    ])('in a %s round, %s by an inspector, an official or the system is refused with ROLE_NOT_ALLOWED', (status, command) => {
      const history = status === 'unplanned' ? [] : HISTORY[status];
      for (const actor of [inspector, { userId: 'official.anji', roles: ['official'] }, SYSTEM_ACTOR]) {
        spec.given(history).when(COMMANDS[command], { actor }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
      }
    });
  });
});

describe('round rules for tasks', () => {
  const state = (status: keyof typeof HISTORY | 'unplanned'): RoundState =>
    spec.given(status === 'unplanned' ? [] : HISTORY[status])
      .state();

  const progress = (status: RoundStatus) => ({ roundId: 'r-2026-q1', status });

  it('tasks are assigned while a round is planned or active', () => {
    expect(() => assertRoundAcceptsTasks(progress('planned'))).not.toThrow();
    expect(() => assertRoundAcceptsTasks(progress('active'))).not.toThrow();
    for (const status of ['scoring-closed', 'published', 'archived'] as const) {
      expect(() => assertRoundAcceptsTasks(progress(status))).toThrow(RoundNotAcceptingTasks);
    }
    expect(() => assertRoundAcceptsTasks(progress('unplanned'))).toThrow(RoundNotFound);
  });

  it('scores are recorded only while a round is active (ROUND_NOT_ACTIVE)', () => {
    expect(() => assertRoundAcceptsScores(progress('active'))).not.toThrow();
    for (const status of ['planned', 'scoring-closed', 'published', 'archived'] as const) {
      expect(() => assertRoundAcceptsScores(progress(status))).toThrow(RoundNotActive);
    }
    expect(() => assertRoundAcceptsScores(progress('unplanned'))).toThrow(RoundNotFound);
  });

  it('a task’s county lies in the round’s scope (TARGET_OUTSIDE_ROUND_SCOPE)', () => {
    const narrow = spec.given([{ ...planned, data: { ...planned.data, scopeCountyIds: ['anji', 'nanxun'] } }])
      .state();
    expect(() => assertCountyInRoundScope(narrow, 'anji')).not.toThrow();
    expect(() => assertCountyInRoundScope(narrow, 'wuxing')).toThrow(TargetOutsideRoundScope);
    expect(() => assertCountyInRoundScope(narrow, null)).toThrow(expect.objectContaining({ code: 'TARGET_OUTSIDE_ROUND_SCOPE' }));
    expect(() => assertCountyInRoundScope(state('unplanned'), 'anji')).toThrow(RoundNotFound);
  });
});
