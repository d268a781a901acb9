import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isLeafType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { seededRandom } from '../../src/common/seeded-random.js';

/**
 * Strings that have broken servers somewhere. None contains what the fuzz test looks for in
 * answers (stack frames, SQL, file paths, error class names), so an answer that echoes the input
 * back is not taken for a leak.
 */
const nastyStrings: readonly string[] = [
  '',
  ' ',
  '\t\r\n',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  "' OR '1'='1",
  '"; DROP TABLE ticket; --',
  '\\',
  '\\u0000',
  '\u0000',
  'abc\u0000def',
  '\u0001\u0002\u001f\u007f',
  '\u202Eevil',
  '\u200B\u200C\u200D\uFEFF',
  'Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334\u0319',
  '😀😃😄😁'.repeat(20),
  '办理营业执照',
  '\uFDFA',
  '\uD800',
  '\uDFFF\uD800',
  '%s%s%n%x',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'osd_',
  'ost_',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '123e4567-e89b-12d3-a456-4266141740000',
  'A',
  'ABC',
  'ABCD',
  'abc',
  'Asia/Shanghai',
  'Not/AZone',
  'UTC',
  '2026-13-45T99:99:99Z',
  '2026-11-24T01:30:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '0000-00-00',
  'x'.repeat(5_000),
  '名'.repeat(3_000),
];

const characterPools: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0x00, 0x1f],
  [0x4e00, 0x9fff],
  [0x0300, 0x036f],
  [0x1f600, 0x1f64f],
  [0xd800, 0xdfff],
  [0x0590, 0x06ff],
];

/** A seeded source of random values of every kind the API might be sent. */
export class Fuzzer {
  private readonly random: () => number;

  constructor(seed: number) {
    this.random = seededRandom(seed);
  }

  integer(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.random() < probability;
  }

  pick<Item>(items: readonly Item[]): Item {
    return items[this.integer(0, items.length - 1)]!;
  }

  randomString(maxLength = 40): string {
    const length = this.integer(0, maxLength);
    const pool = this.pick(characterPools);
    let text = '';
    for (let index = 0; index < length; index += 1) {
      text += String.fromCodePoint(this.integer(pool[0], pool[1]));
    }
    return text;
  }

  string(): string {
    return this.chance(0.5) ? this.pick(nastyStrings) : this.randomString(this.chance(0.1) ? 2_000 : 40);
  }

  /** Printable ASCII only: what an HTTP header may carry. */
  asciiString(maxLength = 60): string {
    let text = '';
    const length = this.integer(0, maxLength);
    for (let index = 0; index < length; index += 1) text += String.fromCharCode(this.integer(0x21, 0x7e));
    return text;
  }

  number(): number {
    return this.pick([
      0,
      -0,
      1,
      -1,
      2,
      20,
      99,
      200,
      1_001,
      2 ** 31 - 1,
      2 ** 31,
      -(2 ** 31),
      -(2 ** 31) - 1,
      2 ** 53 + 1,
      1e308,
      -1e308,
      0.5,
      -0.000001,
      3.14159,
      this.integer(-1_000_000, 1_000_000),
    ]);
  }

  uuid(): string {
    const hex = (count: number) =>
      Array.from({ length: count }, () => this.integer(0, 15).toString(16)).join('');
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${this.pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  }

  /** An id that names nothing: a fresh UUID, or something that is not one. */
  bogusId(): string {
    return this.chance(0.6) ? this.uuid() : this.string();
  }

  dateTime(): unknown {
    return this.pick([
      '2026-11-24T01:30:00.000Z',
      '2026-11-01T00:00:00Z',
      '2025-01-01T00:00:00.000+08:00',
      '1970-01-01T00:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
      '2026-02-30T00:00:00Z',
      'yesterday',
      '',
      1_700_000_000_000,
      -1,
      this.string(),
    ]);
  }

  /** Any JSON value, nested up to `depth`. */
  anything(depth = 2): unknown {
    const kind = this.integer(0, depth > 0 ? 7 : 4);
    switch (kind) {
      case 0:
        return null;
      case 1:
        return this.chance(0.5);
      case 2:
        return this.number();
      case 3:
      case 4:
        return this.string();
      case 5:
      case 6:
        return Array.from({ length: this.integer(0, 4) }, () => this.anything(depth - 1));
      default: {
        const value: Record<string, unknown> = {};
        for (let index = this.integer(0, 4); index > 0; index -= 1) {
          value[this.chance(0.2) ? '__proto__' : this.randomString(8)] = this.anything(depth - 1);
        }
        return value;
      }
    }
  }
}

/** Where a generated ID comes from. */
export interface IdSource {
  /** Real ids are allowed (reads, or callers that must be refused anyway). */
  real: boolean;
  realIds: readonly string[];
}

/**
 * A value for a GraphQL input type: mostly the right shape with hostile content, sometimes the
 * wrong shape altogether. With `ids.real` false every ID is bogus and every list of IDs has at
 * least one, so no write can find what it would change.
 */
export function inputValue(fuzzer: Fuzzer, type: GraphQLInputType, ids: IdSource, depth = 0): unknown {
  if (fuzzer.chance(0.05)) return ids.real ? fuzzer.anything(1) : wrongShape(fuzzer);
  if (isNonNullType(type)) {
    if (fuzzer.chance(0.03)) return null;
    return inputValue(fuzzer, type.ofType, ids, depth);
  }
  if (fuzzer.chance(0.05)) return null;
  if (isListType(type)) {
    const idList = getNamedType(type).name === 'ID';
    const length = fuzzer.pick([0, 1, 1, 2, 3, 10, 600]);
    const safeLength = idList && !ids.real ? Math.max(1, length) : length;
    if (depth > 3) return [];
    return Array.from({ length: safeLength }, () => inputValue(fuzzer, type.ofType, ids, depth + 1));
  }
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const required = isNonNullType(field.type);
      // Without real ids, a required list of IDs is always sent (an empty staff hall list makes an ADMIN).
      if (fuzzer.chance(required || !ids.real ? 0.97 : 0.7)) {
        value[field.name] = inputValue(fuzzer, field.type, ids, depth + 1);
      }
    }
    if (fuzzer.chance(0.05)) value[fuzzer.pick(['unknownField', '__proto__', 'id', ''])] = fuzzer.anything(1);
    return value;
  }
  if (isEnumType(type)) {
    return fuzzer.chance(0.7)
      ? fuzzer.pick(type.getValues()).value
      : fuzzer.pick(['', 'INVALID', 'admin', 'Admin', 'ROOT', '0', 'ADMIN ', null, 1]);
  }
  switch (type.name) {
    case 'ID':
      return ids.real && fuzzer.chance(0.5) ? fuzzer.pick(ids.realIds) : fuzzer.bogusId();
    case 'String':
      return fuzzer.string();
    case 'Int':
      return fuzzer.number();
    case 'Float':
      return fuzzer.chance(0.8) ? fuzzer.number() : fuzzer.string();
    case 'Boolean':
      return fuzzer.chance(0.8) ? fuzzer.chance(0.5) : fuzzer.pick(['true', 0, 1, null]);
    case 'DateTime':
      return fuzzer.dateTime();
    default:
      return fuzzer.anything(1);
  }
}

/** The wrong shape for any type, with no real id in it. */
function wrongShape(fuzzer: Fuzzer): unknown {
  return fuzzer.pick([null, true, 42, -1.5, '', 'x', {}, [null], { a: 1 }, fuzzer.randomString(20)]);
}

/** A selection set for a return type: __typename, a few scalars, sometimes one object field. */
export function selectionFor(fuzzer: Fuzzer, type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named) || !isObjectType(named)) return '';
  const fields = Object.values(named.getFields()).filter((field) =>
    field.args.every((argument) => !isNonNullType(argument.type)),
  );
  const leaves = fields.filter((field) => isLeafType(getNamedType(field.type)));
  const objects = fields.filter((field) => isObjectType(getNamedType(field.type)));
  const chosen: GraphQLField<unknown, unknown>[] = [];
  for (let count = fuzzer.integer(0, 3); count > 0 && leaves.length; count -= 1)
    chosen.push(fuzzer.pick(leaves));
  const parts = ['__typename', ...new Set(chosen.map((field) => field.name))];
  if (depth < 2 && objects.length && fuzzer.chance(0.4)) {
    const field = fuzzer.pick(objects);
    parts.push(`${field.name} ${selectionFor(fuzzer, field.type, depth + 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** A value written into the document itself instead of a variable. */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([key]) =>
    /^[_A-Za-z]\w*$/.test(key),
  );
  return `{${entries.map(([key, entry]) => `${key}: ${literal(entry)}`).join(', ')}}`;
}
