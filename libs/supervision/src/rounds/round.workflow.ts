import { assertNever, DecisionContext, DomainError, isBlank, isCalendarDate, optionalText, WorkflowDefinition } from '@app/workflow';
import { dutyReviewSettingsOf } from '../duty-reviews/duty-review-settings';
import { SCORING_METHODS } from './round';
import { PlanRound, ReviseRubric, RoundCommand } from './round.commands';
import {
  InvalidPeriod,
  InvalidRoundScope,
  InvalidRoundWindow,
  InvalidScoringPolicy,
  RoundAlreadyPlanned,
  RoundAlreadyPublished,
  RoundAlreadyStarted,
  RoundAlreadyArchived,
  RoundNotActive,
  RoundNotFound,
  RoundNotPublished,
  RoundScoringAlreadyClosed,
  RoundScoringNotClosed,
  RoundTitleRequired,
  RubricLocked,
  ThemeRequired,
} from './round.errors';
import { RoundEvent } from './round.events';
import { checkPublication, checkRepublication, publish, republish } from './round.publication';
import { assertKnownRoundKind, assertValidRubric } from './round.rules';
import { evolveRound, initialRoundState, RoundDetails, RoundState } from './round.state';
import { RubricItem } from './rubric';

/** Rounds are run by the supervision office. */
const ROUND_KEEPERS = ['admin'] as const;

type Context = DecisionContext<unknown>;

/** `2026`, `2026-H1`, `2026-Q3` or `2026-07`. */
const PERIOD = /^\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$/;
const QUARTER = /^\d{4}-Q[1-4]$/;

function roundOf(state: RoundState): RoundDetails & { status: RoundState['status'] } {
  if (state.status === 'unplanned') throw new RoundNotFound();
  return state;
}

/** Copies exactly the item fields, so nothing else a client sent ends up in the log. */
function copyItems(items: readonly RubricItem[]): RubricItem[] {
  return items.map(({ code, title, weight, maxScore }) => ({ code, title, weight, maxScore }));
}

function checkPlan(_state: RoundState, command: PlanRound): void {
  assertKnownRoundKind(command.kind);
  if (isBlank(command.title)) throw new RoundTitleRequired();
  if (command.kind === 'quarterly-theme') {
    if (typeof command.period !== 'string' || !QUARTER.test(command.period)) throw new InvalidPeriod(command.period, 'YYYY-Qn');
    if (isBlank(command.theme)) throw new ThemeRequired();
  } else if (typeof command.period !== 'string' || !PERIOD.test(command.period)) {
    throw new InvalidPeriod(command.period, 'YYYY, YYYY-Hn, YYYY-Qn or YYYY-MM');
  }
  const scope = command.scopeCountyIds;
  if (!Array.isArray(scope) || scope.length === 0 || scope.some(isBlank) || new Set(scope).size !== scope.length) {
    throw new InvalidRoundScope(scope);
  }
  if (command.kind === 'duty-review') dutyReviewSettingsOf(command);
  else assertValidRubric({ version: command.rubric?.version ?? 1, items: command.rubric?.items ?? [] });
  const policy = command.scoringPolicy;
  const perRedCase = policy?.deductions?.perRedCase;
  if (
    !(SCORING_METHODS as readonly string[]).includes(policy?.method) ||
    (perRedCase !== undefined && !(typeof perRedCase === 'number' && Number.isFinite(perRedCase) && perRedCase >= 0))
  ) {
    throw new InvalidScoringPolicy(policy);
  }
  const window = command.window;
  if (!isCalendarDate(window?.opensOn) || !isCalendarDate(window?.closesOn) || window.opensOn > window.closesOn) {
    throw new InvalidRoundWindow(window);
  }
}

function plan(_state: RoundState, command: PlanRound, { actor, now }: Context): RoundEvent[] {
  const perRedCase = command.scoringPolicy.deductions?.perRedCase;
  const dutyReview = command.kind === 'duty-review' ? dutyReviewSettingsOf(command) : undefined;
  return [
    {
      type: 'RoundPlanned',
      data: {
        roundId: command.roundId,
        kind: command.kind,
        title: command.title.trim(),
        period: command.period,
        theme: optionalText(command.theme),
        scopeCountyIds: [...command.scopeCountyIds],
        rubric: { version: command.rubric.version ?? 1, items: copyItems(command.rubric.items) },
        scoringPolicy: { method: command.scoringPolicy.method, ...(perRedCase === undefined ? {} : { deductions: { perRedCase } }) },
        window: { opensOn: command.window.opensOn, closesOn: command.window.closesOn },
        ...(dutyReview === undefined ? {} : { dutyReview }),
        plannedBy: actor.userId,
        plannedAt: now.toISOString(),
      },
    },
  ];
}

function reviseRubric(state: RoundState, command: ReviseRubric, { actor, now }: Context): RoundEvent[] {
  const round = roundOf(state);
  return [
    {
      type: 'RoundRubricRevised',
      data: {
        roundId: round.roundId,
        rubric: { version: round.rubric.version + 1, items: copyItems(command.items) },
        previousVersion: round.rubric.version,
        reason: optionalText(command.reason),
        revisedBy: actor.userId,
        revisedAt: now.toISOString(),
      },
    },
  ];
}

function refuseRoundCommand(state: RoundState, command: RoundCommand): DomainError {
  if (state.status === 'unplanned') return new RoundNotFound();
  const { roundId, status } = state;
  if (command.type === 'PlanRound') return new RoundAlreadyPlanned(roundId);
  if (status === 'archived') return new RoundAlreadyArchived(roundId);
  switch (command.type) {
    case 'ReviseRubric':
      return new RubricLocked(roundId, status);
    case 'StartRound':
      return new RoundAlreadyStarted(roundId);
    case 'CloseScoring':
      return status === 'planned' ? new RoundNotActive(roundId, status) : new RoundScoringAlreadyClosed(roundId);
    case 'PublishRound':
      return status === 'published' ? new RoundAlreadyPublished(roundId) : new RoundScoringNotClosed(roundId);
    case 'RepublishRanking':
    case 'ArchiveRound':
      return new RoundNotPublished(roundId, status);
    default:
      return assertNever(command);
  }
}

/**
 * A supervision round's life (stream `round-<id>`): planned (rubric still revisable) → active
 * (tasks scored) → scoring-closed → published (the ranking is out and frozen; republished only
 * for a reason) → archived (final). Admin only.
 */
export const roundWorkflow: WorkflowDefinition<RoundState, RoundCommand, RoundEvent> = {
  name: 'round',
  version: 1,
  initialState: initialRoundState,
  evolve: evolveRound,
  statusOf: (state) => state.status,
  refuse: refuseRoundCommand,
  states: {
    unplanned: {
      on: { PlanRound: { roles: ROUND_KEEPERS, guards: [checkPlan], decide: plan } },
    },
    planned: {
      on: {
        ReviseRubric: {
          roles: ROUND_KEEPERS,
          guards: [(state, command) => assertValidRubric({ version: roundOf(state).rubric.version + 1, items: command.items ?? [] })],
          decide: reviseRubric,
        },
        StartRound: {
          roles: ROUND_KEEPERS,
          decide: (state, _command, { actor, now }) => {
            const round = roundOf(state);
            return [
              {
                type: 'RoundStarted',
                data: { roundId: round.roundId, rubricVersion: round.rubric.version, startedBy: actor.userId, startedAt: now.toISOString() },
              },
            ];
          },
        },
      },
    },
    active: {
      on: {
        CloseScoring: {
          roles: ROUND_KEEPERS,
          decide: (state, _command, { actor, now }) => [
            { type: 'RoundScoringClosed', data: { roundId: roundOf(state).roundId, closedBy: actor.userId, closedAt: now.toISOString() } },
          ],
        },
      },
    },
    'scoring-closed': {
      on: {
        PublishRound: { roles: ROUND_KEEPERS, guards: [checkPublication], decide: publish },
      },
    },
    published: {
      on: {
        RepublishRanking: { roles: ROUND_KEEPERS, guards: [checkRepublication], decide: republish },
        ArchiveRound: {
          roles: ROUND_KEEPERS,
          decide: (state, _command, { actor, now }) => [
            { type: 'RoundArchived', data: { roundId: roundOf(state).roundId, archivedBy: actor.userId, archivedAt: now.toISOString() } },
          ],
        },
      },
    },
    archived: { on: {} },
  },
};
