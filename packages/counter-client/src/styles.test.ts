import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// The staff screens' own stylesheets against WCAG 2.5.8 (target size) and 2.4.7 (focus visible).

/** Reads a stylesheet of this app as the browser gets it: Vitest leaves CSS imports empty. */
async function stylesheet(path: string): Promise<string> {
  // Spelled so that Vite leaves it to Node; the app's types know no Node modules.
  const fileSystem = (await import(/* @vite-ignore */ `node:${'fs'}`)) as {
    readFileSync: (file: URL, encoding: 'utf8') => string;
  };
  return fileSystem.readFileSync(new URL(path, import.meta.url), 'utf8');
}

beforeEach(async () => {
  for (const path of ['./styles.css', './workstation/workstation.css', './console/console.css']) {
    const style = document.createElement('style');
    style.textContent = await stylesheet(path);
    document.head.append(style);
  }
});
afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

/** A desk dialog's radios and a console form's radios and checkboxes, as the app writes them. */
const controls = `
  <fieldset class="desk-choice-list"><label class="desk-choice"><input type="radio" name="outcome"> 办结</label></fieldset>
  <div class="console">
    <label class="checkbox"><input type="checkbox" name="serves"> A 社会保障</label>
    <fieldset class="period-picker"><label class="period-preset"><input type="radio" name="period"> 今天</label></fieldset>
  </div>`;

describe('the staff screens’ styles', () => {
  it('make every radio and checkbox 24 × 24 CSS px at least', () => {
    document.body.innerHTML = controls;
    const inputs = [...document.querySelectorAll('input')];
    expect(inputs).toHaveLength(3);
    for (const input of inputs) {
      const { width, height } = getComputedStyle(input);
      expect(Number.parseFloat(width), `${input.name} width ${width}`).toBeGreaterThanOrEqual(24);
      expect(Number.parseFloat(height), `${input.name} height ${height}`).toBeGreaterThanOrEqual(24);
    }
  });

  it('ring whatever the keyboard is on with an outline of 2px or more', () => {
    document.body.innerHTML = `${controls}
      <section class="desk"><h2 tabindex="-1">当前号码</h2><button class="button desk-button-small">叫此号</button>
        <select name="hall"><option>一</option></select></section>
      <div class="console"><a href="#stats">统计</a><input type="text" class="time-input"></div>`;
    const focusable = [...document.querySelectorAll<HTMLElement>('input, button, select, a, [tabindex]')];
    for (const element of focusable) {
      element.focus();
      const { outlineStyle, outlineWidth } = getComputedStyle(element);
      const name = element.outerHTML.slice(0, 60);
      expect(outlineStyle, name).toBe('solid');
      expect(Number.parseFloat(outlineWidth), name).toBeGreaterThanOrEqual(2);
    }
  });
});
