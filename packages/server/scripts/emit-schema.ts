/**
 * Writes the schema the server serves to packages/shared/schema.graphql, where the apps'
 * codegen and the contract check read it. `--check` fails instead when the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildApiSchema, printApiSchema } from '../src/graphql/schema.js';

const target = resolve(import.meta.dirname, '../../shared/schema.graphql');
const printed = printApiSchema(await buildApiSchema());
if (process.argv.includes('--check')) {
  const committed = readFileSync(target, 'utf8');
  if (committed !== printed) {
    console.error('packages/shared/schema.graphql is stale: run `pnpm schema` and commit it');
    process.exit(1);
  }
  console.log('schema.graphql is up to date');
} else {
  writeFileSync(target, printed);
  console.log(`wrote ${target}`);
}
