import { caseStreamId, caseStreams, orgUnitStreamId, orgUnitStreams, roundStreamId, roundStreams, taskStreamId, taskStreams } from '..';
import { streamNaming } from './stream-naming';

describe('stream naming', () => {
  it('names a stream `<category>-<entity id>` and reads the entity back, dashes in the id included', () => {
    const naming = streamNaming('case');
    expect(naming.streamIdOf('c-1-yucun')).toBe('case-c-1-yucun');
    expect(naming.entityIdOf('case-c-1-yucun')).toBe('c-1-yucun');
    expect(naming.includes('case-c-1')).toBe(true);
  });

  it('tells another type’s stream apart and refuses to read an entity id from it', () => {
    const naming = streamNaming('case');
    expect(naming.includes('task-c-1')).toBe(false);
    expect(naming.includes('cases-1')).toBe(false);
    expect(() => naming.entityIdOf('task-c-1')).toThrow('task-c-1 is not a case stream');
  });

  it.each([
    ['case', caseStreams, caseStreamId],
    ['task', taskStreams, taskStreamId],
    ['round', roundStreams, roundStreamId],
    ['orgunit', orgUnitStreams, orgUnitStreamId],
  ] as const)('the %s streams keep the ids already in the log: their category is the event store’s', (category, naming, streamIdOf) => {
    expect(naming.category).toBe(category);
    expect(streamIdOf('anji')).toBe(`${category}-anji`);
    expect(naming.entityIdOf(streamIdOf('anji'))).toBe('anji');
  });
});
