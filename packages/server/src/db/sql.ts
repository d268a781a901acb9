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
    readonly texts: readonly string[],
    readonly values: readonly unknown[],
  ) {}

  /** The statement as knex takes it: `?` placeholders and the values in order. */
  compile(): { text: string; bindings: unknown[] } {
    const bindings: unknown[] = [];
    // knex reads `??` as an identifier binding: two adjacent placeholders get a space.
    const text = this.appendTo(bindings, (text) => (text.endsWith('?') ? ' ?' : '?'));
    return { text, bindings };
  }

  /** The statement as PostgreSQL takes it: `$1 … $n` placeholders and the values in order. */
  compileNumbered(): { text: string; values: unknown[] } {
    const values: unknown[] = [];
    const text = this.appendTo(values, () => `$${values.length}`);
    return { text, values };
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
  return new SqlFragment([...texts], values);
}

/** Trusted SQL text written in this code base (never input), e.g. an ORDER BY built by a function. */
export function sqlText(text: string): SqlFragment {
  return new SqlFragment([text], []);
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
