import { afterEach, describe, expect, it, vi } from 'vitest';
import { setDocumentLanguage } from './document-language.js';

afterEach(() => vi.unstubAllGlobals());

describe('setDocumentLanguage', () => {
  it('sets <html lang> and gives the page its language back', () => {
    const root = { lang: 'zh-CN' };
    vi.stubGlobal('document', { documentElement: root });
    const restore = setDocumentLanguage('en');
    expect(root.lang).toBe('en');
    restore();
    expect(root.lang).toBe('zh-CN');
  });
});
