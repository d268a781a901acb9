import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually } from '../../test/support/eventually.js';
import { startTestApp, testAdminPassword, type TestApp } from '../../test/support/test-app.js';
import { operationLimits, validatorWithLimits } from './operation-limits.js';
import { buildApiSchema } from './schema.js';

/** `{ halls { counters { hall { counters { … { id } } } } } }`, `levels` pairs deep. */
function nested(levels: number): string {
  let selection = 'id';
  for (let level = 0; level < levels; level += 1) selection = `counters { hall { ${selection} } }`;
  return `query Deep { halls { ${selection} } }`;
}

function aliased(count: number): string {
  return `query Aliased { ${Array.from({ length: count }, (_, index) => `a${index}: halls { id }`).join(' ')} }`;
}

/** Every GraphQL document the two apps send, from their generated code. */
async function appDocuments(): Promise<[string, DocumentNode][]> {
  const documents: [string, DocumentNode][] = [];
  for (const app of ['hall-display', 'counter-client']) {
    const file = resolve(import.meta.dirname, `../../../${app}/src/gql/graphql.ts`);
    const generated = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(generated)) {
      if (name.endsWith('Document') && (value as { kind?: string } | null)?.kind === 'Document') {
        documents.push([`${app} ${name}`, value as DocumentNode]);
      }
    }
  }
  return documents;
}

let schema: GraphQLSchema;
let testApp: TestApp;
let adminToken: string;
beforeAll(async () => {
  schema = await buildApiSchema();
  testApp = await startTestApp();
  adminToken = await testApp.login('admin', testAdminPassword);
});
afterAll(async () => {
  await testApp?.close();
});

describe('operation limits', () => {
  it('let every document of the apps through', async () => {
    const documents = await appDocuments();
    expect(documents.length).toBeGreaterThan(40);
    const validateInProduction = validatorWithLimits(true);
    for (const [name, document] of documents) {
      expect(
        validateInProduction(schema, document).map((error) => error.message),
        name,
      ).toEqual([]);
    }
    // The folders hold no other generated document files.
    expect(readdirSync(resolve(import.meta.dirname, '../../../counter-client/src/gql'))).toContain(
      'graphql.ts',
    );
  });

  it('refuse a document nested too deep, over HTTP, with BAD_USER_INPUT and nothing run', async () => {
    const fine = await testApp.graphql(nested(4), {}, { token: adminToken });
    expect(fine.errors).toBeUndefined();
    const deep = await testApp.graphql(nested(operationLimits.maxDepth), {}, { token: adminToken });
    expect(deep.data).toBeUndefined();
    expect(deep.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(deep.errors)).not.toContain(String(operationLimits.maxDepth));
  });

  it('refuse an alias bomb over HTTP', async () => {
    expect((await testApp.graphql(aliased(5), {}, { token: adminToken })).errors).toBeUndefined();
    const bomb = await testApp.graphql(aliased(500), {}, { token: adminToken });
    expect(bomb.data).toBeUndefined();
    expect(bomb.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuse a deep subscription over WebSocket, and keep the connection', async () => {
    const client = testApp.webSocketClient({ token: adminToken });
    const deepSubscription = `subscription { hallEvents(hallId: "00000000-0000-4000-8000-000000000000") { ${'counter { hall { counters { '.repeat(5)}id${' } } }'.repeat(5)} } }`;
    const errors: unknown[] = [];
    client.subscribe(
      { query: deepSubscription },
      { next: () => undefined, error: (error) => errors.push(error), complete: () => undefined },
    );
    await expectEventually(() => expect(errors).toHaveLength(1));
    expect(JSON.stringify(errors[0])).toContain('BAD_USER_INPUT');
    // The same connection still answers a good operation.
    const answer = await new Promise<unknown>((resolveAnswer, reject) => {
      client.subscribe(
        { query: 'query { me { username } }' },
        { next: resolveAnswer, error: reject, complete: () => undefined },
      );
    });
    expect(answer).toEqual({ data: { me: { username: 'admin' } } });
  });

  it('refuse a request body over the size limit without internals', async () => {
    const response = await fetch(`${testApp.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ query: `query { halls { id } } # ${'x'.repeat(operationLimits.maxBytes)}` }),
    });
    expect(response.status).toBe(413);
    const text = await response.text();
    expect(text).not.toMatch(/at .*\.js:\d+/);
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    // Not JSON at all: the same shape, 400.
    const garbled = await fetch(`${testApp.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
      body: '{"query": ',
    });
    expect(garbled.status).toBe(400);
    expect(await garbled.json()).toEqual({
      errors: [{ message: '输入无效', extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });
});
