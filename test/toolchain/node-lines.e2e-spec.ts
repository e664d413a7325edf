import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import semver from 'semver';

const ROOT = resolve(__dirname, '../..');

/** The Node.js lines the project runs on: what package.json's `engines.node` promises. */
const PROMISED = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node as string;

/** The first release of each supported line the promise admits (20 reached its end in April 2026, but these machines have it). */
const FIRST_ADMITTED = ['20.19.0', '22.13.0', '24.11.0'];

/** Every installed package's name, version and `engines.node`, nested copies included. */
function installedEngines(): { name: string; range: string }[] {
  const found: { name: string; range: string }[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.name.startsWith('@')) {
        walk(path);
        continue;
      }
      try {
        const manifest = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')) as { name?: string; version?: string; engines?: { node?: unknown } };
        if (typeof manifest.engines?.node === 'string') found.push({ name: `${manifest.name}@${manifest.version}`, range: manifest.engines.node });
      } catch {
        // A folder without a manifest is no package.
      }
      try {
        walk(join(path, 'node_modules'));
      } catch {
        // No nested packages.
      }
    }
  };
  walk(join(ROOT, 'node_modules'));
  return found;
}

/**
 * Node.js 20 is what these machines have; 22 and 24 are the supported LTS lines. Nothing installed
 * may refuse a line the project promises, and the promise covers all three (the image runs 24).
 */
describe('the Node.js lines the project runs on', () => {
  it('package.json promises 20.19+, 22 and 24 LTS', () => {
    for (const version of FIRST_ADMITTED) expect({ version, admitted: semver.satisfies(version, PROMISED) }).toEqual({ version, admitted: true });
  });

  it('no installed package refuses a release the promise admits', () => {
    const refusing = installedEngines().flatMap(({ name, range }) =>
      FIRST_ADMITTED.filter((version) => !semver.satisfies(version, range, { includePrerelease: true })).map((version) => `${name} (engines ${range}) refuses ${version}`),
    );
    expect(refusing).toEqual([]);
  });

  it('the image builds and runs on a supported line', () => {
    const dockerfile = readFileSync(join(ROOT, 'docker/Dockerfile'), 'utf8');
    const bases = [...dockerfile.matchAll(/^FROM node:(\d+)/gm)].map((match) => Number(match[1]));
    expect(bases.length).toBeGreaterThan(0);
    expect(bases.every((line) => line === 24)).toBe(true);
  });
});
