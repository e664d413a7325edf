import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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

describe('stream ids in the code that runs', () => {
  // The code that names supervision streams: the API, the domain, the read models, the runtime
  // and the benches. The event store, the projections and messaging take stream ids as opaque.
  const FOLDERS = ['apps', 'libs/supervision/src', 'libs/read-models/src', 'libs/workflow-runtime/src', 'bench'];
  // `case-warning-red` (a timer), `case-board` (a read model), `task-of-round-unit` (an id seed) and
  // the like start as a stream id would and are none.
  const SPELT_STREAM_ID = /[`'"](?:orgunit|case|task|round)-(?!(?:warning|lineage|board|history|closed|of-|overdue)\b)(?:\$\{|[\w\u4e00-\u9fff]|[`'"])/;
  const root = join(__dirname, '..', '..', '..', '..');
  const sources = (directory: string): string[] =>
    readdirSync(directory).flatMap((name) => {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
      return path.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(path) && !path.endsWith('.spec-fixtures.ts') ? [path] : [];
    });

  it('spells none: each is made and read through its type’s naming', () => {
    const spelt = FOLDERS.flatMap((folder) => sources(join(root, folder))).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line: line.trim(), at: `${relative(root, file)}:${index + 1}` }))
        .filter(({ line }) => !line.startsWith('*') && !line.startsWith('//') && !line.startsWith('/*') && SPELT_STREAM_ID.test(line))
        .map(({ at, line }) => `${at} ${line}`),
    );
    expect(spelt).toEqual([]);
  });
});
