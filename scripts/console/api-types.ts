/**
 * The console's API types, generated from the API's own OpenAPI document with openapi-typescript:
 *
 *   npm run console:api-types          writes apps/console/src/api/schema.d.ts
 *   npm run console:api-types -- --check   exits 1 when the committed file differs
 *
 * `test/console/api-types.e2e-spec.ts` runs the check, so the console and the API cannot drift
 * apart silently.
 */
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import openapiTS, { astToString } from 'openapi-typescript';
import { primaryTarget } from '@app/testing';
import { HTTP_APP_OPTIONS } from '../../apps/api/src/http/http-app';
import { openApiDocument } from '../../apps/api/src/openapi/openapi.setup';
import { compileAppTestModule } from '../../apps/api/src/testing/app-test-module';

export const API_TYPES_FILE = join(__dirname, '..', '..', 'apps', 'console', 'src', 'api', 'schema.d.ts');

const HEADER = `/**
 * The API's types, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: run \`npm run console:api-types\` after changing the API.
 */

`;

/** The API's OpenAPI document, from the real AppModule on a throwaway database. */
export async function currentApiDocument(): Promise<Record<string, unknown>> {
  const db = await primaryTarget().create();
  try {
    const moduleRef = await compileAppTestModule(db.database);
    const app = moduleRef.createNestApplication<NestExpressApplication>({ ...HTTP_APP_OPTIONS, logger: ['error', 'fatal'] });
    try {
      return JSON.parse(JSON.stringify(openApiDocument(app))) as Record<string, unknown>;
    } finally {
      await app.close();
    }
  } finally {
    await db.dispose();
  }
}

/** The TypeScript declarations of a document, as the committed file holds them. */
export async function apiTypesOf(document: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true, exportType: true });
  return HEADER + astToString(ast);
}

async function main(check: boolean): Promise<number> {
  const types = await apiTypesOf(await currentApiDocument());
  if (!check) {
    await writeFile(API_TYPES_FILE, types);
    console.log(`wrote ${API_TYPES_FILE}`);
    return 0;
  }
  const committed = await readFile(API_TYPES_FILE, 'utf8').catch(() => '');
  if (committed === types) return 0;
  console.error(`${API_TYPES_FILE} does not match the API's OpenAPI document: run npm run console:api-types and commit the file`);
  return 1;
}

if (require.main === module) {
  main(process.argv.includes('--check')).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
