import { StatsGroupBy } from '@onestop/shared';
import { describe, expect, it } from 'vitest';
import { csvField, statsCsv, statsCsvFigures } from './stats-csv.js';
import type { StatsRow } from './stats.types.js';

describe('csvField', () => {
  it.each([
    [null, ''],
    [0, '0'],
    [427.5, '427.5'],
    [-5, '-5'],
    ['Counter 1', 'Counter 1'],
    ['1 号窗口', '1 号窗口'],
    ['Wang, Xiao', '"Wang, Xiao"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    // A spreadsheet would run these as formulas.
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['', ''],
  ] as const)('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('statsCsv', () => {
  const row = {
    key: '2026-11-23',
    label: '2026-11-23',
    ...Object.fromEntries(statsCsvFigures.map((figure, index) => [figure, index % 3 === 0 ? null : index])),
  } as StatsRow;

  it('writes a BOM, a localized header and one CRLF line per row', () => {
    const text = statsCsv([row], StatsGroupBy.DAY, 'zh-CN');
    const lines = text.split('\r\n');
    expect(text.startsWith('\uFEFF日期,标识,取号数,办结数,过号数,')).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[1]).toBe(
      `2026-11-23,2026-11-23,${statsCsvFigures.map((_, index) => (index % 3 === 0 ? '' : String(index))).join(',')}`,
    );
  });

  it('has a header for every figure of the contract in both languages', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const header = statsCsv([], StatsGroupBy.HOUR_OF_DAY, locale).slice(1).split('\r\n')[0]!;
      expect(header.split(',').length).toBeGreaterThanOrEqual(statsCsvFigures.length + 2);
      expect(header).not.toContain('stats.');
    }
    expect(statsCsv([], StatsGroupBy.HOUR_OF_DAY, 'en')).toMatch(/^\uFEFFHour of day,Key,Issued,/);
  });

  it('adds the waited-over count as a last column only when a threshold was asked for', () => {
    const withCount = { ...row, waitedOver: 7 } as StatsRow;
    const [header, line] = statsCsv([withCount], StatsGroupBy.DAY, 'en', 15).slice(1).split('\r\n');
    expect(header!.endsWith(',Waited over 15 min')).toBe(true);
    expect(line!.endsWith(',7')).toBe(true);
    expect(statsCsv([withCount], StatsGroupBy.DAY, 'zh-CN', 15)).toContain(',等待超过 15 分钟\r\n');
    expect(statsCsv([withCount], StatsGroupBy.DAY, 'en')).not.toContain('Waited over');
  });
});
