import { RoleNotAllowedError, SYSTEM_ACTOR } from '@app/workflow';
import { TaskEvent } from './task.events';
import { admin, HISTORY, spec, submitted, timers, wuxing, wuxingScored } from './task.spec-fixtures';

describe('task overdue timer', () => {
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
