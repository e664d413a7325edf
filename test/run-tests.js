#!/usr/bin/env node
// `npm test`: picks the database the integration suites run on, builds the web console, then runs Jest.
//   DATABASE_URL set          → that server;
//   else 127.0.0.1:5432 answers → the local server;
//   else                      → the embedded database only (with CI=true this is a failure).
// The event-store contract suite always runs on the embedded database as well.
const { spawnSync } = require('node:child_process');
const { Client } = require('pg');

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

async function answers(url) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function main() {
  const env = { ...process.env };
  const ci = env.CI === 'true';
  let server = env.DATABASE_URL;
  if (server) {
    if (!(await answers(server))) {
      console.error(`DATABASE_URL is set but the server does not answer: ${server}`);
      process.exit(1);
    }
  } else if (await answers(LOCAL_SERVER)) {
    server = LOCAL_SERVER;
  } else if (ci) {
    console.error('CI=true and no PostgreSQL server answers at 127.0.0.1:5432; refusing to skip the server suites.');
    process.exit(1);
  }
  if (server) env.TEST_DATABASE_URL = server;
  else console.error('No PostgreSQL server found: integration suites run on the embedded database only.');
  delete env.DATABASE_URL; // the suites make their own databases on TEST_DATABASE_URL
  // The browser suites drive the built console (dist/console); build it as `npm start` does.
  const build = spawnSync('npm', ['run', '--silent', 'build:console'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  // PGlite loads its WASM build with a dynamic import, which Jest's module sandbox only allows with this flag.
  const jest = require.resolve('jest/bin/jest');
  const result = spawnSync(process.execPath, ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', jest, ...process.argv.slice(2)], { stdio: 'inherit', env });
  process.exit(result.status ?? 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
