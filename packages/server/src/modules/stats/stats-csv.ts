import { translate, type Locale, type StatsGroupBy, type UiMessageKey } from '@onestop/shared';
import type { StatsRow } from './stats.types.js';

/** The figures of a row, in the order of the contract's StatsRow; each header is `stats.<field>`. */
export const statsCsvFigures = [
  'issued',
  'served',
  'noShows',
  'cancelled',
  'expired',
  'avgWaitSeconds',
  'p50WaitSeconds',
  'p90WaitSeconds',
  'maxWaitSeconds',
  'avgServiceSeconds',
  'p50ServiceSeconds',
  'p90ServiceSeconds',
  'slaRate',
  'noShowRate',
  'abandonRate',
  'estimateMaeSeconds',
  'estimateUnderRate',
  'ratings',
  'satisfactionRate',
  'utilisation',
  'appointmentsBooked',
  'appointmentsMissed',
] as const satisfies readonly (keyof StatsRow)[];

/** Spreadsheet programs read UTF-8 as such, Chinese included, only when the file starts with a BOM. */
const byteOrderMark = '\uFEFF';

/**
 * One field, quoted as RFC 4180 asks (a comma, quote or line break inside means quotes, and a
 * quote is doubled). A text that a spreadsheet would run as a formula (= + - @ first) gets a
 * leading apostrophe: a service or clerk name must never execute in a manager's Excel.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Lines end in CRLF, as RFC 4180 has it. */
function csvLine(fields: readonly (string | number | null)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/**
 * The rows of waitStats as a CSV file: a BOM, a header row in `locale`, then one line per row
 * with the label, the key and every figure as the API returns it (rates as fractions, durations
 * in seconds, an empty field where the API says null), so the file and the API agree exactly.
 * With `waitOverMinutes`, a last column counts the waits longer than that.
 */
export function statsCsv(
  rows: readonly StatsRow[],
  groupBy: StatsGroupBy,
  locale: Locale,
  waitOverMinutes: number | null = null,
): string {
  const header = [
    translate(locale, `stats.groupBy.${groupBy}`),
    translate(locale, 'stats.key'),
    ...statsCsvFigures.map((figure) => translate(locale, `stats.${figure}` satisfies UiMessageKey)),
    ...(waitOverMinutes === null
      ? []
      : [translate(locale, 'stats.waitedOver', { minutes: waitOverMinutes })]),
  ];
  const line = (row: StatsRow): string =>
    csvLine([
      row.label,
      row.key,
      ...statsCsvFigures.map((figure) => row[figure]),
      ...(waitOverMinutes === null ? [] : [row.waitedOver]),
    ]);
  return byteOrderMark + csvLine(header) + rows.map(line).join('');
}
