/** Letters and digits only: punctuation and symbols ("+ ", "×") are not words a person says. */
function spoken(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

/** Controls whose name would come from their content, had they no aria-label. */
const namedFromContent = ['button', 'a', '[role="button"]', '[role="link"]', '[role="tab"]']
  .map((selector) => `${selector}[aria-label]`)
  .join(', ');

/**
 * The controls under `root` whose `aria-label` leaves out the words they show (WCAG 2.5.3, label in
 * name), each as "name ≠ shown text": a speech user says what they see, and nothing answers.
 * Empty when every name contains its visible text.
 */
export function namesWithoutTheirText(root: ParentNode): string[] {
  return [...root.querySelectorAll<HTMLElement>(namedFromContent)]
    .map((element) => ({ name: element.getAttribute('aria-label') ?? '', shown: element.textContent ?? '' }))
    .filter(({ name, shown }) => spoken(shown) !== '' && !spoken(name).includes(spoken(shown)))
    .map(({ name, shown }) => `${name} ≠ ${shown.trim()}`);
}
