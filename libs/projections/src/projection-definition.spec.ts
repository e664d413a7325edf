import { RecordedEvent } from '@app/event-store';
import { MigrationInterface } from 'typeorm';
import { applyEachEvent, isProjected, migrationName, ProjectionContext, ProjectionDefinition, validateDefinitions } from './projection-definition';

const recorded = (type: string, category = 'task', position = 1): RecordedEvent => ({
  position,
  streamId: `${category}-1`,
  category,
  version: position,
  id: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
  type,
  schemaVersion: 1,
  data: {},
  metadata: {},
  recordedAt: new Date('2026-01-05T00:00:00Z'),
  hash: '',
  transactionId: '100',
});

const context = {} as ProjectionContext;

const definition = (overrides: Partial<ProjectionDefinition> = {}): ProjectionDefinition => ({
  name: 'case-board',
  kind: 'async',
  entities: [],
  migrations: [{ name: 'CreateCaseBoard1767225600000', up: async () => undefined, down: async () => undefined }],
  apply: async () => undefined,
  ...overrides,
});

describe('applyEachEvent', () => {
  it('calls the handler of each event type in order and passes over types it has no handler for', async () => {
    const seen: string[] = [];
    const apply = applyEachEvent({
      TaskOpened: async (event) => void seen.push(`opened@${event.position}`),
      TaskClosed: async (event) => void seen.push(`closed@${event.position}`),
    });
    await apply([recorded('TaskOpened', 'task', 1), recorded('ItemScored', 'task', 2), recorded('TaskClosed', 'task', 3)], context);
    expect(seen).toEqual(['opened@1', 'closed@3']);
  });

  it('stops at the first handler that throws', async () => {
    const seen: number[] = [];
    const apply = applyEachEvent({
      A: async (event) => {
        if (event.position === 2) throw new Error('bad event');
        seen.push(event.position);
      },
    });
    await expect(apply([recorded('A', 'task', 1), recorded('A', 'task', 2), recorded('A', 'task', 3)], context)).rejects.toThrow('bad event');
    expect(seen).toEqual([1]);
  });
});

describe('isProjected', () => {
  it('passes every event when a definition has no filters', () => {
    expect(isProjected({}, recorded('Anything'))).toBe(true);
  });

  it('passes only the listed types and categories, both when both are given', () => {
    const filter = { types: ['TaskOpened'], categories: ['task'] };
    expect(isProjected(filter, recorded('TaskOpened', 'task'))).toBe(true);
    expect(isProjected(filter, recorded('TaskClosed', 'task'))).toBe(false);
    expect(isProjected(filter, recorded('TaskOpened', 'case'))).toBe(false);
  });
});

describe('validateDefinitions', () => {
  it('accepts well-formed definitions', () => {
    expect(() => validateDefinitions([definition(), definition({ name: 'ranking', kind: 'inline' })])).not.toThrow();
  });

  it('names every problem at once', () => {
    const problems = [
      definition({ name: 'Case Board' }),
      definition({ name: 'ranking' }),
      definition({ name: 'ranking' }),
      definition({ name: 'lists', kind: 'sometimes' as never }),
      definition({ name: 'trail', migrations: [] }),
    ];
    expect(() => validateDefinitions(problems)).toThrow(
      /"Case Board" must be lower-case[\s\S]*"ranking" is registered twice[\s\S]*"lists": kind must be[\s\S]*"trail" has no migrations/,
    );
  });

  it('refuses two migrations with the same ledger name', () => {
    const twice = { name: 'CreateBoard1', up: async () => undefined, down: async () => undefined };
    expect(() => validateDefinitions([definition({ migrations: [twice, twice] })])).toThrow('two migrations with the same name');
  });
});

describe('migrationName', () => {
  it('is the migration name when it has one, else its class name (TypeORM migrations are classes)', () => {
    class CreateRanking1767225600000 implements MigrationInterface {
      async up(): Promise<void> {}
      async down(): Promise<void> {}
    }
    expect(migrationName(CreateRanking1767225600000)).toBe('CreateRanking1767225600000');
    expect(migrationName({ name: 'Named', up: async () => undefined, down: async () => undefined })).toBe('Named');
  });
});
