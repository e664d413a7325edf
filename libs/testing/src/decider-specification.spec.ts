import { Actor, DomainError, loadChinaCalendar, RoleNotAllowedError, WorkflowDefinition } from '@app/workflow';
import { deciderSpecification } from './decider-specification';

/*
 * A door that rings: the smallest workflow with a role, a guard, a setting and a timer, to show
 * that the specification decides through the definition as the engine does.
 */
type DoorState = { status: 'closed' } | { status: 'open'; openedAt: string };
type DoorCommand = { type: 'Open'; note: string } | { type: 'Close' };
type DoorEvent = { type: 'Opened'; data: { at: string; by: string; volume: number } } | { type: 'Closed'; data: { at: string } };

class NoteRequired extends DomainError {
  readonly code = 'NOTE_REQUIRED';
}

class DoorAlreadyOpen extends DomainError {
  readonly code = 'DOOR_ALREADY_OPEN';
}

const door: WorkflowDefinition<DoorState, DoorCommand, DoorEvent, { volume: number }> = {
  name: 'door',
  version: 1,
  initialState: () => ({ status: 'closed' }),
  evolve: (_state, event) => (event.type === 'Opened' ? { status: 'open', openedAt: event.data.at } : { status: 'closed' }),
  statusOf: (state) => state.status,
  refuse: () => new DoorAlreadyOpen('Door already open'),
  states: {
    closed: {
      on: {
        Open: {
          roles: ['keeper'],
          guards: [
            (_state, command) => {
              if (command.note === '') throw new NoteRequired('A door is opened with a note');
            },
          ],
          decide: (_state, _command, { actor, now, settings }) => [{ type: 'Opened', data: { at: now.toISOString(), by: actor.userId, volume: settings.volume } }],
        },
      },
    },
    open: {
      on: { Close: { roles: ['keeper'], decide: (_state, _command, { now }) => [{ type: 'Closed', data: { at: now.toISOString() } }] } },
      timers: (state, { settings }) => [
        { name: `close-${settings.volume}`, dueAt: new Date(Date.parse((state as { openedAt: string }).openedAt) + 60_000), command: { type: 'Close' } },
      ],
    },
  },
};

const NOW = new Date('2026-03-02T01:00:00.000Z');
const LATER = new Date('2026-03-02T02:00:00.000Z');
const keeper: Actor = { userId: 'keeper', roles: ['keeper'] };
const visitor: Actor = { userId: 'visitor', roles: ['visitor'] };
const spec = deciderSpecification(door, { now: NOW, calendar: loadChinaCalendar(), settings: { volume: 3 } });
const opened: DoorEvent = { type: 'Opened', data: { at: NOW.toISOString(), by: 'keeper', volume: 3 } };

describe('deciderSpecification', () => {
  it('decides with the spec’s context and the actor the when names', () => {
    spec.given([]).when({ type: 'Open', note: 'delivery' }, { actor: keeper }).then([opened]);
  });

  it('a when’s own now and settings replace the spec’s for that decision only', () => {
    spec
      .given([])
      .when({ type: 'Open', note: 'delivery' }, { actor: keeper, now: LATER, settings: { volume: 9 } })
      .then([{ type: 'Opened', data: { at: LATER.toISOString(), by: 'keeper', volume: 9 } }]);
    expect(spec.given([]).when({ type: 'Open', note: 'delivery' }, { actor: keeper }).events()).toEqual([opened]);
  });

  it('refuses as the engine does: the state first, then the role, then the guards', () => {
    spec.given([opened]).when({ type: 'Open', note: '' }, { actor: visitor }).thenThrows(DoorAlreadyOpen, 'DOOR_ALREADY_OPEN');
    spec.given([]).when({ type: 'Open', note: '' }, { actor: visitor }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    spec.given([]).when({ type: 'Open', note: '' }, { actor: keeper }).thenThrows(NoteRequired, 'NOTE_REQUIRED');
  });

  it('folds the given events with the definition’s evolve, and asks its timers of the folded state', () => {
    expect(spec.given([opened]).state()).toEqual({ status: 'open', openedAt: NOW.toISOString() });
    expect(spec.given([opened]).timers()).toEqual([{ name: 'close-3', dueAt: new Date(NOW.getTime() + 60_000), command: { type: 'Close' } }]);
    expect(spec.given([opened]).timers({ settings: { volume: 5 } })).toEqual([expect.objectContaining({ name: 'close-5' })]);
    expect(spec.given([]).timers()).toEqual([]);
  });
});
