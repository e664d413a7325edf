import { deciderSpecification } from '@app/testing';
import {
  Actor,
  decideByDefinition,
  DomainError,
  ForbiddenError,
  loadChinaCalendar,
  NotFoundError,
  RoleNotAllowedError,
  SYSTEM_ACTOR,
  timersOf,
} from '@app/workflow';
import { InvalidRubric, RoundNotAcceptingTasks, RoundNotActive, Rubric, UnknownRoundKind } from '../rounds';
import { AssignTask, RecordFinding, TaskCommand } from './task.commands';
import {
  DuplicateInspector,
  DuplicateScoreItem,
  FindingAlreadyRecorded,
  FindingIncomplete,
  FindingOutsideTarget,
  InspectorRecused,
  InspectorRequired,
  InvalidDueWorkingDays,
  NoScoresGiven,
  NotAssignedInspector,
  ReopenReasonRequired,
  ScoreOutOfRange,
  ScoresIncomplete,
  TaskTargetRequired,
  UnitAlreadyHasTask,
  UnknownFindingSeverity,
  UnknownRubricItem,
} from './task.errors';
import { TaskAssigned, TaskEvent } from './task.events';
import { TaskState } from './task.state';
import { taskWorkflow } from './task.workflow';

const calendar = loadChinaCalendar();
/** Monday 2 March 2026, 09:00 in China. */
const NOW = new Date('2026-03-02T01:00:00.000Z');
const LATER = new Date('2026-03-04T02:00:00.000Z');

const admin: Actor = { userId: 'admin', roles: ['admin'] };
const wuxing: Actor = { userId: 'inspector.wuxing', roles: ['inspector'], orgUnitId: 'wuxing', homeCountyId: 'wuxing' };
const cityInspector: Actor = { userId: 'inspector.city', roles: ['inspector'], orgUnitId: 'huzhou' };
const nanxun: Actor = { userId: 'inspector.nanxun', roles: ['inspector'], homeCountyId: 'nanxun' };
const official: Actor = { userId: 'official.anji', roles: ['official'], orgUnitId: 'anji', homeCountyId: 'anji' };

function as(actor: Actor, now: Date = LATER) {
  return deciderSpecification({
    decide: (command: TaskCommand, state: TaskState) => decideByDefinition(taskWorkflow, state, command, { actor, now, calendar, settings: undefined }),
    evolve: taskWorkflow.evolve,
    initialState: taskWorkflow.initialState,
  });
}

const RUBRIC: Rubric = {
  version: 2,
  items: [
    { code: 'A1', title: '党建引领', weight: 0.6, maxScore: 10 },
    { code: 'A2', title: '群众满意度', weight: 0.4, maxScore: 5 },
  ],
};

const assign = (overrides: Partial<AssignTask> = {}): AssignTask => ({
  type: 'AssignTask',
  taskId: 't-anji',
  roundId: 'r-2026-q1',
  roundKind: 'walk-see-compete',
  roundStatus: 'active',
  targetUnitId: 'anji',
  targetCountyId: 'anji',
  inspectors: [
    { inspectorId: 'inspector.wuxing', homeCountyId: 'wuxing' },
    { inspectorId: 'inspector.city', homeCountyId: null },
  ],
  rubric: RUBRIC,
  dueWorkingDays: 5,
  ...overrides,
});

const assigned: TaskAssigned = {
  type: 'TaskAssigned',
  data: {
    taskId: 't-anji',
    roundId: 'r-2026-q1',
    roundKind: 'walk-see-compete',
    targetUnitId: 'anji',
    targetCountyId: 'anji',
    inspectors: [
      { inspectorId: 'inspector.wuxing', homeCountyId: 'wuxing' },
      { inspectorId: 'inspector.city', homeCountyId: null },
    ],
    rubric: RUBRIC,
    dueWorkingDays: 5,
    dueOn: '2026-03-09',
    deadlineAt: '2026-03-09T15:59:59.999Z',
    assignedBy: 'admin',
    assignedAt: NOW.toISOString(),
  },
};
const majorInspectionAssigned: TaskAssigned = { ...assigned, data: { ...assigned.data, roundKind: 'major-inspection' } };
const opened: TaskEvent = { type: 'TaskOpened', data: { taskId: 't-anji', openedBy: 'inspector.wuxing', openedAt: '2026-03-03T01:00:00.000Z' } };
const wuxingScored: TaskEvent = {
  type: 'TaskScoresRecorded',
  data: {
    taskId: 't-anji',
    roundId: 'r-2026-q1',
    targetUnitId: 'anji',
    targetCountyId: 'anji',
    inspectorId: 'inspector.wuxing',
    rubricVersion: 2,
    scores: [
      { itemCode: 'A1', score: 8 },
      { itemCode: 'A2', score: 4 },
    ],
    recordedAt: '2026-03-03T03:00:00.000Z',
  },
};
const submitted: TaskEvent = {
  type: 'TaskSubmitted',
  data: { taskId: 't-anji', submittedBy: 'inspector.wuxing', submittedAt: '2026-03-03T08:00:00.000Z', incompleteInspectorIds: ['inspector.city'] },
};
const closed: TaskEvent = { type: 'TaskClosed', data: { taskId: 't-anji', closedBy: 'admin', closedAt: '2026-03-04T01:00:00.000Z' } };

const HISTORY = {
  assigned: [assigned],
  opened: [assigned, opened],
  submitted: [assigned, opened, wuxingScored, submitted],
  closed: [assigned, opened, wuxingScored, submitted, closed],
} satisfies Record<string, TaskEvent[]>;

const finding = (overrides: Partial<RecordFinding> = {}): RecordFinding => ({
  type: 'RecordFinding',
  roundStatus: 'active',
  findingId: 'f-1',
  title: '村级活动场所使用率低',
  description: '余村党群服务中心工作日下午无人值守',
  severity: 'medium',
  unitId: 'anji-tianhuangping-yucun',
  unitAncestorIds: ['anji-tianhuangping', 'anji', 'huzhou'],
  ...overrides,
});

/** Each command, and the actor who may send it where it is allowed. */
const COMMANDS: Record<TaskCommand['type'], [TaskCommand, Actor]> = {
  AssignTask: [assign(), admin],
  OpenTask: [{ type: 'OpenTask', roundStatus: 'active' }, wuxing],
  RecordScores: [{ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A1', score: 7 }] }, wuxing],
  RecordFinding: [finding(), wuxing],
  SubmitTask: [{ type: 'SubmitTask' }, wuxing],
  CloseTask: [{ type: 'CloseTask' }, admin],
  ReopenTask: [{ type: 'ReopenTask', roundStatus: 'active', reason: '评分有误' }, admin],
  MarkTaskOverdue: [{ type: 'MarkTaskOverdue' }, SYSTEM_ACTOR],
};

const timers = (events: TaskEvent[]) => timersOf(taskWorkflow, as(admin).given(events).state(), { calendar, settings: undefined });

describe('task workflow', () => {
  describe('AssignTask', () => {
    it('assigns a task with the rubric copied and the deadline in working days from today (China)', () => {
      as(admin, NOW).given([]).when(assign()).then([assigned]);
    });

    it('counts the deadline over the May Day holiday onto its make-up Saturday', () => {
      const [event] = as(admin, new Date('2026-04-30T02:00:00.000Z')).given([]).when(assign({ dueWorkingDays: 4 })).events();
      expect(event).toMatchObject({ data: { dueOn: '2026-05-09', deadlineAt: '2026-05-09T15:59:59.999Z' } });
    });

    it('counts from the day it is in China, not in UTC', () => {
      // 17:00 UTC on Sunday 1 March is 01:00 on Monday 2 March in China.
      const [event] = as(admin, new Date('2026-03-01T17:00:00.000Z')).given([]).when(assign({ dueWorkingDays: 1 })).events();
      expect(event).toMatchObject({ data: { dueOn: '2026-03-03' } });
    });

    it('refuses an inspector from the target county with INSPECTOR_RECUSED', () => {
      as(admin, NOW)
        .given([])
        .when(assign({ inspectors: [{ inspectorId: 'inspector.wuxing', homeCountyId: 'wuxing' }, { inspectorId: 'inspector.anji', homeCountyId: 'anji' }] }))
        .thenThrows(InspectorRecused, 'INSPECTOR_RECUSED');
    });

    it('recuses by the target’s county when the target is a township', () => {
      as(admin, NOW)
        .given([])
        .when(assign({ targetUnitId: 'anji-tianhuangping', targetCountyId: 'anji', inspectors: [{ inspectorId: 'inspector.anji', homeCountyId: 'anji' }] }))
        .thenThrows(InspectorRecused, 'INSPECTOR_RECUSED');
    });

    it('assigns inspectors from other counties and from the city', () => {
      const [event] = as(admin, NOW)
        .given([])
        .when(assign({ inspectors: [{ inspectorId: 'inspector.nanxun', homeCountyId: 'nanxun' }, { inspectorId: 'inspector.city' }] }))
        .events();
      expect(event).toMatchObject({
        data: {
          inspectors: [
            { inspectorId: 'inspector.nanxun', homeCountyId: 'nanxun' },
            { inspectorId: 'inspector.city', homeCountyId: null },
          ],
        },
      });
    });

    it('refuses no inspectors with INSPECTOR_REQUIRED', () => {
      as(admin, NOW).given([]).when(assign({ inspectors: [] })).thenThrows(InspectorRequired, 'INSPECTOR_REQUIRED');
      as(admin, NOW).given([]).when(assign({ inspectors: [{ inspectorId: ' ' }] })).thenThrows(InspectorRequired, 'INSPECTOR_REQUIRED');
    });

    it('refuses an inspector named twice with DUPLICATE_INSPECTOR', () => {
      as(admin, NOW)
        .given([])
        .when(assign({ inspectors: [{ inspectorId: 'inspector.city' }, { inspectorId: 'inspector.city' }] }))
        .thenThrows(DuplicateInspector, 'DUPLICATE_INSPECTOR');
    });

    it.each([0, -1, 2.5])('refuses dueWorkingDays %p with INVALID_DUE_WORKING_DAYS', (dueWorkingDays) => {
      as(admin, NOW).given([]).when(assign({ dueWorkingDays })).thenThrows(InvalidDueWorkingDays, 'INVALID_DUE_WORKING_DAYS');
    });

    it('refuses an invalid rubric with INVALID_RUBRIC', () => {
      as(admin, NOW)
        .given([])
        .when(assign({ rubric: { version: 1, items: [] } }))
        .thenThrows(InvalidRubric, 'INVALID_RUBRIC');
    });

    it('refuses a missing target with TASK_TARGET_REQUIRED', () => {
      as(admin, NOW).given([]).when(assign({ targetUnitId: '' })).thenThrows(TaskTargetRequired, 'TASK_TARGET_REQUIRED');
    });

    it('refuses an unknown round kind with UNKNOWN_ROUND_KIND', () => {
      as(admin, NOW)
        .given([])
        .when(assign({ roundKind: 'tea-party' as AssignTask['roundKind'] }))
        .thenThrows(UnknownRoundKind, 'UNKNOWN_ROUND_KIND');
    });

    it.each([wuxing, official, SYSTEM_ACTOR])('refuses $userId with ROLE_NOT_ALLOWED', (actor) => {
      as(actor, NOW).given([]).when(assign()).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });

    it('assigns while the round is planned as well as active', () => {
      expect(as(admin, NOW).given([]).when(assign({ roundStatus: 'planned' })).events()).toEqual([assigned]);
    });

    it.each(['scoring-closed', 'published', 'archived'] as const)('refuses a round that is %s with ROUND_NOT_ACCEPTING_TASKS', (roundStatus) => {
      as(admin, NOW).given([]).when(assign({ roundStatus })).thenThrows(RoundNotAcceptingTasks, 'ROUND_NOT_ACCEPTING_TASKS');
    });
  });

  describe('one task per round × target unit', () => {
    it('a second assignment of the unit, which meets the task’s stream, is refused with UNIT_ALREADY_HAS_TASK naming the task', () => {
      let thrown: unknown;
      try {
        as(admin).given(HISTORY.assigned).when(assign({ inspectors: [{ inspectorId: 'inspector.nanxun', homeCountyId: 'nanxun' }] })).events();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(UnitAlreadyHasTask);
      expect(thrown).toMatchObject({ code: 'UNIT_ALREADY_HAS_TASK', details: { taskId: 't-anji', roundId: 'r-2026-q1', targetUnitId: 'anji' } });
    });

    it('a task the round has for the unit under an id of its own refuses the assignment, naming that task', () => {
      let thrown: unknown;
      try {
        as(admin, NOW).given([]).when(assign({ existingTaskIdsOfUnit: ['demo-r-2026-q1-anji'] })).events();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({ code: 'UNIT_ALREADY_HAS_TASK', details: { taskId: 'demo-r-2026-q1-anji', roundId: 'r-2026-q1', targetUnitId: 'anji' } });
    });

    it('the task’s own id among the unit’s tasks does not count against it', () => {
      as(admin, NOW).given([]).when(assign({ existingTaskIdsOfUnit: ['t-anji'] })).then([assigned]);
    });
  });

  describe('OpenTask', () => {
    it('an assigned inspector opens the task', () => {
      as(wuxing)
        .given(HISTORY.assigned)
        .when({ type: 'OpenTask', roundStatus: 'active' })
        .then([{ type: 'TaskOpened', data: { taskId: 't-anji', openedBy: 'inspector.wuxing', openedAt: LATER.toISOString() } }]);
    });

    it('an admin opens the task', () => {
      expect(as(admin).given(HISTORY.assigned).when({ type: 'OpenTask', roundStatus: 'active' }).events()[0]).toMatchObject({ data: { openedBy: 'admin' } });
    });

    it('an inspector not assigned to the task gets NOT_ASSIGNED_INSPECTOR (403)', () => {
      as(nanxun).given(HISTORY.assigned).when({ type: 'OpenTask', roundStatus: 'active' }).thenThrows(ForbiddenError, 'NOT_ASSIGNED_INSPECTOR');
      as(nanxun).given(HISTORY.assigned).when({ type: 'OpenTask', roundStatus: 'active' }).thenThrows(NotAssignedInspector);
    });

    it('an assigned inspector who has since moved to the target county is recused', () => {
      as({ ...cityInspector, homeCountyId: 'anji' })
        .given(HISTORY.assigned)
        .when({ type: 'OpenTask', roundStatus: 'active' })
        .thenThrows(InspectorRecused, 'INSPECTOR_RECUSED');
    });

    it('an official gets ROLE_NOT_ALLOWED', () => {
      as(official).given(HISTORY.assigned).when({ type: 'OpenTask', roundStatus: 'active' }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });

    it('is refused before its round starts with ROUND_NOT_ACTIVE, naming the round’s status', () => {
      let thrown: unknown;
      try {
        as(wuxing).given(HISTORY.assigned).when({ type: 'OpenTask', roundStatus: 'planned' }).events();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(RoundNotActive);
      expect(thrown).toMatchObject({ code: 'ROUND_NOT_ACTIVE', details: { roundId: 'r-2026-q1', status: 'planned' } });
    });

    it.each(['scoring-closed', 'published', 'archived'] as const)('is refused once the round is %s with ROUND_NOT_ACTIVE', (roundStatus) => {
      as(admin).given(HISTORY.assigned).when({ type: 'OpenTask', roundStatus }).thenThrows(RoundNotActive, 'ROUND_NOT_ACTIVE');
    });
  });

  describe('RecordScores', () => {
    it('an assigned inspector records their own item scores', () => {
      as(wuxing)
        .given(HISTORY.opened)
        .when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A1', score: 8 }, { itemCode: 'A2', score: 4 }] })
        .then([{ ...wuxingScored, data: { ...wuxingScored.data, recordedAt: LATER.toISOString() } }]);
    });

    it('accepts both ends of the range, 0 and the item’s maximum, and fractions', () => {
      const events = as(cityInspector)
        .given(HISTORY.opened)
        .when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A1', score: 0 }, { itemCode: 'A2', score: 4.5 }] })
        .events();
      expect(events).toHaveLength(1);
      expect(as(cityInspector).given(HISTORY.opened).when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A1', score: 10 }] }).events()).toHaveLength(1);
    });

    it('re-recording an item replaces that inspector’s score and leaves other inspectors’ alone', () => {
      const rescored = as(wuxing).given([...HISTORY.opened, wuxingScored]).when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A1', score: 6 }] }).events();
      const cityScored = as(cityInspector).given(HISTORY.opened).when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A1', score: 9 }] }).events();
      const state = as(admin)
        .given([...HISTORY.opened, wuxingScored, ...cityScored, ...rescored])
        .state();
      expect(state).toMatchObject({
        scores: { 'inspector.wuxing': { A1: 6, A2: 4 }, 'inspector.city': { A1: 9 } },
      });
    });

    it.each([-1, 10.01, Number.NaN, Number.POSITIVE_INFINITY])('refuses score %p for an item out of 10 with SCORE_OUT_OF_RANGE', (score) => {
      as(wuxing).given(HISTORY.opened).when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A1', score }] }).thenThrows(ScoreOutOfRange, 'SCORE_OUT_OF_RANGE');
    });

    it('checks the range against each item’s own maximum', () => {
      as(wuxing).given(HISTORY.opened).when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A2', score: 6 }] }).thenThrows(ScoreOutOfRange, 'SCORE_OUT_OF_RANGE');
    });

    it('refuses an item not in the task’s rubric with UNKNOWN_RUBRIC_ITEM', () => {
      as(wuxing).given(HISTORY.opened).when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'B9', score: 1 }] }).thenThrows(UnknownRubricItem, 'UNKNOWN_RUBRIC_ITEM');
    });

    it('refuses no scores with NO_SCORES_GIVEN', () => {
      as(wuxing).given(HISTORY.opened).when({ type: 'RecordScores', roundStatus: 'active', scores: [] }).thenThrows(NoScoresGiven, 'NO_SCORES_GIVEN');
    });

    it('refuses an item scored twice in one recording with DUPLICATE_SCORE_ITEM', () => {
      as(wuxing)
        .given(HISTORY.opened)
        .when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A1', score: 1 }, { itemCode: 'A1', score: 2 }] })
        .thenThrows(DuplicateScoreItem, 'DUPLICATE_SCORE_ITEM');
    });

    it.each(['planned', 'scoring-closed', 'published', 'archived'] as const)('refuses scores while the round is %s with ROUND_NOT_ACTIVE', (roundStatus) => {
      as(wuxing)
        .given(HISTORY.opened)
        .when({ type: 'RecordScores', roundStatus, scores: [{ itemCode: 'A1', score: 5 }] })
        .thenThrows(RoundNotActive, 'ROUND_NOT_ACTIVE');
    });

    it('tells an inspector not assigned to the task so before it tells them the round is closed', () => {
      as(nanxun)
        .given(HISTORY.opened)
        .when({ type: 'RecordScores', roundStatus: 'scoring-closed', scores: [{ itemCode: 'A1', score: 5 }] })
        .thenThrows(NotAssignedInspector, 'NOT_ASSIGNED_INSPECTOR');
    });

    it('refuses an inspector not assigned to the task with NOT_ASSIGNED_INSPECTOR', () => {
      as(nanxun).given(HISTORY.opened).when(COMMANDS.RecordScores[0]).thenThrows(NotAssignedInspector, 'NOT_ASSIGNED_INSPECTOR');
    });

    it('refuses an inspector of the target county with INSPECTOR_RECUSED, even if the assignment predates their move', () => {
      as({ ...wuxing, homeCountyId: 'anji' }).given(HISTORY.opened).when(COMMANDS.RecordScores[0]).thenThrows(InspectorRecused, 'INSPECTOR_RECUSED');
    });

    it('refuses a recorded recusal even when the actor carries no county', () => {
      const recusedAtAssignment: TaskAssigned = {
        ...assigned,
        data: { ...assigned.data, inspectors: [{ inspectorId: 'inspector.city', homeCountyId: 'anji' }] },
      };
      as(cityInspector).given([recusedAtAssignment, opened]).when(COMMANDS.RecordScores[0]).thenThrows(InspectorRecused, 'INSPECTOR_RECUSED');
    });

    it.each([admin, official])('refuses $userId, who has no scores of their own, with ROLE_NOT_ALLOWED', (actor) => {
      as(actor).given(HISTORY.opened).when(COMMANDS.RecordScores[0]).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('RecordFinding', () => {
    it('records a problem found in a unit below the target', () => {
      as(wuxing)
        .given(HISTORY.opened)
        .when(finding())
        .then([
          {
            type: 'TaskFindingRecorded',
            data: {
              taskId: 't-anji',
              roundId: 'r-2026-q1',
              findingId: 'f-1',
              title: '村级活动场所使用率低',
              description: '余村党群服务中心工作日下午无人值守',
              severity: 'medium',
              unitId: 'anji-tianhuangping-yucun',
              targetUnitId: 'anji',
              recordedBy: 'inspector.wuxing',
              recordedAt: LATER.toISOString(),
            },
          },
        ]);
    });

    it('records a problem found at the target itself', () => {
      const [event] = as(cityInspector).given(HISTORY.opened).when(finding({ unitId: 'anji', unitAncestorIds: ['huzhou'], severity: 'high' })).events();
      expect(event).toMatchObject({ data: { unitId: 'anji', severity: 'high', recordedBy: 'inspector.city' } });
    });

    it('refuses a unit outside the target with FINDING_OUTSIDE_TARGET', () => {
      as(wuxing)
        .given(HISTORY.opened)
        .when(finding({ unitId: 'nanxun-lianshi', unitAncestorIds: ['nanxun', 'huzhou'] }))
        .thenThrows(FindingOutsideTarget, 'FINDING_OUTSIDE_TARGET');
      as(wuxing).given(HISTORY.opened).when(finding({ unitId: 'huzhou', unitAncestorIds: [] })).thenThrows(FindingOutsideTarget, 'FINDING_OUTSIDE_TARGET');
    });

    it('refuses a finding id already recorded with FINDING_ALREADY_RECORDED', () => {
      const first = as(wuxing).given(HISTORY.opened).when(finding()).events();
      as(cityInspector)
        .given([...HISTORY.opened, ...first])
        .when(finding())
        .thenThrows(FindingAlreadyRecorded, 'FINDING_ALREADY_RECORDED');
    });

    it('refuses an unknown severity with UNKNOWN_FINDING_SEVERITY', () => {
      as(wuxing)
        .given(HISTORY.opened)
        .when(finding({ severity: 'catastrophic' as RecordFinding['severity'] }))
        .thenThrows(UnknownFindingSeverity, 'UNKNOWN_FINDING_SEVERITY');
    });

    it.each([{ title: ' ' }, { description: '' }, { findingId: '' }])('refuses %p with FINDING_INCOMPLETE', (overrides) => {
      as(wuxing).given(HISTORY.opened).when(finding(overrides)).thenThrows(FindingIncomplete, 'FINDING_INCOMPLETE');
    });

    it('refuses an inspector not assigned to the task with NOT_ASSIGNED_INSPECTOR', () => {
      as(nanxun).given(HISTORY.opened).when(finding()).thenThrows(NotAssignedInspector, 'NOT_ASSIGNED_INSPECTOR');
    });

    it('refuses an official with ROLE_NOT_ALLOWED', () => {
      as(official).given(HISTORY.opened).when(finding()).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });

    it.each(['scoring-closed', 'published', 'archived'] as const)('refuses a finding once the round is %s with ROUND_NOT_ACTIVE', (roundStatus) => {
      as(wuxing).given(HISTORY.opened).when(finding({ roundStatus })).thenThrows(RoundNotActive, 'ROUND_NOT_ACTIVE');
    });
  });

  describe('SubmitTask', () => {
    it('in a scored round, an inspector who scored every item submits; the event names who had not', () => {
      as(wuxing)
        .given([...HISTORY.opened, wuxingScored])
        .when({ type: 'SubmitTask' })
        .then([
          {
            type: 'TaskSubmitted',
            data: { taskId: 't-anji', submittedBy: 'inspector.wuxing', submittedAt: LATER.toISOString(), incompleteInspectorIds: ['inspector.city'] },
          },
        ]);
    });

    it('in a scored round, an inspector who has not scored every item gets SCORES_INCOMPLETE naming the items', () => {
      const partial = as(cityInspector).given(HISTORY.opened).when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A1', score: 9 }] }).events();
      let thrown: unknown;
      try {
        as(cityInspector)
          .given([...HISTORY.opened, ...partial])
          .when({ type: 'SubmitTask' })
          .events();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ScoresIncomplete);
      expect(thrown).toMatchObject({ code: 'SCORES_INCOMPLETE', details: { inspectorId: 'inspector.city', missingItemCodes: ['A2'] } });
    });

    it('a quarterly-theme round asks the same', () => {
      const quarterly: TaskAssigned = { ...assigned, data: { ...assigned.data, roundKind: 'quarterly-theme' } };
      as(wuxing).given([quarterly, opened]).when({ type: 'SubmitTask' }).thenThrows(ScoresIncomplete, 'SCORES_INCOMPLETE');
    });

    it.each(['major-inspection', 'deep-research'] as const)('a %s task is submitted without scores', (roundKind) => {
      const task: TaskAssigned = { ...assigned, data: { ...assigned.data, roundKind } };
      const [event] = as(wuxing).given([task, opened]).when({ type: 'SubmitTask' }).events();
      expect(event).toMatchObject({ type: 'TaskSubmitted', data: { incompleteInspectorIds: [] } });
    });

    it('refuses an inspector not assigned to the task with NOT_ASSIGNED_INSPECTOR', () => {
      as(nanxun).given([majorInspectionAssigned, opened]).when({ type: 'SubmitTask' }).thenThrows(NotAssignedInspector, 'NOT_ASSIGNED_INSPECTOR');
    });

    it('refuses an admin with ROLE_NOT_ALLOWED', () => {
      as(admin).given([majorInspectionAssigned, opened]).when({ type: 'SubmitTask' }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('CloseTask', () => {
    it('an admin closes a submitted task', () => {
      as(admin)
        .given(HISTORY.submitted)
        .when({ type: 'CloseTask' })
        .then([{ type: 'TaskClosed', data: { taskId: 't-anji', closedBy: 'admin', closedAt: LATER.toISOString() } }]);
    });

    it('refuses an inspector with ROLE_NOT_ALLOWED', () => {
      as(wuxing).given(HISTORY.submitted).when({ type: 'CloseTask' }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('ReopenTask', () => {
    it.each(['submitted', 'closed'] as const)('an admin reopens a %s task with a reason', (status) => {
      as(admin)
        .given(HISTORY[status])
        .when({ type: 'ReopenTask', roundStatus: 'active', reason: ' 评分有误，需复核 ' })
        .then([
          {
            type: 'TaskReopened',
            data: { taskId: 't-anji', reason: '评分有误，需复核', reopenedFrom: status, reopenedBy: 'admin', reopenedAt: LATER.toISOString() },
          },
        ]);
    });

    it('a reopened task is open again: scores are re-recorded and it is submitted again', () => {
      const reopened = as(admin).given(HISTORY.closed).when({ type: 'ReopenTask', roundStatus: 'active', reason: '评分有误' }).events();
      const history = [...HISTORY.closed, ...reopened];
      expect(as(admin).given(history).state()).toMatchObject({ status: 'opened', reopenCount: 1, scores: { 'inspector.wuxing': { A1: 8, A2: 4 } } });
      const rescored = as(wuxing).given(history).when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A1', score: 7 }] }).events();
      const [resubmitted] = as(wuxing)
        .given([...history, ...rescored])
        .when({ type: 'SubmitTask' })
        .events();
      expect(resubmitted!.type).toBe('TaskSubmitted');
    });

    it.each(['', '   '])('refuses reason %p with REOPEN_REASON_REQUIRED', (reason) => {
      as(admin).given(HISTORY.closed).when({ type: 'ReopenTask', roundStatus: 'active', reason }).thenThrows(ReopenReasonRequired, 'REOPEN_REASON_REQUIRED');
    });

    it('refuses an inspector with ROLE_NOT_ALLOWED', () => {
      as(wuxing).given(HISTORY.closed).when({ type: 'ReopenTask', roundStatus: 'active', reason: 'x' }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });

    it.each(['scoring-closed', 'published', 'archived'] as const)('refuses to reopen a task once its round is %s with ROUND_NOT_ACTIVE', (roundStatus) => {
      as(admin).given(HISTORY.closed).when({ type: 'ReopenTask', roundStatus, reason: '评分有误' }).thenThrows(RoundNotActive, 'ROUND_NOT_ACTIVE');
      as(admin).given(HISTORY.submitted).when({ type: 'ReopenTask', roundStatus, reason: '评分有误' }).thenThrows(RoundNotActive, 'ROUND_NOT_ACTIVE');
    });
  });

  describe('after the round’s scoring closed', () => {
    it('an opened task is still submitted by its inspector and closed by an admin: they add nothing the ranking rests on', () => {
      const history = [...HISTORY.opened, wuxingScored];
      const [submittedLate] = as(wuxing).given(history).when({ type: 'SubmitTask' }).events();
      expect(submittedLate).toMatchObject({ type: 'TaskSubmitted' });
      expect(as(admin).given([...history, submittedLate!]).when({ type: 'CloseTask' }).events()).toEqual([
        { type: 'TaskClosed', data: { taskId: 't-anji', closedBy: 'admin', closedAt: LATER.toISOString() } },
      ]);
    });
  });

  describe('forbidden transitions', () => {
    it.each<[keyof typeof HISTORY, TaskCommand['type'], string]>([
      ['assigned', 'AssignTask', 'UNIT_ALREADY_HAS_TASK'],
      ['assigned', 'RecordScores', 'TASK_NOT_OPEN'],
      ['assigned', 'RecordFinding', 'TASK_NOT_OPEN'],
      ['assigned', 'SubmitTask', 'TASK_NOT_OPEN'],
      ['assigned', 'CloseTask', 'TASK_NOT_SUBMITTED'],
      ['assigned', 'ReopenTask', 'TASK_NOT_SUBMITTED'],
      ['opened', 'AssignTask', 'UNIT_ALREADY_HAS_TASK'],
      ['opened', 'OpenTask', 'TASK_ALREADY_OPEN'],
      ['opened', 'CloseTask', 'TASK_NOT_SUBMITTED'],
      ['opened', 'ReopenTask', 'TASK_NOT_SUBMITTED'],
      ['submitted', 'AssignTask', 'UNIT_ALREADY_HAS_TASK'],
      ['submitted', 'OpenTask', 'TASK_ALREADY_SUBMITTED'],
      ['submitted', 'RecordScores', 'TASK_ALREADY_SUBMITTED'],
      ['submitted', 'RecordFinding', 'TASK_ALREADY_SUBMITTED'],
      ['submitted', 'SubmitTask', 'TASK_ALREADY_SUBMITTED'],
      ['closed', 'AssignTask', 'UNIT_ALREADY_HAS_TASK'],
      ['closed', 'OpenTask', 'TASK_ALREADY_CLOSED'],
      ['closed', 'RecordScores', 'TASK_ALREADY_CLOSED'],
      ['closed', 'RecordFinding', 'TASK_ALREADY_CLOSED'],
      ['closed', 'SubmitTask', 'TASK_ALREADY_CLOSED'],
      ['closed', 'CloseTask', 'TASK_ALREADY_CLOSED'],
    ])('an %s task refuses %s with %s', (status, type, code) => {
      const [command, actor] = COMMANDS[type];
      as(actor).given(HISTORY[status]).when(command).thenThrows(DomainError, code);
    });

    it.each(Object.keys(COMMANDS).filter((type) => type !== 'AssignTask') as TaskCommand['type'][])(
      'an unassigned task refuses %s with TASK_NOT_FOUND (404)',
      (type) => {
        const [command, actor] = COMMANDS[type];
        as(actor).given([]).when(command).thenThrows(NotFoundError, 'TASK_NOT_FOUND');
      },
    );
  });

  describe('the overdue timer', () => {
    const DEADLINE_PASSED = new Date('2026-03-09T16:00:00.000Z');
    const overdue: TaskEvent = {
      type: 'TaskOverdue',
      data: {
        taskId: 't-anji',
        dueOn: '2026-03-09',
        deadlineAt: '2026-03-09T15:59:59.999Z',
        inspectorIds: ['inspector.wuxing', 'inspector.city'],
        markedAt: DEADLINE_PASSED.toISOString(),
      },
    };

    it.each(['assigned', 'opened'] as const)('an %s task wants a timer just after the last moment of its due day', (status) => {
      expect(timers(HISTORY[status])).toEqual([{ name: 'task-overdue', dueAt: DEADLINE_PASSED, command: { type: 'MarkTaskOverdue' } }]);
    });

    it.each(['submitted', 'closed'] as const)('a %s task wants no timer', (status) => {
      expect(timers(HISTORY[status])).toEqual([]);
    });

    it.each(['assigned', 'opened'] as const)('when it fires past the deadline on an %s task, TaskOverdue is raised', (status) => {
      as(SYSTEM_ACTOR, DEADLINE_PASSED).given(HISTORY[status]).when({ type: 'MarkTaskOverdue' }).then([overdue]);
    });

    it('is raised once: afterwards the task wants no timer and a second fire decides nothing', () => {
      const history = [...HISTORY.opened, overdue];
      expect(timers(history)).toEqual([]);
      as(SYSTEM_ACTOR, new Date('2026-03-20T00:00:00.000Z')).given(history).when({ type: 'MarkTaskOverdue' }).then([]);
      expect(as(admin).given(history).state()).toMatchObject({ status: 'opened', overdueAt: DEADLINE_PASSED.toISOString() });
    });

    it('a task reopened after going overdue does not go overdue again', () => {
      const history = [...HISTORY.opened, overdue, wuxingScored, submitted];
      const reopened = as(admin).given(history).when({ type: 'ReopenTask', roundStatus: 'active', reason: '补充材料' }).events();
      expect(timers([...history, ...reopened])).toEqual([]);
    });

    it('a task reopened before its deadline wants the timer again', () => {
      const reopened = as(admin).given(HISTORY.submitted).when({ type: 'ReopenTask', roundStatus: 'active', reason: '补充材料' }).events();
      expect(timers([...HISTORY.submitted, ...reopened])).toHaveLength(1);
    });

    it('a fire before the deadline (a clock running early) decides nothing', () => {
      as(SYSTEM_ACTOR, new Date('2026-03-09T15:59:59.999Z')).given(HISTORY.opened).when({ type: 'MarkTaskOverdue' }).then([]);
    });

    it.each(['submitted', 'closed'] as const)('a stale fire on a %s task decides nothing', (status) => {
      as(SYSTEM_ACTOR, DEADLINE_PASSED).given(HISTORY[status]).when({ type: 'MarkTaskOverdue' }).then([]);
    });

    it.each([admin, wuxing])('only the system marks a task overdue: $userId gets ROLE_NOT_ALLOWED', (actor) => {
      as(actor, DEADLINE_PASSED).given(HISTORY.opened).when({ type: 'MarkTaskOverdue' }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });
});
