import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiMessages } from './ui.js';

/**
 * Every key of the UI catalogues is used somewhere: a key nothing reads is a string nobody
 * maintains. A key counts as used when some source file outside the catalogues names it in quotes,
 * or builds it from a prefix in a template (`workstation.op.${operation}`).
 */

const packagesDirectory = resolve(import.meta.dirname, '../../..');
const catalogueFiles = /i18n\/(ui\.ts|catalogues\/)/;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory())
      return ['node_modules', 'dist', 'gql'].includes(entry.name) ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('the UI catalogues', () => {
  const sources = ['shared/src', 'server/src', 'counter-client/src', 'hall-display/src']
    .flatMap((directory) => sourceFiles(join(packagesDirectory, directory)))
    .filter((path) => !catalogueFiles.test(path))
    .map((path) => readFileSync(path, 'utf8'));
  // The catalogue's own label helpers build `role.${role}` and the like.
  sources.push(
    readFileSync(join(packagesDirectory, 'shared/src/i18n/ui.ts'), 'utf8').split(
      'export function translate',
    )[1]!,
  );
  const text = sources.join('\n');
  const templatePrefixes = [...text.matchAll(/`([a-zA-Z0-9_.]+\.)\$\{/g)].map((match) => match[1]!);

  it('are read by the code, key by key', () => {
    const unused = Object.keys(uiMessages['zh-CN']).filter(
      (key) =>
        !text.includes(`'${key}'`) &&
        !text.includes(`"${key}"`) &&
        !templatePrefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });

  it('are found in the sources at all (the scan reads the apps and the server)', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(text).toContain("'workstation.changeCounter'");
  });
});
