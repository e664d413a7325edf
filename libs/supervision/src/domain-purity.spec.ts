import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// The domain decides; it does not do I/O. These libraries may import each other and nothing
// that talks to a database, a network, the file system or the framework.
const PURE_ROOTS = ['libs/supervision/src', 'libs/workflow/src'];
const FORBIDDEN = [/^pg$/, /^@nestjs\//, /^@app\/(database|event-store|workflow-runtime|auth|config)$/, /^node:(fs|net|http|child_process)/, /^typeorm/, /^kafkajs/];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the domain libraries stay free of infrastructure', () => {
  const root = join(__dirname, '..', '..', '..');
  const files = PURE_ROOTS.flatMap((pureRoot) => sourceFiles(join(root, pureRoot)));

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s imports nothing that does I/O', (_name, file) => {
    const imports = [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/g)]
      .filter((match) => !/^\s*(?:import|export)\s+type\b/.test(match[0]))
      .map((match) => match[1]!);
    expect(imports.filter((source) => FORBIDDEN.some((pattern) => pattern.test(source)))).toEqual([]);
  });
});
