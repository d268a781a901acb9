import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOnPool } from './driver.js';

/**
 * A piece of SQL with its values kept apart, composed with the {@link sql} tag: a value becomes a
 * placeholder, a nested fragment is spliced in with its own values. Every statement of our own —
 * the queue engine's hot paths, reports, the event log — is built from such pieces, so that no
 * value is ever pasted into SQL text and a fragment (say, appending a hall event) is written once
 * and reused (docs/architecture.md, "SQL").
 */
export class SqlFragment {
  constructor(
    /** Never changed once given: a template's own (frozen) strings, or {@link sqlText}'s. */
    readonly texts: readonly string[],
    readonly values: readonly unknown[],
  ) {}

  /** The statement as knex takes it: `?` placeholders and the values in order. */
  compile(): { text: string; bindings: unknown[] } {
    const bindings: unknown[] = [];
    const shape = this.collectValues(bindings);
    let text = questionMarkTexts.get(shape);
    if (text === undefined) {
      // knex reads `??` as an identifier binding: two adjacent placeholders get a space.
      text = this.appendTo([], (text) => (text.endsWith('?') ? ' ?' : '?'));
      remember(questionMarkTexts, shape, text);
    }
    return { text, bindings };
  }

  /** The statement as PostgreSQL takes it: `$1 … $n` placeholders and the values in order. */
  compileNumbered(): { text: string; values: unknown[] } {
    const values: unknown[] = [];
    const shape = this.collectValues(values);
    let text = numberedTexts.get(shape);
    if (text === undefined) {
      const placeholders: unknown[] = [];
      text = this.appendTo(placeholders, () => `$${placeholders.length}`);
      remember(numberedTexts, shape, text);
    }
    return { text, values };
  }

  /**
   * Pushes the values in order, and returns the fragment's shape: which texts, nested how. Equal
   * shapes give equal statement texts, so each text is built once (a statement of the queue
   * engine is a few kilobytes from dozens of pieces, built, hashed and compared on every call).
   */
  private collectValues(values: unknown[]): string {
    let shape = String(textsId(this.texts));
    for (const value of this.values) {
      if (value instanceof SqlFragment) shape += `(${value.collectValues(values)})`;
      else {
        values.push(Array.isArray(value) ? postgresArrayLiteral(value) : value);
        shape += ',';
      }
    }
    return shape;
  }

  private appendTo(values: unknown[], placeholder: (textSoFar: string) => string): string {
    let text = this.texts[0]!;
    this.values.forEach((value, index) => {
      if (value instanceof SqlFragment) text += value.appendTo(values, placeholder);
      else {
        values.push(Array.isArray(value) ? postgresArrayLiteral(value) : value);
        text += placeholder(text);
      }
      text += this.texts[index + 1]!;
    });
    return text;
  }
}

/** A number per texts array (its identity: a template's strings are one frozen array per call site). */
const textsIds = new WeakMap<readonly string[], number>();
let nextTextsId = 0;
function textsId(texts: readonly string[]): number {
  let id = textsIds.get(texts);
  if (id === undefined) {
    id = nextTextsId;
    nextTextsId += 1;
    textsIds.set(texts, id);
  }
  return id;
}

/** Statement texts by shape; the builders make a few hundred shapes, the bound is for safety. */
const numberedTexts = new Map<string, string>();
const questionMarkTexts = new Map<string, string>();
const maxRememberedShapes = 5_000;
function remember(texts: Map<string, string>, shape: string, text: string): void {
  if (texts.size >= maxRememberedShapes) texts.clear();
  texts.set(shape, text);
}

/**
 * A JavaScript array as PostgreSQL's array literal (`{"a","b"}`), for a placeholder cast to an
 * array type (`${ids}::uuid[]`): knex would otherwise spread an array into a list of values.
 */
function postgresArrayLiteral(values: readonly unknown[]): string {
  const elements = values.map((value) =>
    value === null || value === undefined
      ? 'NULL'
      : `"${String(value).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`,
  );
  return `{${elements.join(',')}}`;
}

/** SQL with placeholders for its values: sql`SELECT … WHERE id = ${id}`. */
export function sql(texts: TemplateStringsArray, ...values: unknown[]): SqlFragment {
  // The template's strings are frozen and the same array at every call from one place.
  return new SqlFragment(texts, values);
}

/** One frozen texts array per trusted text, so that its fragments have one shape. */
const textPieces = new Map<string, readonly string[]>();

/** Trusted SQL text written in this code base (never input), e.g. an ORDER BY built by a function. */
export function sqlText(text: string): SqlFragment {
  let texts = textPieces.get(text);
  if (texts === undefined) {
    if (textPieces.size >= maxRememberedShapes) textPieces.clear();
    texts = Object.freeze([text]);
    textPieces.set(text, texts);
  }
  return new SqlFragment(texts, []);
}

/** A name per statement text, under which each pooled connection keeps it prepared. */
const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `onestop_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * Runs one statement on `em`: in its transaction if it is in one; else on a connection of the
 * pool, autocommitted, as a named prepared statement. The statements here come from a fixed set of
 * builders, so their texts are few, and each connection plans each of them once rather than on
 * every call (planning the queue engine's statements cost PostgreSQL more than running them).
 */
export async function runSql<Row>(em: EntityManager, statement: SqlFragment): Promise<Row[]> {
  if (em.isInTransaction()) {
    const { text, bindings } = statement.compile();
    return await em.execute<Row[]>(text, bindings);
  }
  const { text, values } = statement.compileNumbered();
  return await queryOnPool<Row>(em, { name: statementName(text), text, values });
}

/**
 * A timestamp column's value as a Date. MikroORM has pg hand every timestamp over as PostgreSQL's
 * text (`2026-12-01 09:30:00.123+00`, the session being in UTC) so that it converts them itself;
 * rows read with SQL of our own convert them here.
 */
export function timestampOf(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

/** {@link timestampOf}, for a column that may be NULL. */
export function timestampOrNull(value: string | Date | null): Date | null {
  return value === null ? null : timestampOf(value);
}
