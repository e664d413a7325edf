import { DomainError, ForbiddenError, RoleNotAllowedError } from '@app/workflow';
import { RoundNotActive } from '../rounds';
import { RecordFinding } from './task.commands';
import {
  DuplicateScoreItem,
  FindingAlreadyRecorded,
  FindingIncomplete,
  FindingOutsideTarget,
  InspectorRecused,
  NoScoresGiven,
  NotAssignedInspector,
  ScoreOutOfRange,
  ScoresIncomplete,
  UnknownFindingSeverity,
  UnknownRubricItem,
} from './task.errors';
import { TaskAssigned } from './task.events';
import {
  admin,
  assigned,
  cityInspector,
  COMMANDS,
  finding,
  HISTORY,
  LATER,
  majorInspectionAssigned,
  nanxun,
  official,
  opened,
  spec,
  wuxing,
  wuxingScored,
} from './task.spec-fixtures';

describe('task inspection', () => {
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

    it('records the photos taken on site with the finding, and keeps them on the task', () => {
      const photo = { sha256: 'c'.repeat(64), name: '无人值守.jpg', contentType: 'image/jpeg', size: 80_000 };
      const [event] = spec.given(HISTORY.opened).when(finding({ attachments: [photo] }), { actor: wuxing }).events();
      expect(event).toMatchObject({ data: { findingId: 'f-1', attachments: [photo] } });
      spec.given(HISTORY.opened).when(finding({ attachments: [photo, photo] }), { actor: wuxing }).thenThrows(DomainError, 'INVALID_ATTACHMENTS');
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
});
