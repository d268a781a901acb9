import type { Locale } from './i18n/locale.js';
import { translate } from './i18n/ui.js';

/** What a hall says about one call: the words to speak and the sentence as it is written. */
export interface CallSentence {
  lang: Locale;
  /** The text handed to the speech engine, numbers spelled the way a hall reads them out. */
  spoken: string;
  /** The same sentence in writing, for captions, logs and tests. */
  caption: string;
}

/** The call being announced: which ticket goes to which counter. */
export interface AnnouncedCall {
  ticketNumber: string;
  counterLabel: string;
}

const chineseDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const englishDigits = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
] as const;

/**
 * A whole number from 0 to 9999 in Chinese numerals, as a quantity is read: 5 → 五, 10 → 十,
 * 12 → 十二, 20 → 二十, 101 → 一百零一, 1010 → 一千零一十. Counters are read this way ("十二号窗口").
 *
 * @throws RangeError outside 0–9999 or for a fraction.
 */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 9999) {
    throw new RangeError(`chineseNumeral reads whole numbers from 0 to 9999, not ${value}`);
  }
  if (value === 0) return chineseDigits[0];
  const units = ['千', '百', '十', ''] as const;
  const digits = String(value).padStart(4, '0').split('').map(Number);
  let text = '';
  let pendingZero = false;
  digits.forEach((digit, index) => {
    if (digit === 0) {
      if (text) pendingZero = true;
      return;
    }
    if (pendingZero) text += chineseDigits[0];
    pendingZero = false;
    text += `${chineseDigits[digit]}${units[index]}`;
  });
  // 10–19 are read 十, 十一 …, not 一十, 一十一.
  return text.startsWith('一十') ? text.slice(1) : text;
}

/** Reads each character of a code on its own: digits as digit words, letters as they are. */
function readCharacters(code: string, digits: readonly string[]): string {
  return [...code.trim()]
    .filter((character) => character.trim() !== '')
    .map((character) => (/[0-9]/.test(character) ? digits[Number(character)] : character.toUpperCase()))
    .join(' ');
}

/**
 * A ticket number as halls read it out, one character at a time, so that A023 is never heard
 * as "A twenty-three": `A 零 二 三` in Chinese, `A zero two three` in English.
 */
export function readTicketNumber(ticketNumber: string, locale: Locale): string {
  return readCharacters(ticketNumber, locale === 'zh-CN' ? chineseDigits : englishDigits);
}

/**
 * A counter label as halls read it out: a plain number is a quantity (`12` → 十二 in Chinese;
 * English engines read "12" as twelve themselves), anything else character by character
 * (`B2` → `B 二`).
 */
export function readCounterLabel(label: string, locale: Locale): string {
  const trimmed = label.trim();
  const isNumber = /^[0-9]{1,4}$/.test(trimmed);
  if (locale === 'en') return isNumber ? String(Number(trimmed)) : readCharacters(trimmed, englishDigits);
  return isNumber ? chineseNumeral(Number(trimmed)) : readCharacters(trimmed, chineseDigits);
}

/**
 * The two sentences of a call, Chinese first: 请 A023 号 到 5 号窗口办理 / Ticket A023, please
 * go to counter 5. A recall is announced with the same words.
 */
export function callSentences(call: AnnouncedCall): readonly [CallSentence, CallSentence] {
  const ticket = call.ticketNumber.trim();
  const counter = call.counterLabel.trim();
  const sentence = (lang: Locale): CallSentence => ({
    lang,
    caption: translate(lang, 'display.call.caption', { ticket, counter }),
    spoken: translate(lang, 'display.call.spoken', {
      ticket: readTicketNumber(ticket, lang),
      counter: readCounterLabel(counter, lang),
    }),
  });
  return [sentence('zh-CN'), sentence('en')];
}
