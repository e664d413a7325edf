import { deciderSpecification } from '@app/testing';
import {
  Actor,
  DomainError,
  ForbiddenError,
  loadChinaCalendar,
  NotFoundError,
  RoleNotAllowedError,
  SYSTEM_ACTOR,
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

const spec = deciderSpecification(taskWorkflow, { now: LATER, calendar, settings: undefined });

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

const timers = (events: TaskEvent[]) => spec.given(events).timers();

describe('task workflow', () => {
  describe('AssignTask', () => {
    it('assigns a task with the rubric copied and the deadline in working days from today (China)', () => {
      spec.given([]).when(assign(), { actor: admin, now: NOW }).then([assigned]);
    });

    it('counts the deadline over the May Day holiday onto its make-up Saturday', () => {
      const [event] = spec.given([]).when(assign({ dueWorkingDays: 4 }), { actor: admin, now: new Date('2026-04-30T02:00:00.000Z') }).events();
      expect(event).toMatchObject({ data: { dueOn: '2026-05-09', deadlineAt: '2026-05-09T15:59:59.999Z' } });
    });

    it('counts from the day it is in China, not in UTC', () => {
      // 17:00 UTC on Sunday 1 March is 01:00 on Monday 2 March in China.
      const [event] = spec.given([]).when(assign({ dueWorkingDays: 1 }), { actor: admin, now: new Date('2026-03-01T17:00:00.000Z') }).events();
      expect(event).toMatchObject({ data: { dueOn: '2026-03-03' } });
    });

    it('refuses an inspector from the target county with INSPECTOR_RECUSED', () => {
      spec.given([])
        .when(assign({ inspectors: [{ inspectorId: 'inspector.wuxing', homeCountyId: 'wuxing' }, { inspectorId: 'inspector.anji', homeCountyId: 'anji' }] }), { actor: admin, now: NOW })
        .thenThrows(InspectorRecused, 'INSPECTOR_RECUSED');
    });

    it('recuses by the target’s county when the target is a township', () => {
      spec.given([])
        .when(assign({ targetUnitId: 'anji-tianhuangping', targetCountyId: 'anji', inspectors: [{ inspectorId: 'inspector.anji', homeCountyId: 'anji' }] }), { actor: admin, now: NOW })
        .thenThrows(InspectorRecused, 'INSPECTOR_RECUSED');
    });

    it('assigns inspectors from other counties and from the city', () => {
      const [event] = spec.given([])
        .when(assign({ inspectors: [{ inspectorId: 'inspector.nanxun', homeCountyId: 'nanxun' }, { inspectorId: 'inspector.city' }] }), { actor: admin, now: NOW })
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
      spec.given([]).when(assign({ inspectors: [] }), { actor: admin, now: NOW }).thenThrows(InspectorRequired, 'INSPECTOR_REQUIRED');
      spec.given([]).when(assign({ inspectors: [{ inspectorId: ' ' }] }), { actor: admin, now: NOW }).thenThrows(InspectorRequired, 'INSPECTOR_REQUIRED');
    });

    it('refuses an inspector named twice with DUPLICATE_INSPECTOR', () => {
      spec.given([])
        .when(assign({ inspectors: [{ inspectorId: 'inspector.city' }, { inspectorId: 'inspector.city' }] }), { actor: admin, now: NOW })
        .thenThrows(DuplicateInspector, 'DUPLICATE_INSPECTOR');
    });

    it.each([0, -1, 2.5])('refuses dueWorkingDays %p with INVALID_DUE_WORKING_DAYS', (dueWorkingDays) => {
      spec.given([]).when(assign({ dueWorkingDays }), { actor: admin, now: NOW }).thenThrows(InvalidDueWorkingDays, 'INVALID_DUE_WORKING_DAYS');
    });

    it('refuses an invalid rubric with INVALID_RUBRIC', () => {
      spec.given([])
        .when(assign({ rubric: { version: 1, items: [] } }), { actor: admin, now: NOW })
        .thenThrows(InvalidRubric, 'INVALID_RUBRIC');
    });

    it('refuses a missing target with TASK_TARGET_REQUIRED', () => {
      spec.given([]).when(assign({ targetUnitId: '' }), { actor: admin, now: NOW }).thenThrows(TaskTargetRequired, 'TASK_TARGET_REQUIRED');
    });

    it('refuses an unknown round kind with UNKNOWN_ROUND_KIND', () => {
      spec.given([])
        .when(assign({ roundKind: 'tea-party' as AssignTask['roundKind'] }), { actor: admin, now: NOW })
        .thenThrows(UnknownRoundKind, 'UNKNOWN_ROUND_KIND');
    });

    it.each([wuxing, official, SYSTEM_ACTOR])('refuses $userId with ROLE_NOT_ALLOWED', (actor) => {
      spec.given([]).when(assign(), { actor, now: NOW }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });

    it('assigns while the round is planned as well as active', () => {
      expect(spec.given([]).when(assign({ roundStatus: 'planned' }), { actor: admin, now: NOW }).events()).toEqual([assigned]);
    });

    it.each(['scoring-closed', 'published', 'archived'] as const)('refuses a round that is %s with ROUND_NOT_ACCEPTING_TASKS', (roundStatus) => {
      spec.given([]).when(assign({ roundStatus }), { actor: admin, now: NOW }).thenThrows(RoundNotAcceptingTasks, 'ROUND_NOT_ACCEPTING_TASKS');
    });
  });

  describe('one task per round × target unit', () => {
    it('a second assignment of the unit, which meets the task’s stream, is refused with UNIT_ALREADY_HAS_TASK naming the task', () => {
      let thrown: unknown;
      try {
        spec.given(HISTORY.assigned).when(assign({ inspectors: [{ inspectorId: 'inspector.nanxun', homeCountyId: 'nanxun' }] }), { actor: admin }).events();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(UnitAlreadyHasTask);
      expect(thrown).toMatchObject({ code: 'UNIT_ALREADY_HAS_TASK', details: { taskId: 't-anji', roundId: 'r-2026-q1', targetUnitId: 'anji' } });
    });

    it('a task the round has for the unit under an id of its own refuses the assignment, naming that task', () => {
      let thrown: unknown;
      try {
        spec.given([]).when(assign({ existingTaskIdsOfUnit: ['demo-r-2026-q1-anji'] }), { actor: admin, now: NOW }).events();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({ code: 'UNIT_ALREADY_HAS_TASK', details: { taskId: 'demo-r-2026-q1-anji', roundId: 'r-2026-q1', targetUnitId: 'anji' } });
    });

    it('the task’s own id among the unit’s tasks does not count against it', () => {
      spec.given([]).when(assign({ existingTaskIdsOfUnit: ['t-anji'] }), { actor: admin, now: NOW }).then([assigned]);
    });
  });

  describe('OpenTask', () => {
    it('an assigned inspector opens the task', () => {
      spec.given(HISTORY.assigned)
        .when({ type: 'OpenTask', roundStatus: 'active' }, { actor: wuxing })
        .then([{ type: 'TaskOpened', data: { taskId: 't-anji', openedBy: 'inspector.wuxing', openedAt: LATER.toISOString() } }]);
    });

    it('an admin opens the task', () => {
      expect(spec.given(HISTORY.assigned).when({ type: 'OpenTask', roundStatus: 'active' }, { actor: admin }).events()[0]).toMatchObject({ data: { openedBy: 'admin' } });
    });

    it('an inspector not assigned to the task gets NOT_ASSIGNED_INSPECTOR (403)', () => {
      spec.given(HISTORY.assigned).when({ type: 'OpenTask', roundStatus: 'active' }, { actor: nanxun }).thenThrows(ForbiddenError, 'NOT_ASSIGNED_INSPECTOR');
      spec.given(HISTORY.assigned).when({ type: 'OpenTask', roundStatus: 'active' }, { actor: nanxun }).thenThrows(NotAssignedInspector);
    });

    it('an assigned inspector who has since moved to the target county is recused', () => {
      spec.given(HISTORY.assigned)
        .when({ type: 'OpenTask', roundStatus: 'active' }, { actor: { ...cityInspector, homeCountyId: 'anji' } })
        .thenThrows(InspectorRecused, 'INSPECTOR_RECUSED');
    });

    it('an official gets ROLE_NOT_ALLOWED', () => {
      spec.given(HISTORY.assigned).when({ type: 'OpenTask', roundStatus: 'active' }, { actor: official }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });

    it('is refused before its round starts with ROUND_NOT_ACTIVE, naming the round’s status', () => {
      let thrown: unknown;
      try {
        spec.given(HISTORY.assigned).when({ type: 'OpenTask', roundStatus: 'planned' }, { actor: wuxing }).events();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(RoundNotActive);
      expect(thrown).toMatchObject({ code: 'ROUND_NOT_ACTIVE', details: { roundId: 'r-2026-q1', status: 'planned' } });
    });

    it.each(['scoring-closed', 'published', 'archived'] as const)('is refused once the round is %s with ROUND_NOT_ACTIVE', (roundStatus) => {
      spec.given(HISTORY.assigned).when({ type: 'OpenTask', roundStatus }, { actor: admin }).thenThrows(RoundNotActive, 'ROUND_NOT_ACTIVE');
    });
  });

  describe('RecordScores', () => {
    it('an assigned inspector records their own item scores', () => {
      spec.given(HISTORY.opened)
        .when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A1', score: 8 }, { itemCode: 'A2', score: 4 }] }, { actor: wuxing })
        .then([{ ...wuxingScored, data: { ...wuxingScored.data, recordedAt: LATER.toISOString() } }]);
    });

    it('accepts both ends of the range, 0 and the item’s maximum, and fractions', () => {
      const events = spec.given(HISTORY.opened)
        .when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A1', score: 0 }, { itemCode: 'A2', score: 4.5 }] }, { actor: cityInspector })
        .events();
      expect(events).toHaveLength(1);
      expect(spec.given(HISTORY.opened).when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A1', score: 10 }] }, { actor: cityInspector }).events()).toHaveLength(1);
    });

    it('re-recording an item replaces that inspector’s score and leaves other inspectors’ alone', () => {
      const rescored = spec.given([...HISTORY.opened, wuxingScored]).when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A1', score: 6 }] }, { actor: wuxing }).events();
      const cityScored = spec.given(HISTORY.opened).when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A1', score: 9 }] }, { actor: cityInspector }).events();
      const state = spec.given([...HISTORY.opened, wuxingScored, ...cityScored, ...rescored])
        .state();
      expect(state).toMatchObject({
        scores: { 'inspector.wuxing': { A1: 6, A2: 4 }, 'inspector.city': { A1: 9 } },
      });
    });

    it.each([-1, 10.01, Number.NaN, Number.POSITIVE_INFINITY])('refuses score %p for an item out of 10 with SCORE_OUT_OF_RANGE', (score) => {
      spec.given(HISTORY.opened).when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A1', score }] }, { actor: wuxing }).thenThrows(ScoreOutOfRange, 'SCORE_OUT_OF_RANGE');
    });

    it('checks the range against each item’s own maximum', () => {
      spec.given(HISTORY.opened).when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A2', score: 6 }] }, { actor: wuxing }).thenThrows(ScoreOutOfRange, 'SCORE_OUT_OF_RANGE');
    });

    it('refuses an item not in the task’s rubric with UNKNOWN_RUBRIC_ITEM', () => {
      spec.given(HISTORY.opened).when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'B9', score: 1 }] }, { actor: wuxing }).thenThrows(UnknownRubricItem, 'UNKNOWN_RUBRIC_ITEM');
    });

    it('refuses no scores with NO_SCORES_GIVEN', () => {
      spec.given(HISTORY.opened).when({ type: 'RecordScores', roundStatus: 'active', scores: [] }, { actor: wuxing }).thenThrows(NoScoresGiven, 'NO_SCORES_GIVEN');
    });

    it('refuses an item scored twice in one recording with DUPLICATE_SCORE_ITEM', () => {
      spec.given(HISTORY.opened)
        .when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A1', score: 1 }, { itemCode: 'A1', score: 2 }] }, { actor: wuxing })
        .thenThrows(DuplicateScoreItem, 'DUPLICATE_SCORE_ITEM');
    });

    it.each(['planned', 'scoring-closed', 'published', 'archived'] as const)('refuses scores while the round is %s with ROUND_NOT_ACTIVE', (roundStatus) => {
      spec.given(HISTORY.opened)
        .when({ type: 'RecordScores', roundStatus, scores: [{ itemCode: 'A1', score: 5 }] }, { actor: wuxing })
        .thenThrows(RoundNotActive, 'ROUND_NOT_ACTIVE');
    });

    it('tells an inspector not assigned to the task so before it tells them the round is closed', () => {
      spec.given(HISTORY.opened)
        .when({ type: 'RecordScores', roundStatus: 'scoring-closed', scores: [{ itemCode: 'A1', score: 5 }] }, { actor: nanxun })
        .thenThrows(NotAssignedInspector, 'NOT_ASSIGNED_INSPECTOR');
    });

    it('refuses an inspector not assigned to the task with NOT_ASSIGNED_INSPECTOR', () => {
      spec.given(HISTORY.opened).when(COMMANDS.RecordScores[0], { actor: nanxun }).thenThrows(NotAssignedInspector, 'NOT_ASSIGNED_INSPECTOR');
    });

    it('refuses an inspector of the target county with INSPECTOR_RECUSED, even if the assignment predates their move', () => {
      spec.given(HISTORY.opened).when(COMMANDS.RecordScores[0], { actor: { ...wuxing, homeCountyId: 'anji' } }).thenThrows(InspectorRecused, 'INSPECTOR_RECUSED');
    });

    it('refuses a recorded recusal even when the actor carries no county', () => {
      const recusedAtAssignment: TaskAssigned = {
        ...assigned,
        data: { ...assigned.data, inspectors: [{ inspectorId: 'inspector.city', homeCountyId: 'anji' }] },
      };
      spec.given([recusedAtAssignment, opened]).when(COMMANDS.RecordScores[0], { actor: cityInspector }).thenThrows(InspectorRecused, 'INSPECTOR_RECUSED');
    });

    it.each([admin, official])('refuses $userId, who has no scores of their own, with ROLE_NOT_ALLOWED', (actor) => {
      spec.given(HISTORY.opened).when(COMMANDS.RecordScores[0], { actor }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('RecordFinding', () => {
    it('records a problem found in a unit below the target', () => {
      spec.given(HISTORY.opened)
        .when(finding(), { actor: wuxing })
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
      const [event] = spec.given(HISTORY.opened).when(finding({ unitId: 'anji', unitAncestorIds: ['huzhou'], severity: 'high' }), { actor: cityInspector }).events();
      expect(event).toMatchObject({ data: { unitId: 'anji', severity: 'high', recordedBy: 'inspector.city' } });
    });

    it('refuses a unit outside the target with FINDING_OUTSIDE_TARGET', () => {
      spec.given(HISTORY.opened)
        .when(finding({ unitId: 'nanxun-lianshi', unitAncestorIds: ['nanxun', 'huzhou'] }), { actor: wuxing })
        .thenThrows(FindingOutsideTarget, 'FINDING_OUTSIDE_TARGET');
      spec.given(HISTORY.opened).when(finding({ unitId: 'huzhou', unitAncestorIds: [] }), { actor: wuxing }).thenThrows(FindingOutsideTarget, 'FINDING_OUTSIDE_TARGET');
    });

    it('refuses a finding id already recorded with FINDING_ALREADY_RECORDED', () => {
      const first = spec.given(HISTORY.opened).when(finding(), { actor: wuxing }).events();
      spec.given([...HISTORY.opened, ...first])
        .when(finding(), { actor: cityInspector })
        .thenThrows(FindingAlreadyRecorded, 'FINDING_ALREADY_RECORDED');
    });

    it('refuses an unknown severity with UNKNOWN_FINDING_SEVERITY', () => {
      spec.given(HISTORY.opened)
        .when(finding({ severity: 'catastrophic' as RecordFinding['severity'] }), { actor: wuxing })
        .thenThrows(UnknownFindingSeverity, 'UNKNOWN_FINDING_SEVERITY');
    });

    it.each([{ title: ' ' }, { description: '' }, { findingId: '' }])('refuses %p with FINDING_INCOMPLETE', (overrides) => {
      spec.given(HISTORY.opened).when(finding(overrides), { actor: wuxing }).thenThrows(FindingIncomplete, 'FINDING_INCOMPLETE');
    });

    it('refuses an inspector not assigned to the task with NOT_ASSIGNED_INSPECTOR', () => {
      spec.given(HISTORY.opened).when(finding(), { actor: nanxun }).thenThrows(NotAssignedInspector, 'NOT_ASSIGNED_INSPECTOR');
    });

    it('refuses an official with ROLE_NOT_ALLOWED', () => {
      spec.given(HISTORY.opened).when(finding(), { actor: official }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });

    it.each(['scoring-closed', 'published', 'archived'] as const)('refuses a finding once the round is %s with ROUND_NOT_ACTIVE', (roundStatus) => {
      spec.given(HISTORY.opened).when(finding({ roundStatus }), { actor: wuxing }).thenThrows(RoundNotActive, 'ROUND_NOT_ACTIVE');
    });
  });

  describe('SubmitTask', () => {
    it('in a scored round, an inspector who scored every item submits; the event names who had not', () => {
      spec.given([...HISTORY.opened, wuxingScored])
        .when({ type: 'SubmitTask' }, { actor: wuxing })
        .then([
          {
            type: 'TaskSubmitted',
            data: { taskId: 't-anji', submittedBy: 'inspector.wuxing', submittedAt: LATER.toISOString(), incompleteInspectorIds: ['inspector.city'] },
          },
        ]);
    });

    it('in a scored round, an inspector who has not scored every item gets SCORES_INCOMPLETE naming the items', () => {
      const partial = spec.given(HISTORY.opened).when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A1', score: 9 }] }, { actor: cityInspector }).events();
      let thrown: unknown;
      try {
        spec.given([...HISTORY.opened, ...partial])
          .when({ type: 'SubmitTask' }, { actor: cityInspector })
          .events();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ScoresIncomplete);
      expect(thrown).toMatchObject({ code: 'SCORES_INCOMPLETE', details: { inspectorId: 'inspector.city', missingItemCodes: ['A2'] } });
    });

    it('a quarterly-theme round asks the same', () => {
      const quarterly: TaskAssigned = { ...assigned, data: { ...assigned.data, roundKind: 'quarterly-theme' } };
      spec.given([quarterly, opened]).when({ type: 'SubmitTask' }, { actor: wuxing }).thenThrows(ScoresIncomplete, 'SCORES_INCOMPLETE');
    });

    it.each(['major-inspection', 'deep-research'] as const)('a %s task is submitted without scores', (roundKind) => {
      const task: TaskAssigned = { ...assigned, data: { ...assigned.data, roundKind } };
      const [event] = spec.given([task, opened]).when({ type: 'SubmitTask' }, { actor: wuxing }).events();
      expect(event).toMatchObject({ type: 'TaskSubmitted', data: { incompleteInspectorIds: [] } });
    });

    it('refuses an inspector not assigned to the task with NOT_ASSIGNED_INSPECTOR', () => {
      spec.given([majorInspectionAssigned, opened]).when({ type: 'SubmitTask' }, { actor: nanxun }).thenThrows(NotAssignedInspector, 'NOT_ASSIGNED_INSPECTOR');
    });

    it('refuses an admin with ROLE_NOT_ALLOWED', () => {
      spec.given([majorInspectionAssigned, opened]).when({ type: 'SubmitTask' }, { actor: admin }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('CloseTask', () => {
    it('an admin closes a submitted task', () => {
      spec.given(HISTORY.submitted)
        .when({ type: 'CloseTask' }, { actor: admin })
        .then([{ type: 'TaskClosed', data: { taskId: 't-anji', closedBy: 'admin', closedAt: LATER.toISOString() } }]);
    });

    it('refuses an inspector with ROLE_NOT_ALLOWED', () => {
      spec.given(HISTORY.submitted).when({ type: 'CloseTask' }, { actor: wuxing }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('ReopenTask', () => {
    it.each(['submitted', 'closed'] as const)('an admin reopens a %s task with a reason', (status) => {
      spec.given(HISTORY[status])
        .when({ type: 'ReopenTask', roundStatus: 'active', reason: ' 评分有误，需复核 ' }, { actor: admin })
        .then([
          {
            type: 'TaskReopened',
            data: { taskId: 't-anji', reason: '评分有误，需复核', reopenedFrom: status, reopenedBy: 'admin', reopenedAt: LATER.toISOString() },
          },
        ]);
    });

    it('a reopened task is open again: scores are re-recorded and it is submitted again', () => {
      const reopened = spec.given(HISTORY.closed).when({ type: 'ReopenTask', roundStatus: 'active', reason: '评分有误' }, { actor: admin }).events();
      const history = [...HISTORY.closed, ...reopened];
      expect(spec.given(history).state()).toMatchObject({ status: 'opened', reopenCount: 1, scores: { 'inspector.wuxing': { A1: 8, A2: 4 } } });
      const rescored = spec.given(history).when({ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A1', score: 7 }] }, { actor: wuxing }).events();
      const [resubmitted] = spec.given([...history, ...rescored])
        .when({ type: 'SubmitTask' }, { actor: wuxing })
        .events();
      expect(resubmitted!.type).toBe('TaskSubmitted');
    });

    it.each(['', '   '])('refuses reason %p with REOPEN_REASON_REQUIRED', (reason) => {
      spec.given(HISTORY.closed).when({ type: 'ReopenTask', roundStatus: 'active', reason }, { actor: admin }).thenThrows(ReopenReasonRequired, 'REOPEN_REASON_REQUIRED');
    });

    it('refuses an inspector with ROLE_NOT_ALLOWED', () => {
      spec.given(HISTORY.closed).when({ type: 'ReopenTask', roundStatus: 'active', reason: 'x' }, { actor: wuxing }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });

    it.each(['scoring-closed', 'published', 'archived'] as const)('refuses to reopen a task once its round is %s with ROUND_NOT_ACTIVE', (roundStatus) => {
      spec.given(HISTORY.closed).when({ type: 'ReopenTask', roundStatus, reason: '评分有误' }, { actor: admin }).thenThrows(RoundNotActive, 'ROUND_NOT_ACTIVE');
      spec.given(HISTORY.submitted).when({ type: 'ReopenTask', roundStatus, reason: '评分有误' }, { actor: admin }).thenThrows(RoundNotActive, 'ROUND_NOT_ACTIVE');
    });
  });

  describe('after the round’s scoring closed', () => {
    it('an opened task is still submitted by its inspector and closed by an admin: they add nothing the ranking rests on', () => {
      const history = [...HISTORY.opened, wuxingScored];
      const [submittedLate] = spec.given(history).when({ type: 'SubmitTask' }, { actor: wuxing }).events();
      expect(submittedLate).toMatchObject({ type: 'TaskSubmitted' });
      expect(spec.given([...history, submittedLate!]).when({ type: 'CloseTask' }, { actor: admin }).events()).toEqual([
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
      spec.given(HISTORY[status]).when(command, { actor }).thenThrows(DomainError, code);
    });

    it.each(Object.keys(COMMANDS).filter((type) => type !== 'AssignTask') as TaskCommand['type'][])(
      'an unassigned task refuses %s with TASK_NOT_FOUND (404)',
      (type) => {
        const [command, actor] = COMMANDS[type];
        spec.given([]).when(command, { actor }).thenThrows(NotFoundError, 'TASK_NOT_FOUND');
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
      spec.given(HISTORY[status]).when({ type: 'MarkTaskOverdue' }, { actor: SYSTEM_ACTOR, now: DEADLINE_PASSED }).then([overdue]);
    });

    it('is raised once: afterwards the task wants no timer and a second fire decides nothing', () => {
      const history = [...HISTORY.opened, overdue];
      expect(timers(history)).toEqual([]);
      spec.given(history).when({ type: 'MarkTaskOverdue' }, { actor: SYSTEM_ACTOR, now: new Date('2026-03-20T00:00:00.000Z') }).then([]);
      expect(spec.given(history).state()).toMatchObject({ status: 'opened', overdueAt: DEADLINE_PASSED.toISOString() });
    });

    it('a task reopened after going overdue does not go overdue again', () => {
      const history = [...HISTORY.opened, overdue, wuxingScored, submitted];
      const reopened = spec.given(history).when({ type: 'ReopenTask', roundStatus: 'active', reason: '补充材料' }, { actor: admin }).events();
      expect(timers([...history, ...reopened])).toEqual([]);
    });

    it('a task reopened before its deadline wants the timer again', () => {
      const reopened = spec.given(HISTORY.submitted).when({ type: 'ReopenTask', roundStatus: 'active', reason: '补充材料' }, { actor: admin }).events();
      expect(timers([...HISTORY.submitted, ...reopened])).toHaveLength(1);
    });

    it('a fire before the deadline (a clock running early) decides nothing', () => {
      spec.given(HISTORY.opened).when({ type: 'MarkTaskOverdue' }, { actor: SYSTEM_ACTOR, now: new Date('2026-03-09T15:59:59.999Z') }).then([]);
    });

    it.each(['submitted', 'closed'] as const)('a stale fire on a %s task decides nothing', (status) => {
      spec.given(HISTORY[status]).when({ type: 'MarkTaskOverdue' }, { actor: SYSTEM_ACTOR, now: DEADLINE_PASSED }).then([]);
    });

    it.each([admin, wuxing])('only the system marks a task overdue: $userId gets ROLE_NOT_ALLOWED', (actor) => {
      spec.given(HISTORY.opened).when({ type: 'MarkTaskOverdue' }, { actor, now: DEADLINE_PASSED }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });
});
