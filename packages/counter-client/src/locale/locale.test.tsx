import { renderElement } from '@onestop/shared/testing/react';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LanguageSwitch } from '../layout/language-switch';
import { LocaleProvider, localeStorageKey } from './locale';

// WCAG 3.1.1: the page's own language is the one the staff member reads it in.

beforeEach(() => {
  localStorage.setItem(localeStorageKey, 'zh-CN');
  document.documentElement.lang = 'zh-CN';
});
afterEach(() => {
  localStorage.clear();
});

describe('the language of the page', () => {
  it('follows the chosen language on <html lang>, and is given back when the app goes', () => {
    document.documentElement.lang = 'x-before';
    const rendered = renderElement(
      <LocaleProvider>
        <LanguageSwitch />
      </LocaleProvider>,
    );
    expect(document.documentElement.lang).toBe('zh-CN');

    act(() => rendered.container.querySelector<HTMLButtonElement>('button')?.click());
    expect(document.documentElement.lang).toBe('en');
    expect(rendered.container.querySelector('.locale-root')?.getAttribute('lang')).toBe('en');

    rendered.unmount();
    expect(document.documentElement.lang).toBe('x-before');
  });

  it('starts in the language chosen on this browser before', () => {
    localStorage.setItem(localeStorageKey, 'en');
    const rendered = renderElement(
      <LocaleProvider>
        <LanguageSwitch />
      </LocaleProvider>,
    );
    expect(document.documentElement.lang).toBe('en');
    rendered.unmount();
  });
});
