import { describe, expect, it } from 'vitest';
import { sql, sqlText, type SqlFragment } from './sql.js';

/** The same statement shape from one call site, with whatever values and nested pieces. */
function statement(id: unknown, condition: SqlFragment, tags: unknown[]): SqlFragment {
  return sql`SELECT * FROM ticket WHERE id = ${id}::uuid AND ${condition} AND tags && ${tags}::text[]`;
}

describe('compiled statements', () => {
  it('number the placeholders of nested fragments in order, and keep the values apart', () => {
    const compiled = statement('a', sql`status = ${'WAITING'} AND ${sqlText('true')}`, [
      'x',
      'y"z',
    ]).compileNumbered();
    expect(compiled.text).toBe(
      'SELECT * FROM ticket WHERE id = $1::uuid AND status = $2 AND true AND tags && $3::text[]',
    );
    expect(compiled.values).toEqual(['a', 'WAITING', '{"x","y\\"z"}']);
  });

  it('give knex its `?` placeholders, two adjacent ones apart', () => {
    const compiled = sql`SELECT ${1}${2}, ${sql`${3}`}`.compile();
    expect(compiled.text).toBe('SELECT ? ?, ?');
    expect(compiled.bindings).toEqual([1, 2, 3]);
  });

  it('differ when one call site nests different pieces, however often each was compiled before', () => {
    for (let round = 0; round < 3; round += 1) {
      const plain = statement('a', sqlText('true'), []).compileNumbered();
      const nested = statement('b', sql`counter_id = ${'c'}`, []).compileNumbered();
      const otherText = statement('c', sqlText('false'), []).compileNumbered();
      expect(plain).toEqual({
        text: 'SELECT * FROM ticket WHERE id = $1::uuid AND true AND tags && $2::text[]',
        values: ['a', '{}'],
      });
      expect(nested).toEqual({
        text: 'SELECT * FROM ticket WHERE id = $1::uuid AND counter_id = $2 AND tags && $3::text[]',
        values: ['b', 'c', '{}'],
      });
      expect(otherText.text).toBe(
        'SELECT * FROM ticket WHERE id = $1::uuid AND false AND tags && $2::text[]',
      );
      const knex = statement('d', sql`${sqlText('x')} = ${1}`, []).compile();
      expect(knex).toEqual({
        text: 'SELECT * FROM ticket WHERE id = ?::uuid AND x = ? AND tags && ?::text[]',
        bindings: ['d', 1, '{}'],
      });
    }
  });

  it('treat a value that is a fragment in one call and a plain value in another as different shapes', () => {
    const asValue = sql`SELECT ${'1'}`.compileNumbered();
    expect(asValue).toEqual({ text: 'SELECT $1', values: ['1'] });
    const each = (piece: unknown) => sql`SELECT ${piece}`.compileNumbered();
    expect(each(sqlText('now()'))).toEqual({ text: 'SELECT now()', values: [] });
    expect(each('now()')).toEqual({ text: 'SELECT $1', values: ['now()'] });
    expect(each(sql`${2} + ${3}`)).toEqual({ text: 'SELECT $1 + $2', values: [2, 3] });
  });
});
