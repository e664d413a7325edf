import type { EventToAppend } from '@app/event-store';
import { evolveTask, initialTaskState, TaskEvent, TaskState, taskStreams } from '@app/supervision';
import { at, randomBoardHistory, taskAssigned, taskEvent } from '../board-history.spec-fixtures';
import { foldTaskDocument, NO_TASK, TaskBoardDocument, TaskDocument } from './task-document';

/** Given these events of one task's stream, in version order: the board's document. */
function given(...events: EventToAppend[]): TaskBoardDocument {
  return events.reduce<TaskBoardDocument>(
    (document, event, index) => foldTaskDocument(document, { streamId: 'task-t', version: index + 1, type: event.type, data: event.data as Record<string, unknown> }),
    NO_TASK,
  );
}

function assigned(document: TaskBoardDocument): TaskDocument {
  if (document.status === 'unassigned') throw new Error('the task was not assigned');
  return document;
}

describe('the task board’s document', () => {
  it('given TaskAssigned: the task with its round, target, inspectors, rubric and deadline, nothing recorded yet', () => {
    expect(given(taskAssigned('t', 'r', 'anji', ['insp-a']))).toEqual({
      status: 'assigned',
      taskId: 't',
      roundId: 'r',
      roundKind: 'walk-see-compete',
      targetUnitId: 'anji',
      targetCountyId: null,
      inspectors: [{ inspectorId: 'insp-a', homeCountyId: null }],
      rubric: { version: 1, items: [{ code: 'a', title: 'A', weight: 1, maxScore: 10 }] },
      dueOn: at(7).slice(0, 10),
      deadlineAt: at(7),
      assignedAt: at(0),
      scores: {},
      findings: [],
      overdueAt: null,
      reopenCount: 0,
    });
  });

  it('given scores: each inspector’s latest score per item, an item scored again replaced', () => {
    const document = assigned(
      given(
        taskAssigned('t', 'r', 'anji', ['insp-a']), taskEvent('t', 'TaskOpened', 1), taskEvent('t', 'TaskScoresRecorded', 2),
        taskEvent('t', 'TaskScoresRecorded', 3, { inspectorId: 'insp-b', scores: [{ itemCode: 'a', score: 4 }, { itemCode: 'b', score: 6 }] }),
        taskEvent('t', 'TaskScoresRecorded', 7),
      ),
    );
    expect(document.scores).toEqual({ inspector: { a: 7 }, 'insp-b': { a: 4, b: 6 } });
  });

  it('given findings: each listed with what was found, its severity, unit and inspector', () => {
    const document = assigned(given(taskAssigned('t', 'r', 'anji', ['insp-a']), taskEvent('t', 'TaskFindingRecorded', 2), taskEvent('t', 'TaskFindingRecorded', 3)));
    expect(document.findings).toEqual([
      { findingId: 'f-2', title: 't', description: 'd', severity: 'low', unitId: 'u', recordedBy: 'inspector', attachments: [] },
      { findingId: 'f-3', title: 't', description: 'd', severity: 'low', unitId: 'u', recordedBy: 'inspector', attachments: [] },
    ]);
  });

  it('given a step out of turn (submitted before it was opened): the document stays where it was', () => {
    const document = assigned(given(taskAssigned('t', 'r', 'anji', ['insp-a']), taskEvent('t', 'TaskSubmitted', 2), taskEvent('t', 'TaskClosed', 3)));
    expect(document.status).toBe('assigned');
    expect(document).not.toHaveProperty('submittedAt');
  });

  it('given a reopening after closing: open again, opened when it first was, without its submission and closing, counted', () => {
    const document = assigned(
      given(
        taskAssigned('t', 'r', 'anji', ['insp-a']), taskEvent('t', 'TaskOpened', 1), taskEvent('t', 'TaskSubmitted', 2), taskEvent('t', 'TaskClosed', 3),
        taskEvent('t', 'TaskReopened', 4),
      ),
    );
    expect(document).toMatchObject({ status: 'opened', openedAt: at(1), reopenCount: 1 });
    for (const gone of ['submittedAt', 'submittedBy', 'closedAt']) expect(document).not.toHaveProperty(gone);
  });

  it('given TaskOverdue: when it was marked; given events before TaskAssigned: no task', () => {
    expect(assigned(given(taskAssigned('t', 'r', 'anji', ['insp-a']), taskEvent('t', 'TaskOverdue', 9))).overdueAt).toBe(at(9));
    expect(given(taskEvent('t', 'TaskOpened', 1))).toEqual(NO_TASK);
  });

  it('holds what the task views show for every task of a long random history: the same fields and values as the decider’s state', () => {
    const history = randomBoardHistory('doc', 31, { tasks: 400, cases: 0 });
    const tasks = [...history.streams].filter(([streamId]) => taskStreams.includes(streamId));
    expect(tasks).toHaveLength(400);
    for (const [, events] of tasks) {
      const decided = events.reduce<TaskState>((state, event) => evolveTask(state, event as unknown as TaskEvent), initialTaskState());
      expect(given(...events)).toEqual(decided);
    }
  });
});
