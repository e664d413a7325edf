import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The layering the code keeps, checked on the sources themselves:
 * - the domain (libs/workflow, libs/supervision) decides and does no I/O: it imports only itself,
 *   node:crypto and the lunar-calendar library, type imports included;
 * - read models are plain code behind the projection runtime: no Nest;
 * - controllers hand commands and queries to the buses: no event store, no engine, no decider.
 */

const ROOT = join(__dirname, '..');

interface Import {
  readonly source: string;
  readonly names: readonly string[];
}

/** Every module a file names: static imports and re-exports (type-only ones too), `import('…')` types, `require`. */
export function importsOf(text: string): Import[] {
  const found: Import[] = [];
  for (const match of text.matchAll(/(?:^|[\n;])\s*(?:import|export)\s+(?:type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g)) {
    found.push({ source: match[2]!, names: namesIn(match[1]!) });
  }
  for (const match of text.matchAll(/(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]/g)) found.push({ source: match[1]!, names: [] });
  for (const match of text.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ source: match[1]!, names: [] });
  return found;
}

function namesIn(clause: string): string[] {
  const braces = /\{([^}]*)\}/.exec(clause);
  const listed = braces === null ? [] : braces[1]!.split(',').map((part) => part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]!.trim());
  const outside = clause.replace(/\{[^}]*\}/, '').replace(/[*,]|\bas\b|\btype\b/g, ' ').split(/\s+/);
  return [...listed, ...outside].filter((name) => name.length > 0);
}

function sourceFiles(directory: string, keep: (path: string) => boolean): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path, keep);
    return path.endsWith('.ts') && keep(path) ? [path] : [];
  });
}

const isProductionCode = (path: string) => !/\.(spec|int-spec|e2e-spec|spec-fixtures)\.ts$/.test(path) && !path.includes('/testing/');

function filesUnder(roots: readonly string[], keep: (path: string) => boolean = isProductionCode): Array<[string, string]> {
  return roots.flatMap((root) => sourceFiles(join(ROOT, root), keep)).map((file) => [relative(ROOT, file), file]);
}

const importsIn = (file: string) => importsOf(readFileSync(file, 'utf8'));

/** A relative import, as a path from the repository root. */
const resolved = (file: string, source: string) => relative(ROOT, resolve(dirname(file), source));

const DOMAIN_ROOTS = ['libs/workflow/src', 'libs/supervision/src'];
const DOMAIN_PACKAGES = new Set(['@app/workflow', '@app/supervision', 'node:crypto', 'tyme4ts']);

/** What the domain may not import, by what it is; an import outside the allowed list fails either way. */
function domainViolations(file: string): string[] {
  return importsIn(file)
    .map(({ source }) => source)
    .filter((source) =>
      source.startsWith('.') ? !DOMAIN_ROOTS.some((root) => resolved(file, source).startsWith(root)) : !DOMAIN_PACKAGES.has(source),
    );
}

const ENGINE_AND_STORE_NAMES = new Set(['WorkflowEngine', 'WorkflowHandle', 'EventStore', 'PostgresEventStore', 'EVENT_STORE', 'StoreTransaction']);

function controllerViolations(file: string): string[] {
  return importsIn(file).flatMap(({ source, names }) => {
    if (source === '@app/event-store' || source === '@app/supervision') return [source];
    if (source.startsWith('.') && /(^|\/)libs\//.test(resolved(file, source))) return [source];
    if (source.startsWith('.') && /\.(workflow|decider|rules)$/.test(source)) return [source];
    return names.filter((name) => ENGINE_AND_STORE_NAMES.has(name)).map((name) => `${name} from ${source}`);
  });
}

describe('the import checker', () => {
  it('sees type imports, multi-line imports, re-exports and dynamic imports', () => {
    const text = [
      "import type { Pool } from 'pg';",
      'import {',
      '  Controller,',
      '  type Get,',
      "} from '@nestjs/common';",
      "export { caseStreams } from './case.streams';",
      "export * from './round.rules';",
      "type Row = import('typeorm').ObjectLiteral;",
      "import 'reflect-metadata';",
      "import Engine, { WorkflowEngine as Runner } from '@app/workflow-runtime';",
    ].join('\n');
    expect(importsOf(text)).toEqual(
      expect.arrayContaining([
        { source: 'pg', names: ['Pool'] },
        { source: '@nestjs/common', names: ['Controller', 'Get'] },
        { source: './case.streams', names: ['caseStreams'] },
        { source: './round.rules', names: [] },
        { source: 'typeorm', names: [] },
        { source: 'reflect-metadata', names: [] },
        { source: '@app/workflow-runtime', names: ['WorkflowEngine', 'Engine'] },
      ]),
    );
  });
});

describe('the domain imports no framework and no infrastructure (type imports included)', () => {
  const files = filesUnder(DOMAIN_ROOTS);

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files)('%s', (_name, file) => {
    expect(domainViolations(file)).toEqual([]);
  });
});

describe('read models import no Nest', () => {
  const files = filesUnder(['libs/read-models/src']);

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s', (_name, file) => {
    expect(importsIn(file).filter(({ source }) => source.startsWith('@nestjs/'))).toEqual([]);
  });
});

describe('controllers import no event store, no engine and no decider', () => {
  const files = filesUnder(['apps'], (path) => path.endsWith('.controller.ts'));

  it('has every capability’s controller to check', () => {
    expect(files.map(([name]) => name)).toEqual(expect.arrayContaining(['apps/api/src/cases/cases.controller.ts', 'apps/api/src/tasks/tasks.controller.ts', 'apps/api/src/rounds/rounds.controller.ts']));
  });

  it.each(files)('%s', (_name, file) => {
    expect(controllerViolations(file)).toEqual([]);
  });
});
