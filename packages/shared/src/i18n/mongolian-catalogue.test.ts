import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mongolianMessages } from './catalogues/mongolian.js';
import { publicMessageKeys, translatePublic } from './public-text.js';
import { uiMessages, type UiMessageKey } from './ui.js';

/**
 * The Mongolian catalogue covers exactly the UI keys of the public surfaces. The public app is
 * packages/hall-display; a key counts as used there, as in catalogue-usage.test.ts, when its
 * sources name it in quotes or build it from a prefix in a template (`ticketStatus.${status}`),
 * or when they call a shared function (roleLabel, callSentences, …) whose body does so.
 */

const packagesDirectory = resolve(import.meta.dirname, '../../..');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory())
      return ['node_modules', 'dist', 'gql'].includes(entry.name) ? [] : sourceFiles(path);
    // Tests may name keys the screens never show.
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const allKeys = Object.keys(uiMessages['zh-CN']) as UiMessageKey[];

function keysNamedIn(text: string): UiMessageKey[] {
  const prefixes = [...text.matchAll(/`([a-zA-Z0-9_.]+\.)\$\{/g)].map((match) => match[1]!);
  return allKeys.filter(
    (key) =>
      text.includes(`'${key}'`) ||
      text.includes(`"${key}"`) ||
      prefixes.some((prefix) => key.startsWith(prefix)),
  );
}

/** Keys the public app reaches that no screen shows, so they need no Mongolian text. */
const notShown: Partial<Record<UiMessageKey, string>> = {
  'display.call.spoken': 'spoken only, in zh-CN and en: no browser speaks Mongolian',
};

const appFiles = sourceFiles(join(packagesDirectory, 'hall-display/src'));
const appText = appFiles.map((path) => readFileSync(path, 'utf8')).join('\n');

// Shared functions that name keys, one per `export function` of each shared source file.
const sharedHelpers = sourceFiles(join(packagesDirectory, 'shared/src'))
  .filter((path) => !/i18n\/catalogues\//.test(path))
  .flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('export function ')
      .slice(1)
      .map((chunk) => ({ name: /^\w+/.exec(chunk)![0], keys: keysNamedIn(chunk) })),
  )
  .filter((helper) => helper.keys.length > 0);
const calledHelpers = sharedHelpers.filter((helper) => new RegExp(`\\b${helper.name}\\(`).test(appText));

const reachedKeys = new Set([...keysNamedIn(appText), ...calledHelpers.flatMap((helper) => helper.keys)]);
const publicKeys = allKeys.filter((key) => reachedKeys.has(key) && notShown[key] === undefined);
const mongolianKeys = Object.keys(mongolianMessages) as UiMessageKey[];

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
const mongolianScript = /[\u1800-\u18AF]/;

describe('the Mongolian catalogue', () => {
  it('has a text for every key the public app uses', () => {
    const missing = publicKeys.filter((key) => mongolianMessages[key] === undefined);
    expect(missing, 'keys without a Mongolian text').toEqual([]);
  });

  it('has no key that no public surface shows', () => {
    const unused = mongolianKeys.filter((key) => !publicKeys.includes(key));
    expect(unused, 'Mongolian texts no public screen shows').toEqual([]);
  });

  it('keeps the placeholders of the Chinese text, each one', () => {
    const mismatched = mongolianKeys
      .filter(
        (key) =>
          placeholders(uiMessages['zh-CN'][key]).join() !== placeholders(mongolianMessages[key]!).join(),
      )
      .map((key) => `${key}: ${uiMessages['zh-CN'][key]} → ${mongolianMessages[key]}`);
    expect(mismatched).toEqual([]);
  });

  it('is written in Mongolian script: no empty text, no Cyrillic, no Chinese left over', () => {
    const wrong = mongolianKeys.filter((key) => {
      const text = mongolianMessages[key]!;
      const words = text.replace(/\{\w+\}/g, '').replace(/[\s\p{P}\p{S}\d]/gu, '');
      if (text.trim() === '') return true;
      if (/[\u0400-\u04FF\u4E00-\u9FFF]/.test(text)) return true;
      return words !== '' && !mongolianScript.test(text);
    });
    expect(wrong, 'texts that are empty or not Mongolian script').toEqual([]);
  });

  it('is what publicMessageKeys lists', () => {
    expect([...publicMessageKeys].sort()).toEqual([...publicKeys].sort());
  });

  it('is checked against a scan that finds the public app and the helpers it calls', () => {
    expect(appFiles.length).toBeGreaterThan(30);
    // ticketStatusLabel is zh-CN/en only: the phone page names a status with translatePublic.
    expect(calledHelpers.map((helper) => helper.name)).toEqual(
      expect.arrayContaining(['callSentences', 'roleLabel']),
    );
    expect(publicKeys).toEqual(
      expect.arrayContaining([
        'display.call.caption',
        'counter.label',
        'ticketStatus.WAITING',
        'citizen.kiosk.take',
      ]),
    );
    // Staff-only keys stay out.
    expect(publicKeys).not.toContain('login.title');
    // Each exception is still reached, or it is stale.
    for (const key of Object.keys(notShown)) expect(reachedKeys.has(key as UiMessageKey)).toBe(true);
  });

  it('takes only UiMessageKey keys (a type error otherwise)', () => {
    // @ts-expect-error: 'display.noSuchKey' is not a UiMessageKey.
    const wrong: typeof mongolianMessages = { 'display.noSuchKey': 'ᠦᠭᠡᠢ' };
    expect(wrong).toBeDefined();
  });
});

describe('translatePublic', () => {
  it('reads mn-Mong from the Mongolian catalogue, with its placeholders filled', () => {
    expect(translatePublic('mn-Mong', 'counter.label', { label: '5' })).toBe(
      `5 ${mongolianMessages['counter.label']!.replace('{label} ', '')}`,
    );
    expect(translatePublic('mn-Mong', 'display.call.caption', { ticket: 'A023', counter: '5' })).toMatch(
      /^A023 [\u1800-\u18AF].* 5 [\u1800-\u18AF]/,
    );
  });

  it('reads en and zh-CN from the UI catalogues', () => {
    expect(translatePublic('en', 'counter.label', { label: '5' })).toBe('Counter 5');
    expect(translatePublic('zh-CN', 'counter.label', { label: '5' })).toBe('5 号窗口');
    expect(translatePublic('zh-CN', 'ticket.position', { count: 3 })).toBe('前面还有 3 人');
  });

  it('falls back to zh-CN for a key without a Mongolian text and for an unknown language', () => {
    expect(mongolianMessages['login.title']).toBeUndefined();
    expect(translatePublic('mn-Mong', 'login.title')).toBe('工作人员登录');
    expect(translatePublic('fr', 'counter.label', { label: '5' })).toBe('5 号窗口');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(translatePublic('mn-Mong', 'counter.label')).toBe(mongolianMessages['counter.label']);
    expect(translatePublic('mn-Mong', 'counter.label')).toContain('{label}');
  });
});
