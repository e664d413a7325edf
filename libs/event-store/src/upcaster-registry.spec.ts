import { InvalidUpcasterError } from './event-store.errors';
import { UpcasterRegistry } from './upcaster-registry';

describe('UpcasterRegistry', () => {
  const registry = new UpcasterRegistry().register(
    {
      type: 'TaskAssigned',
      fromSchemaVersion: 1,
      toSchemaVersion: 2,
      upcast: ({ inspectorId, ...rest }) => ({ ...rest, inspectorIds: [inspectorId] }),
    },
    {
      type: 'TaskAssigned',
      fromSchemaVersion: 2,
      toSchemaVersion: 3,
      upcast: (data) => ({ ...data, dueWorkingDays: data['dueWorkingDays'] ?? 10 }),
    },
  );

  it('given a v1 event, it applies every upcaster in turn up to the current shape', () => {
    const event = { type: 'TaskAssigned', schemaVersion: 1, data: { inspectorId: 'u1' } };
    expect(registry.upcast(event)).toEqual({
      type: 'TaskAssigned',
      schemaVersion: 3,
      data: { inspectorIds: ['u1'], dueWorkingDays: 10 },
    });
  });

  it('given a current event, it returns it unchanged', () => {
    const event = { type: 'TaskAssigned', schemaVersion: 3, data: { inspectorIds: ['u1'], dueWorkingDays: 5 } };
    expect(registry.upcast(event)).toBe(event);
  });

  it('refuses an upcaster that does not move forward, and a second one for the same version', () => {
    expect(() =>
      new UpcasterRegistry().register({ type: 'X', fromSchemaVersion: 2, toSchemaVersion: 2, upcast: (d) => d }),
    ).toThrow(InvalidUpcasterError);
    expect(() =>
      registry.register({ type: 'TaskAssigned', fromSchemaVersion: 1, toSchemaVersion: 4, upcast: (d) => d }),
    ).toThrow(InvalidUpcasterError);
  });
});
