import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { errorCodes, ErrorCode, Role } from '@onestop/shared';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/modules/auth/secrets.js';
import { Rating } from '../../src/modules/ratings/rating.entity.js';
import { Staff } from '../../src/modules/staff/staff.entity.js';
import { createHallFixture, type HallFixture } from '../support/hall-fixture.js';
import { startTestApp, testAdminPassword, type TestApp } from '../support/test-app.js';
import { Fuzzer, inputValue, literal, selectionFor, type IdSource } from './fuzz-inputs.js';

/**
 * More than 10,000 malformed or abusive requests over HTTP, raw TCP and WebSocket, all generated
 * from one seed (FUZZ_SEED to try another; a failure names its seed and case). The server must
 * never fail with a 500 or an INTERNAL error, never show internals, keep its memory bounded,
 * keep answering, and leave every table as it was: every write the fuzz attempts is one the
 * server must refuse.
 */

const seed = Number(process.env.FUZZ_SEED ?? 20_261_124);
/** FUZZ_SCALE=10 for a ten times longer run. */
const scale = Number(process.env.FUZZ_SCALE ?? 1);
const counts = Object.fromEntries(
  Object.entries({
    bodies: 2_000,
    documents: 1_800,
    operations: 4_000,
    rawTcp: 100,
    webSocketSessions: 600,
  }).map(([category, count]) => [category, Math.round(count * scale)]),
) as Record<'bodies' | 'documents' | 'operations' | 'rawTcp' | 'webSocketSessions', number>;
/** HTTP requests in flight at once. */
const concurrency = 8;

// A heap measure means something only after a full collection; Vitest's workers are not started
// with --expose-gc, so the flag is set now and gc taken from a fresh context.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

let testApp: TestApp;
let schema: GraphQLSchema;
let fixture: HallFixture;
let otherHall: HallFixture;
const tokens: Record<string, string | null> = {};
/** Ids of the fuzzed hall: reads may use them; writes only with tokens that must be refused. */
const realIds: string[] = [];
let tableNames: string[] = [];
let checksumBefore: Record<string, string>;
let heapBefore = 0;
let rssBefore = 0;
let sent = 0;
/** WebSocket sessions ended by the test while a live subscription stayed silent. */
let timedOut = 0;
const failures: string[] = [];

/** Tokens that may write in the fuzzed hall, and tokens that must be refused there. */
const privilegedTokens = ['admin', 'manager', 'clerk', 'kiosk', 'display'] as const;
const refusedTokens = ['none', 'revoked', 'expired', 'otherClerk', 'garbage'] as const;
type TokenName = (typeof privilegedTokens)[number] | (typeof refusedTokens)[number];

const fork = () => testApp.app.orm.em.fork();

async function databaseChecksum(): Promise<Record<string, string>> {
  const select = tableNames
    .map(
      (table) =>
        `SELECT '${table}' AS name, count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${table}" t`,
    )
    .join(' UNION ALL ');
  const rows = await fork().execute<{ name: string; sum: string }[]>(select);
  return Object.fromEntries(rows.map((row) => [row.name, row.sum]));
}

// ---------------------------------------------------------------------------------------------
// What no answer may contain. The generated inputs contain none of these, so an echo of the input
// is never taken for a leak.
const leakPatterns: [string, RegExp][] = [
  ['a stack frame', /\bat (?:async )?[\w$.<>[\] ]*\(?(?:file:\/\/|\/|node:)[^\s)]*:\d+:\d+/],
  ['a file path', /\/work\/|\/home\/|node_modules|\/src\/[\w/-]+\.[cm]?[jt]s\b|file:\/\//],
  ['SQL', /\b(?:select\s[\s\S]{0,200}\sfrom|insert into|delete from|update \w+ set)\b/i],
  [
    'a database message',
    /violates|invalid input syntax|syntax error at or near|relation "|column "|duplicate key|invalid byte sequence|current transaction is aborted/i,
  ],
  [
    'an error class name',
    /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|EvalError|URIError|DomainError|DriverException|[A-Z]\w*Exception)\b/,
  ],
  ['a stack or exception field', /"(?:stack|stacktrace|exception)"\s*:/],
];

function leakIn(text: string): string | null {
  for (const [name, pattern] of leakPatterns) {
    const match = pattern.exec(text);
    if (match) return `${name}: …${text.slice(Math.max(0, match.index - 40), match.index + 80)}…`;
  }
  return null;
}

const allowedExtensionKeys = new Set(['code', 'field', 'problem', 'status', 'retryAfterSeconds']);

/** Problems with a list of GraphQL errors: a code from the shared enum, never INTERNAL, no extras. */
function errorProblems(errors: unknown): string[] {
  if (!Array.isArray(errors)) return [`errors is not a list: ${JSON.stringify(errors).slice(0, 200)}`];
  const problems: string[] = [];
  for (const error of errors as { message?: unknown; extensions?: Record<string, unknown> }[]) {
    const code = error?.extensions?.code;
    if (!(errorCodes as readonly unknown[]).includes(code)) {
      problems.push(`error without a shared code: ${JSON.stringify(error).slice(0, 300)}`);
    } else if (code === ErrorCode.INTERNAL) {
      problems.push(`INTERNAL error: ${JSON.stringify(error).slice(0, 300)}`);
    }
    const extra = Object.keys(error?.extensions ?? {}).filter((key) => !allowedExtensionKeys.has(key));
    if (extra.length) problems.push(`extensions beyond the contract (${extra.join(', ')})`);
    if (typeof error?.message !== 'string') problems.push('an error without a message');
  }
  return problems;
}

function record(label: string, problem: string): void {
  failures.push(`[seed ${seed}] ${label}: ${problem}`);
}

/** Checks one HTTP answer: no 5xx, no leak, GraphQL errors well-formed. */
function checkHttpAnswer(label: string, status: number, contentType: string, body: string): void {
  if (status >= 500) record(label, `HTTP ${status}: ${body.slice(0, 300)}`);
  const leak = leakIn(body);
  if (leak) record(label, `leaks ${leak}`);
  if (!contentType.includes('json') || body === '') return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    record(label, `a JSON content type with a body that is not JSON: ${body.slice(0, 200)}`);
    return;
  }
  const errors = (parsed as { errors?: unknown } | null)?.errors;
  if (errors !== undefined) for (const problem of errorProblems(errors)) record(label, problem);
}

// ---------------------------------------------------------------------------------------------
interface HttpCase {
  label: string;
  method: string;
  /** Path and query. */
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

async function send(httpCase: HttpCase): Promise<void> {
  sent += 1;
  try {
    const response = await fetch(`${testApp.url}${httpCase.path}`, {
      method: httpCase.method,
      headers: httpCase.headers,
      body: httpCase.method === 'GET' || httpCase.method === 'HEAD' ? undefined : httpCase.body,
      signal: AbortSignal.timeout(15_000),
    });
    const body = await response.text();
    checkHttpAnswer(httpCase.label, response.status, response.headers.get('content-type') ?? '', body);
  } catch (error) {
    record(httpCase.label, `no answer: ${String(error)}`);
  }
}

/** Runs `total` cases, `concurrency` at a time; case i is generated (synchronously) before i + 1. */
async function runConcurrently(total: number, run: (index: number) => Promise<void>): Promise<void> {
  let nextIndex = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (nextIndex < total) {
        const index = nextIndex;
        nextIndex += 1;
        await run(index);
      }
    }),
  );
}

function tokenFor(fuzzer: Fuzzer, name: TokenName): string | null {
  if (name === 'garbage') {
    return fuzzer.pick([
      fuzzer.asciiString(),
      `osd_${fuzzer.asciiString(40)}`,
      `ost_${fuzzer.asciiString(40)}`,
      'x'.repeat(fuzzer.pick([1, 8_000])),
      'null',
      '',
    ]);
  }
  return tokens[name] ?? null;
}

function authorization(fuzzer: Fuzzer, token: string | null): Record<string, string> {
  if (token === null) return {};
  return {
    authorization: fuzzer.chance(0.9) ? `Bearer ${token}` : fuzzer.pick([token, `Basic ${token}`, 'Bearer']),
  };
}

const json = { 'content-type': 'application/json' };

const validDocuments = [
  '{ halls { id code name services { id prefix waitingCount estimate { p50Minutes p90Minutes } } } }',
  'query Board($hallId: ID!) { board(hallId: $hallId) { seq queues { waiting } recentCalls { ticketNumber } } }',
  // A write that names nothing: a valid one would change the data the test keeps unchanged.
  'mutation($code: String!) { cancelTicket(accessCode: $code) { id } }',
  'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
  'query($code: String!) { myTicket(accessCode: $code) { id number status position } }',
  'query { me { id username halls { id } } }',
  'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { accessCode ticket { number } } }',
  'query($input: StatsInput!) { waitStats(input: $input) { key label issued } }',
];

// ---------------------------------------------------------------------------------------------
/** Broken bodies, wrong content types, odd methods, paths and headers. */
function bodyCase(fuzzer: Fuzzer, index: number): HttpCase {
  const label = `body case ${index}`;
  const validBody = JSON.stringify({
    query: fuzzer.pick(validDocuments),
    variables: { hallId: fixture.hall.id },
  });
  const headers = {
    ...authorization(fuzzer, tokenFor(fuzzer, fuzzer.pick([...privilegedTokens, ...refusedTokens]))),
  };
  switch (fuzzer.integer(0, 13)) {
    case 0:
      return {
        label: `${label} (truncated JSON)`,
        method: 'POST',
        path: '/graphql',
        headers: { ...headers, ...json },
        body: validBody.slice(0, fuzzer.integer(0, validBody.length - 1)),
      };
    case 1: {
      const bytes = new Uint8Array(fuzzer.integer(0, 2_000)).map(() => fuzzer.integer(0, 255));
      return {
        label: `${label} (random bytes)`,
        method: 'POST',
        path: '/graphql',
        headers: { ...headers, ...json },
        body: bytes,
      };
    }
    case 2:
      return {
        label: `${label} (content type)`,
        method: 'POST',
        path: '/graphql',
        headers: {
          ...headers,
          'content-type': fuzzer.pick([
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=xyz',
            'application/graphql',
            'application/json; charset=utf-16',
            'application/json; charset=latin1',
            'application/json; charset=bogus',
            'application/xml',
            'application/graphql-response+json',
            '*/*',
            'application/json, text/plain',
            'application/jsonx',
          ]),
        },
        body: fuzzer.chance(0.7) ? validBody : `query=${encodeURIComponent(fuzzer.pick(validDocuments))}`,
      };
    case 3:
      return {
        label: `${label} (not an operation)`,
        method: 'POST',
        path: '/graphql',
        headers: { ...headers, ...json },
        body: fuzzer.pick([
          'null',
          '1',
          '"query"',
          'true',
          '[]',
          '{}',
          '[{"query":"{ halls { id } }"},{"query":"{ me { id } }"}]',
          JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ halls { id } }' }))),
          '{"query":1}',
          '{"query":null}',
          '{"query":{"kind":"Document","definitions":[]}}',
          '{"query":["{ halls { id } }"]}',
          '{"query":"{ halls { id } }","variables":"x"}',
          '{"query":"{ halls { id } }","variables":[1,2]}',
          '{"query":"{ halls { id } }","operationName":5}',
          '{"query":"query A { halls { id } } query B { me { id } }","operationName":"C"}',
          '{"query":"{ halls { id } }","extensions":"x"}',
          '{"query":"{ halls { id } }","__proto__":{"admin":true}}',
          '{"query":"{ halls { id } }","query":"{ me { id } }"}',
        ]),
      };
    case 4: {
      // Automatic persisted queries: hashes that match nothing, or register arbitrary documents.
      const hash = Array.from({ length: 64 }, () => fuzzer.integer(0, 15).toString(16)).join('');
      const body = fuzzer.chance(0.5)
        ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }
        : {
            query: fuzzer.pick(validDocuments),
            extensions: { persistedQuery: { version: fuzzer.pick([1, 2, 'x']), sha256Hash: hash } },
          };
      return {
        label: `${label} (persisted query)`,
        method: 'POST',
        path: '/graphql',
        headers: { ...headers, ...json },
        body: JSON.stringify(body),
      };
    }
    case 5:
      return {
        label: `${label} (too large)`,
        method: 'POST',
        path: '/graphql',
        headers: { ...headers, ...json },
        body: JSON.stringify({
          query: `{ halls { id } } # ${'x'.repeat(fuzzer.integer(100 * 1024, 300 * 1024))}`,
        }),
      };
    case 6: {
      // Deep JSON: the parser's recursion, then variable coercion.
      const depth = fuzzer.integer(100, 20_000);
      return {
        label: `${label} (deep JSON, ${depth})`,
        method: 'POST',
        path: '/graphql',
        headers: { ...headers, ...json },
        body: `{"query":"query($c: String!) { myTicket(accessCode: $c) { id } }","variables":{"c":${'['.repeat(depth)}${']'.repeat(depth)}}}`,
      };
    }
    case 7: {
      const query = fuzzer.chance(0.7) ? fuzzer.pick(validDocuments) : fuzzer.string();
      const parameters = new URLSearchParams({ query });
      if (fuzzer.chance(0.5))
        parameters.set(
          'variables',
          fuzzer.chance(0.5) ? JSON.stringify({ hallId: fixture.hall.id }) : fuzzer.string(),
        );
      if (fuzzer.chance(0.2)) parameters.set('extensions', fuzzer.string());
      const preflight: Record<string, string> = fuzzer.chance(0.5)
        ? { 'apollo-require-preflight': 'true' }
        : {};
      return {
        label: `${label} (GET)`,
        method: 'GET',
        path: `/graphql?${parameters.toString()}`,
        headers: { ...headers, ...preflight },
      };
    }
    case 8:
      return {
        label: `${label} (method)`,
        method: fuzzer.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']),
        path: '/graphql',
        headers: { ...headers, ...json },
        body: validBody,
      };
    case 9:
      return {
        label: `${label} (path)`,
        method: fuzzer.pick(['GET', 'POST']),
        path: fuzzer.pick([
          '/graphql/',
          '/graphql/x',
          '/GRAPHQL',
          '/graphql%00',
          '/%2e%2e/%2e%2e/etc/passwd',
          '/graphql?query=%',
          '/healthz?x=%zz',
          '/readyz',
          '/metrics',
          `/${encodeURIComponent(fuzzer.randomString(30).replace(/[\uD800-\uDFFF]/g, '?'))}`,
          `/graphql?${'a=1&'.repeat(2_000)}`,
          '/t/abc',
        ]),
        headers: { ...headers, ...json },
        body: validBody,
      };
    case 10:
      return {
        label: `${label} (headers)`,
        method: 'POST',
        path: '/graphql',
        headers: {
          ...json,
          authorization: fuzzer.pick([
            'Bearer',
            'Bearer ',
            `Bearer ${fuzzer.asciiString()} ${fuzzer.asciiString()}`,
            fuzzer.asciiString(),
            `Bearer ${'A'.repeat(8_000)}`,
          ]),
          'accept-language': fuzzer.pick([
            fuzzer.asciiString(),
            '*',
            'zz-ZZ;q=2',
            'en;q=abc',
            'x'.repeat(4_000),
          ]),
          ...(fuzzer.chance(0.3) ? { 'x-forwarded-for': fuzzer.asciiString() } : {}),
          ...(fuzzer.chance(0.3)
            ? {
                accept: fuzzer.pick([
                  'text/html',
                  'application/graphql-response+json',
                  '*/*;q=0',
                  fuzzer.asciiString(),
                ]),
              }
            : {}),
        },
        body: validBody,
      };
    case 11:
      return {
        label: `${label} (content encoding)`,
        method: 'POST',
        path: '/graphql',
        headers: {
          ...headers,
          ...json,
          'content-encoding': fuzzer.pick(['gzip', 'deflate', 'br', 'identity, gzip', 'bogus']),
        },
        body: validBody,
      };
    case 12:
      return {
        label: `${label} (JSON with hostile strings)`,
        method: 'POST',
        path: '/graphql',
        headers: { ...headers, ...json },
        body: JSON.stringify({
          query: fuzzer.pick(validDocuments),
          variables: fuzzer.anything(3),
          operationName: fuzzer.chance(0.5) ? fuzzer.string() : undefined,
        }),
      };
    default:
      return {
        label: `${label} (empty)`,
        method: 'POST',
        path: '/graphql',
        headers: fuzzer.chance(0.5) ? { ...headers, ...json } : headers,
        body: fuzzer.pick(['', ' ', '\n', '\u0000']),
      };
  }
}

// ---------------------------------------------------------------------------------------------
/** Documents built to hurt: deep, wide, aliased, cyclic, exponential, or just broken. */
function documentCase(fuzzer: Fuzzer, index: number): HttpCase {
  let query: string;
  let kind: string;
  switch (fuzzer.integer(0, 12)) {
    case 0: {
      kind = 'deep';
      const depth = fuzzer.integer(10, 200);
      query = `{ halls { ${'children { '.repeat(depth)}id${' }'.repeat(depth)} } }`;
      break;
    }
    case 1: {
      kind = 'aliases';
      const count = fuzzer.integer(15, 600);
      query = `{ ${Array.from({ length: count }, (_, alias) => `a${alias}: halls { id }`).join(' ')} }`;
      break;
    }
    case 2: {
      kind = 'costly';
      const width = fuzzer.integer(1, 60);
      const costly =
        'services { estimate { p50Minutes } waitingCount hall { counters { services { service { estimate { p90Minutes } } } } } }';
      query = `{ ${Array.from({ length: width }, (_, alias) => `h${alias % 20}: halls { ${costly} }`).join(' ')} }`;
      break;
    }
    case 3: {
      kind = 'directives';
      query = `{ halls ${'@include(if: true) '.repeat(fuzzer.integer(10, 300))}{ id } }`;
      break;
    }
    case 4:
      kind = 'fragment cycle';
      query =
        'query { halls { ...A } } fragment A on Hall { id ...B } fragment B on Hall { children { ...A } }';
      break;
    case 5: {
      kind = 'fragment explosion';
      const levels = fuzzer.integer(5, 30);
      const fragments = Array.from({ length: levels }, (_, level) =>
        level === 0
          ? 'fragment F0 on Hall { id code name }'
          : `fragment F${level} on Hall { ...F${level - 1} children { ...F${level - 1} } parent { ...F${level - 1} } }`,
      );
      query = `{ halls { ...F${levels - 1} } } ${fragments.join(' ')}`;
      break;
    }
    case 6: {
      kind = 'many operations';
      const count = fuzzer.integer(2, 200);
      query = Array.from({ length: count }, (_, operation) => `query Q${operation} { halls { id } }`).join(
        ' ',
      );
      break;
    }
    case 7:
      kind = 'introspection';
      query = fuzzer.pick([
        '{ __schema { types { name fields { name } } } }',
        '{ __type(name: "Query") { fields { name } } }',
        '{ halls { __typename } __schema { queryType { name } } }',
        '{ a: __typename b: __typename }',
        'subscription { __typename }',
      ]);
      break;
    case 8:
      kind = 'unknown names';
      query = fuzzer.pick([
        '{ nope }',
        '{ halls(x: 1) { id } }',
        'query($a: Nope) { halls { id } }',
        '{ halls { id nope } }',
        'mutation { dropTables }',
        '{ hall(id: 1, id: 2) { id } }',
        'query($id: Int) { hall(id: $id) { id } }',
        'query($id: ID!, $id: ID!) { hall(id: $id) { id } }',
        `{ ${fuzzer.randomString(30)} }`,
        'subscription { boardUpdated(hallId: "x") { seq } }',
        'subscription A { boardUpdated(hallId: "x") { seq } } subscription B { hallEvents(hallId: "x") { seq } }',
      ]);
      break;
    case 9: {
      kind = 'broken syntax';
      const characters = [...fuzzer.pick(validDocuments)];
      for (let edit = fuzzer.integer(1, 8); edit > 0; edit -= 1) {
        const at = fuzzer.integer(0, characters.length);
        const action = fuzzer.integer(0, 2);
        if (action === 0) characters.splice(at, 1);
        else if (action === 1)
          characters.splice(
            at,
            0,
            fuzzer.pick(['{', '}', '(', ')', '$', '!', '"', '...', '@', ':', '#', '\u0000', '\uFEFF', '名']),
          );
        else characters.splice(at, 0, ...characters.slice(at, at + fuzzer.integer(1, 30)));
      }
      query = characters.join('');
      break;
    }
    case 10:
      kind = 'token soup';
      query = Array.from({ length: fuzzer.integer(1, 300) }, () =>
        fuzzer.pick([
          '{',
          '}',
          '(',
          ')',
          '[',
          ']',
          '$x',
          '!',
          ':',
          '...',
          'on',
          'query',
          'fragment',
          '"s"',
          '"""',
          '1',
          '-1.5e3',
          '@skip',
          'halls',
          '|',
          '&',
          '=',
        ]),
      ).join(' ');
      break;
    case 11:
      kind = 'long names and strings';
      query = fuzzer.pick([
        `{ ${'a'.repeat(90_000)} }`,
        `{ myTicket(accessCode: "${'x'.repeat(90_000)}") { id } }`,
        `query ${'Q'.repeat(50_000)} { halls { id } }`,
        `{ halls { id } } ${'#'.repeat(90_000)}`,
        `{ myTicket(accessCode: "\\u${fuzzer.asciiString(4)}") { id } }`,
      ]);
      break;
    default:
      kind = 'variables that do not fit';
      query = fuzzer.pick([
        'query($x: String) { halls { id } }',
        'query($code: [String!]!) { myTicket(accessCode: $code) { id } }',
        'query($code: String) { myTicket(accessCode: $code) { id } }',
        'query($limit: Float) { counterQueue(counterId: "x", limit: $limit) { id } }',
        'query($id: ID = 5) { hall(id: $id) { id } }',
        `query(${Array.from({ length: fuzzer.integer(50, 300) }, (_, variable) => `$v${variable}: String`).join(', ')}) { halls { id } }`,
      ]);
  }
  const token = tokenFor(fuzzer, fuzzer.pick([...privilegedTokens, ...refusedTokens]));
  return {
    label: `document case ${index} (${kind})`,
    method: 'POST',
    path: '/graphql',
    headers: { ...json, ...authorization(fuzzer, token) },
    body: JSON.stringify({
      query,
      variables: fuzzer.chance(0.8) ? { code: fuzzer.string(), x: fuzzer.anything(1) } : fuzzer.anything(2),
    }),
  };
}

// ---------------------------------------------------------------------------------------------
type RootType = 'Query' | 'Mutation' | 'Subscription';
/** Mutations that change the caller's own record whatever their arguments: sent only by callers refused anyway. */
const writesWithoutArguments = new Set(['logout', 'heartbeat']);

interface GeneratedOperation {
  label: string;
  token: string | null;
  document: string;
  variables: Record<string, unknown>;
}

/**
 * One operation of the schema with hostile arguments. A caller that may write in the hall gets
 * only ids that name nothing, so that no write can succeed; a caller that must be refused may
 * also name real things.
 */
function generatedOperation(
  fuzzer: Fuzzer,
  index: number,
  rootTypes: readonly RootType[],
  caller?: TokenName,
): GeneratedOperation {
  const rootType = fuzzer.pick(rootTypes);
  const type = (
    rootType === 'Query'
      ? schema.getQueryType()
      : rootType === 'Mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType()
  ) as GraphQLObjectType;
  const tokenName: TokenName =
    caller ?? (fuzzer.chance(0.6) ? fuzzer.pick(privilegedTokens) : fuzzer.pick(refusedTokens));
  const privileged = (privilegedTokens as readonly string[]).includes(tokenName);
  // The other hall's clerk is refused in this hall, but its own session is its own to end.
  const ownRecordWritable = privileged || tokenName === 'otherClerk';
  const fields = Object.values(type.getFields()).filter(
    (field) => !(rootType === 'Mutation' && ownRecordWritable && writesWithoutArguments.has(field.name)),
  );
  const field = fuzzer.pick(fields);
  const ids: IdSource = { real: rootType !== 'Mutation' || !privileged, realIds };
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const argumentsText: string[] = [];
  for (const argument of field.args) {
    const value = inputValue(fuzzer, argument.type, ids);
    const mode = fuzzer.integer(0, 19);
    if (mode === 0 && ids.real) continue; // left out (a refused write may miss a required argument)
    if (mode === 1) {
      argumentsText.push(`${argument.name}: ${literal(value)}`);
    } else if (mode === 2 && ids.real) {
      // Declared with another type than the argument's.
      definitions.push(
        `$${argument.name}: ${fuzzer.pick(['String', 'Int', 'ID', '[String]', 'Boolean!', 'StatsInput'])}`,
      );
      argumentsText.push(`${argument.name}: $${argument.name}`);
      variables[argument.name] = value;
    } else {
      definitions.push(`$${argument.name}: ${String(argument.type)}`);
      argumentsText.push(`${argument.name}: $${argument.name}`);
      variables[argument.name] = value;
    }
  }
  if (fuzzer.chance(0.03)) argumentsText.push(`unknownArgument: ${literal(fuzzer.anything(1))}`);
  const operationType = rootType.toLowerCase();
  const header = definitions.length ? `${operationType} Fuzz(${definitions.join(', ')})` : operationType;
  const call = argumentsText.length ? `${field.name}(${argumentsText.join(', ')})` : field.name;
  return {
    label: `operation case ${index} (${rootType}.${field.name} as ${tokenName})`,
    token: tokenFor(fuzzer, tokenName),
    document: `${header} { ${call} ${selectionFor(fuzzer, field.type)} }`,
    variables,
  };
}

function operationCase(fuzzer: Fuzzer, index: number): HttpCase {
  const operation = generatedOperation(fuzzer, index, [
    'Query',
    'Query',
    'Mutation',
    'Mutation',
    'Mutation',
    'Subscription',
  ]);
  return {
    label: operation.label,
    method: 'POST',
    path: '/graphql',
    headers: {
      ...json,
      ...authorization(fuzzer, operation.token),
      'accept-language': fuzzer.pick(['en', 'zh-CN', '']),
    },
    body: JSON.stringify({ query: operation.document, variables: operation.variables }),
  };
}

// ---------------------------------------------------------------------------------------------
/** Bytes that are barely HTTP, straight onto a socket. */
function rawTcpCase(fuzzer: Fuzzer): string {
  const host = 'Host: 127.0.0.1\r\n';
  return fuzzer.pick([
    `POST /graphql HTTP/1.1\r\n${host}Content-Type: application/json\r\nContent-Length: abc\r\n\r\n{}`,
    `POST /graphql HTTP/1.1\r\n${host}Content-Type: application/json\r\nContent-Length: 5\r\nContent-Length: 9\r\n\r\n{"a":1}`,
    `POST /graphql HTTP/1.1\r\n${host}Transfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
    `POST /graphql HTTP/1.1\r\n${host}Transfer-Encoding: chunked\r\nContent-Length: 2\r\nContent-Type: application/json\r\n\r\n0\r\n\r\n`,
    `GET /graphql HTTP/9.9\r\n${host}\r\n`,
    `${fuzzer.asciiString(20)} / HTTP/1.1\r\n${host}\r\n`,
    `GET /healthz HTTP/1.1\r\n${host}X: ${'a'.repeat(20_000)}\r\n\r\n`,
    `GET /graphql HTTP/1.1\r\n${host}Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n`,
    `GET /graphql HTTP/1.1\r\n${host}Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: x\r\nSec-WebSocket-Version: 99\r\n\r\n`,
    fuzzer.randomString(200),
    '\r\n\r\n\r\n',
  ]);
}

async function sendRaw(label: string, bytes: string): Promise<void> {
  sent += 1;
  const url = new URL(testApp.url);
  const answer = await new Promise<string>((resolveAnswer) => {
    const socket = connect(Number(url.port), url.hostname);
    let received = '';
    const done = () => {
      socket.destroy();
      resolveAnswer(received);
    };
    socket.setTimeout(2_000, done);
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8');
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.write(bytes, () => socket.end());
  });
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(answer)?.[1] ?? 0);
  if (status >= 500) record(label, `HTTP ${status}: ${answer.slice(0, 300)}`);
  const leak = leakIn(answer);
  if (leak) record(label, `leaks ${leak}`);
}

// ---------------------------------------------------------------------------------------------
interface WebSocketSession {
  label: string;
  protocol: string | undefined;
  /** connection_init, sent first; the frames follow its ack. Null: the frames go at once. */
  init: string | null;
  frames: (string | Uint8Array)[];
  /** Ids of subscribe messages whose first answer is awaited. */
  awaited: Set<string>;
}

function garbageFrame(fuzzer: Fuzzer): string | Uint8Array {
  return fuzzer.pick<string | Uint8Array>([
    fuzzer.randomString(50),
    '',
    'null',
    '[]',
    '42',
    '"connection_init"',
    '{}',
    '{"type":"nope"}',
    '{"type":1}',
    '{"type":null}',
    '{"type":"connection_init","payload":"token"}',
    '{"type":"connection_init","payload":[1,2]}',
    '{"type":"subscribe"}',
    '{"type":"subscribe","id":1,"payload":{"query":"{ halls { id } }"}}',
    '{"type":"subscribe","id":"a","payload":"x"}',
    '{"type":"subscribe","id":"a","payload":{"query":5}}',
    '{"type":"subscribe","id":"a","payload":{"query":"{ halls { id } }","variables":"x"}}',
    '{"type":"subscribe","id":"a","payload":{"query":"{ halls { id } }","extensions":[]}}',
    '{"type":"subscribe","id":"syntax","payload":{"query":"subscription { boardUpdated(hallId: \\"x\\") { seq "}}',
    '{"type":"subscribe","id":"syntax","payload":{"query":"{ myTicket(accessCode: \\"\\\\ud800\\") { id } }"}}',
    '{"type":"complete"}',
    '{"type":"next","id":"a","payload":{}}',
    '{"type":"error","id":"a","payload":[]}',
    '{"type":"connection_ack"}',
    `{"type":"ping","payload":${JSON.stringify(fuzzer.anything(2))}}`,
    '{"type":"pong","payload":"x"}',
    '{"type":"subscribe","id":"' + 'i'.repeat(5_000) + '","payload":{"query":"{ halls { id } }"}}',
    new Uint8Array(fuzzer.integer(1, 300)).map(() => fuzzer.integer(0, 255)),
    `{"type":"subscribe","id":"big","payload":{"query":"{ halls { id } } #${'x'.repeat(110 * 1024)}"}}`,
  ]);
}

function webSocketSession(fuzzer: Fuzzer, index: number): WebSocketSession {
  const awaited = new Set<string>();
  const protocol = fuzzer.chance(0.95)
    ? 'graphql-transport-ws'
    : fuzzer.pick([undefined, 'graphql-ws', 'bogus']);
  const scenario = fuzzer.integer(0, 9);
  if (scenario === 0) {
    return {
      label: `WebSocket session ${index} (garbage first)`,
      protocol,
      init: null,
      frames: [garbageFrame(fuzzer)],
      awaited,
    };
  }
  if (scenario === 1) {
    const frames = [JSON.stringify({ type: 'subscribe', id: '1', payload: { query: '{ halls { id } }' } })];
    return {
      label: `WebSocket session ${index} (subscribe before init)`,
      protocol,
      init: null,
      frames,
      awaited,
    };
  }
  const tokenName: TokenName = fuzzer.pick([...privilegedTokens, ...refusedTokens]);
  const token = tokenFor(fuzzer, tokenName);
  const carriesToken = fuzzer.chance(0.8);
  const payload: unknown = carriesToken
    ? fuzzer.pick([{ token }, { token, locale: fuzzer.string() }])
    : fuzzer.pick<unknown>([
        { token: fuzzer.anything(2) },
        null,
        {},
        { [fuzzer.randomString(5)]: fuzzer.anything(3) },
      ]);
  // The socket's caller: without a usable token, nobody.
  const caller: TokenName = carriesToken ? tokenName : 'none';
  const frames: (string | Uint8Array)[] = [];
  let lastId = 'op-0';
  for (let step = fuzzer.integer(1, 6); step > 0; step -= 1) {
    const kind = fuzzer.integer(0, 11);
    if (kind <= 5) {
      // An operation of the schema, mostly subscriptions; writes follow the rules of HTTP.
      const operation = generatedOperation(
        fuzzer,
        index,
        ['Subscription', 'Subscription', 'Query', 'Mutation'],
        caller,
      );
      lastId = `op-${frames.length}`;
      frames.push(
        JSON.stringify({
          type: 'subscribe',
          id: lastId,
          payload: { query: operation.document, variables: operation.variables },
        }),
      );
      awaited.add(lastId);
    } else if (kind === 6) {
      frames.push(JSON.stringify({ type: 'subscribe', id: lastId, payload: { query: '{ halls { id } }' } }));
    } else if (kind === 7) {
      frames.push(JSON.stringify({ type: 'complete', id: fuzzer.chance(0.5) ? lastId : fuzzer.string() }));
    } else if (kind === 8) {
      frames.push(JSON.stringify({ type: fuzzer.pick(['ping', 'pong']), payload: fuzzer.anything(2) }));
    } else if (kind === 9) {
      frames.push(JSON.stringify({ type: 'connection_init', payload: { token } }));
    } else {
      frames.push(garbageFrame(fuzzer));
    }
  }
  // A last query whose answer tells that every earlier frame has been read.
  frames.push(JSON.stringify({ type: 'subscribe', id: 'last', payload: { query: '{ __typename }' } }));
  awaited.add('last');
  return {
    label: `WebSocket session ${index} (as ${caller})`,
    protocol,
    init: JSON.stringify({ type: 'connection_init', payload }),
    frames,
    awaited,
  };
}

/** Close codes that mean the server failed rather than refused (graphql-ws: 4500 internal error). */
const failedCloseCodes = new Set([1011, 1006, 4500]);
/**
 * The one 4500 allowed: graphql-ws 6.4 (use/ws) closes the socket as an internal error when a client
 * sends a message only a server may send (next, error, connection_ack); only that socket ends.
 */
const knownLibraryClose = /^Unexpected message of type (next|error|connection_ack) received$/;

async function runWebSocketSession(session: WebSocketSession): Promise<void> {
  sent += session.frames.length + (session.init ? 1 : 0);
  const url = `${testApp.url.replace('http', 'ws')}/graphql`;
  const socket = session.protocol ? new WebSocket(url, session.protocol) : new WebSocket(url);
  const pending = new Set(session.awaited);
  let ended = false;
  let opened = false;
  await new Promise<void>((resolveSession) => {
    const finish = () => {
      ended = true;
      clearTimeout(timer);
      socket.close();
      resolveSession();
    };
    // Live subscriptions may stay silent: a session still open after 1.5 s is ended here.
    const timer = setTimeout(() => {
      ended = true;
      timedOut += 1;
      socket.terminate();
      resolveSession();
    }, 1_500);
    const sendFrames = () => {
      for (const frame of session.frames) socket.send(frame);
    };
    socket.on('open', () => {
      opened = true;
      if (session.init) socket.send(session.init);
      else sendFrames();
    });
    socket.on('message', (data: WebSocket.RawData) => {
      const text = Buffer.isBuffer(data) ? data.toString('utf8') : String(data);
      const leak = leakIn(text);
      if (leak) record(session.label, `leaks ${leak}`);
      let message: { type?: string; id?: string; payload?: unknown };
      try {
        message = JSON.parse(text) as typeof message;
      } catch {
        record(session.label, `a frame that is not JSON: ${text.slice(0, 200)}`);
        return;
      }
      // Frames after the ack only: sent at once with the init they would race it (4401).
      if (message.type === 'connection_ack') sendFrames();
      if (message.type === 'error') {
        for (const problem of errorProblems(message.payload)) record(session.label, problem);
      }
      if (message.type === 'next') {
        const errors = (message.payload as { errors?: unknown } | undefined)?.errors;
        if (errors !== undefined) for (const problem of errorProblems(errors)) record(session.label, problem);
      }
      if (message.id && ['next', 'error', 'complete'].includes(message.type ?? ''))
        pending.delete(message.id);
      if (pending.size === 0 && session.awaited.size > 0) finish();
    });
    socket.on('close', (code: number, reason: Buffer) => {
      // Before the handshake completes a 1006 is the client refusing an unoffered subprotocol.
      if (!ended && opened && failedCloseCodes.has(code) && !knownLibraryClose.test(reason.toString())) {
        record(
          session.label,
          `closed ${code} ${reason.toString()} (protocol ${session.protocol}, opened ${opened})`,
        );
      }
      const leak = leakIn(reason.toString());
      if (leak) record(session.label, `close reason leaks ${leak}`);
      clearTimeout(timer);
      resolveSession();
    });
    socket.on('error', () => undefined);
    socket.on('unexpected-response', (_request, response) => {
      if ((response.statusCode ?? 0) >= 500) record(session.label, `upgrade answered ${response.statusCode}`);
      finish();
    });
  });
}

// ---------------------------------------------------------------------------------------------
beforeAll(async () => {
  testApp = await startTestApp({ production: true });
  schema = testApp.app.schema;
  const ttlMs = testApp.app.config.sessionTtlSeconds * 1000;
  tokens.expired = await testApp.login('admin', testAdminPassword);
  testApp.clock.advance(ttlMs / 2);

  fixture = await createHallFixture(testApp, { serviceCount: 2, counterCount: 2, openCounters: true });
  otherHall = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1 });
  tokens.admin = fixture.tokens.admin;
  tokens.clerk = fixture.tokens.clerk;
  tokens.kiosk = fixture.tokens.kiosk;
  tokens.display = fixture.tokens.display;
  tokens.otherClerk = otherHall.tokens.clerk;
  tokens.none = null;
  const em = fork();
  const manager = em.create(Staff, {
    username: 'fuzz.manager',
    displayName: 'Manager',
    role: Role.MANAGER,
    passwordHash: await hashPassword('fuzz-manager-password'),
  });
  manager.halls.add(fixture.hall);
  await em.flush();
  tokens.manager = await testApp.login('fuzz.manager', 'fuzz-manager-password');

  const admin = async (document: string, variables: Record<string, unknown>) => {
    const result = await testApp.graphql<Record<string, Record<string, unknown>>>(document, variables, {
      token: tokens.admin,
    });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const revoked = await admin(
    'mutation($hallId: ID!) { createDeviceToken(hallId: $hallId, role: KIOSK, name: "revoked") { id token } }',
    {
      hallId: fixture.hall.id,
    },
  );
  await admin('mutation($id: ID!) { revokeDevice(deviceId: $id) { id } }', {
    id: revoked.createDeviceToken!.id,
  });
  tokens.revoked = revoked.createDeviceToken!.token as string;
  testApp.clock.advance(ttlMs / 2 + 60_000);

  // Tickets in every state the operations act on: waiting, called, done and rated.
  const ticketIds: string[] = [];
  const issue = async () => {
    const data = await admin(
      'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { id } accessCode } }',
      {
        input: { hallId: fixture.hall.id, serviceId: fixture.services[0]!.id },
      },
    );
    const issued = data.issueTicket as { ticket: { id: string }; accessCode: string };
    ticketIds.push(issued.ticket.id);
    return issued;
  };
  const rated = await issue();
  await issue();
  await issue();
  await admin('mutation($c: ID!, $t: ID!) { callTicket(counterId: $c, ticketId: $t, reason: "r") { id } }', {
    c: fixture.counters[0]!.id,
    t: rated.ticket.id,
  });
  await admin('mutation($t: ID!) { completeTicket(ticketId: $t) { id } }', { t: rated.ticket.id });
  await testApp.graphql('mutation($a: String!) { rateTicket(accessCode: $a, score: 1) { id } }', {
    a: rated.accessCode,
  });
  await admin('mutation($c: ID!) { callNext(counterId: $c) { id } }', { c: fixture.counters[1]!.id });
  const rating = await fork().findOneOrFail(Rating, { ticket: rated.ticket.id });
  const staff = await admin('query($hallId: ID!) { staff(hallId: $hallId) { id } }', {
    hallId: fixture.hall.id,
  });
  const devices = await admin('query($hallId: ID!) { devices(hallId: $hallId) { id } }', {
    hallId: fixture.hall.id,
  });
  realIds.push(
    fixture.hall.id,
    ...fixture.services.map((service) => service.id),
    ...fixture.counters.map((counter) => counter.id),
    ...ticketIds,
    rating.id,
    ...(staff.staff as unknown as { id: string }[]).map((member) => member.id),
    ...(devices.devices as unknown as { id: string }[]).map((device) => device.id),
  );

  tableNames = (
    await fork().execute<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
         -- Rate-limit windows count requests, refused ones too: bookkeeping, not data.
         AND table_name NOT LIKE 'rate_limit%'
       ORDER BY table_name`,
    )
  ).map((row) => row.table_name);
  checksumBefore = await databaseChecksum();
  collectGarbage();
  heapBefore = process.memoryUsage().heapUsed;
  rssBefore = process.memoryUsage().rss;
});
afterAll(async () => {
  // FUZZ_FAILURES_FILE: every problem found, not only the first of each test.
  if (process.env.FUZZ_FAILURES_FILE) writeFileSync(process.env.FUZZ_FAILURES_FILE, failures.join('\n'));
  await testApp?.close();
});

function report(category: string): void {
  const mine = failures.filter((failure) => failure.includes(category));
  expect(mine.slice(0, 15), `${mine.length} problems`).toEqual([]);
}

describe(`fuzzing the server (seed ${seed})`, () => {
  it('refuses broken bodies, wrong content types, odd methods, paths and headers', async () => {
    const fuzzer = new Fuzzer(seed);
    await runConcurrently(counts.bodies, (index) => send(bodyCase(fuzzer, index)));
    report('body case');
  }, 120_000);

  it('refuses hostile documents: deep, wide, aliased, cyclic, exponential, broken', async () => {
    const fuzzer = new Fuzzer(seed + 1);
    await runConcurrently(counts.documents, (index) => send(documentCase(fuzzer, index)));
    report('document case');
  }, 120_000);

  it('answers every operation with hostile arguments and tokens with a coded error or data', async () => {
    const fuzzer = new Fuzzer(seed + 2);
    await runConcurrently(counts.operations, (index) => send(operationCase(fuzzer, index)));
    report('operation case');
  }, 120_000);

  it('survives bytes that are barely HTTP', async () => {
    const fuzzer = new Fuzzer(seed + 3);
    await runConcurrently(counts.rawTcp, (index) => sendRaw(`raw TCP case ${index}`, rawTcpCase(fuzzer)));
    report('raw TCP case');
  }, 120_000);

  it('refuses garbage graphql-ws messages and hostile operations over WebSocket', async () => {
    const fuzzer = new Fuzzer(seed + 4);
    await runConcurrently(counts.webSocketSessions, (index) =>
      runWebSocketSession(webSocketSession(fuzzer, index)),
    );
    report('WebSocket session');
  }, 120_000);

  it('afterwards: still answers, memory bounded, and every table as it was', async () => {
    expect(sent).toBeGreaterThanOrEqual(10_000 * Math.min(1, scale));
    expect(failures.slice(0, 15)).toEqual([]);

    const health = await fetch(`${testApp.url}/healthz`);
    expect(health.status).toBe(200);
    const board = await testApp.graphql<{ board: { hallId: string } }>(
      'query($hallId: ID!) { board(hallId: $hallId) { hallId } }',
      { hallId: fixture.hall.id },
      { token: fixture.tokens.display },
    );
    expect(board.data?.board.hallId).toBe(fixture.hall.id);
    const client = testApp.webSocketClient({ token: fixture.tokens.display });
    const first = await new Promise<unknown>((resolveFirst, reject) => {
      const stop = client.subscribe(
        {
          query: 'subscription($hallId: ID!) { boardUpdated(hallId: $hallId) { hallId } }',
          variables: { hallId: fixture.hall.id },
        },
        {
          next: (value) => {
            stop();
            resolveFirst(value);
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    expect(first).toEqual({ data: { boardUpdated: { hallId: fixture.hall.id } } });

    collectGarbage();
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    const rssGrowth = process.memoryUsage().rss - rssBefore;
    console.info(
      `fuzz: ${sent} requests and messages (${timedOut} WebSocket sessions still silent after 1.5 s); heap +${Math.round(heapGrowth / 2 ** 20)} MB, RSS +${Math.round(rssGrowth / 2 ** 20)} MB`,
    );
    expect(heapGrowth).toBeLessThan(96 * 2 ** 20);
    // The heap is the leak check. RSS also holds what the allocator keeps after a burst of ten
    // thousand requests: five CI runs on 2026-12-06, with the heap at +67 MB each time, grew it by
    // 314, 428, 481, 490 and 513 MB, so 512 MB was inside the noise. 768 MB still catches a leak
    // that the heap check cannot see (native memory), without failing on the allocator's mood.
    expect(rssGrowth).toBeLessThan(768 * 2 ** 20);

    expect(await databaseChecksum()).toEqual(checksumBefore);
  }, 60_000);
});
