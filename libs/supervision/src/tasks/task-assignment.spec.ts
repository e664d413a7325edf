import { RoleNotAllowedError, SYSTEM_ACTOR } from '@app/workflow';
import { InvalidRubric, RoundNotAcceptingTasks, UnknownRoundKind } from '../rounds';
import { AssignTask } from './task.commands';
import {
  DuplicateInspector,
  InspectorRecused,
  InspectorRequired,
  InvalidDueWorkingDays,
  TaskTargetRequired,
  UnitAlreadyHasTask,
} from './task.errors';
import { admin, assign, assigned, HISTORY, NOW, official, spec, wuxing } from './task.spec-fixtures';

describe('task assignment', () => {
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
});
