import { DomainError, NotFoundError } from '@app/workflow';
import { TaskCommand } from './task.commands';
import { COMMANDS, HISTORY, spec } from './task.spec-fixtures';

describe('task workflow: the state table', () => {
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
});
