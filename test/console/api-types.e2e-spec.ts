import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The console's API types are the API's OpenAPI document as it is now: they cannot drift apart
 * silently. (The generator runs in its own process: openapi-typescript loads ES modules that
 * Jest's module system cannot.)
 */
describe('the console’s generated API types', () => {
  it('match the API’s OpenAPI document (else: npm run console:api-types, and commit the file)', () => {
    const root = join(__dirname, '..', '..');
    const check = spawnSync(process.execPath, ['-r', '@swc-node/register', 'scripts/console/api-types.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect({ status: check.status, stderr: check.stderr.trim() }).toEqual({ status: 0, stderr: '' });
  }, 120_000);
});
