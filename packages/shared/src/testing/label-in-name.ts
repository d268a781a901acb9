// WCAG 2.5.3 (label in name) for the apps' component tests: the name a screen reader or voice
// control uses for a control contains the words the control shows, so "tap 取消排队" works.

const controls =
  'button, a[href], input:not([type="hidden"]), textarea, select, [role="button"], [role="link"], [role="tab"]';

/** Letters and digits only: punctuation, symbols ("+", "×") and spaces are not words a person says. */
function spoken(text: string | null | undefined): string {
  return (text ?? '').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

const shownText = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The text of the elements an `aria-labelledby` names. */
function textOfIds(ids: string): string {
  return ids
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/** The words shown with a control: its own text, or for a field, its label's text. */
function visibleTextOf(control: Element): string {
  if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
    const label =
      control.closest('label') ?? (control.id ? document.querySelector(`label[for="${control.id}"]`) : null);
    return shownText(label?.textContent);
  }
  return shownText(control.textContent);
}

/** The accessible name, as far as these apps need it (accname 1.2 without its rare branches). */
function accessibleNameOf(control: Element): string {
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) return shownText(textOfIds(labelledBy));
  const label = control.getAttribute('aria-label');
  if (label) return shownText(label);
  return visibleTextOf(control);
}

/**
 * Each control under `root` whose accessible name leaves out the words it shows, as
 * `TAG: "name" lacks "shown"`; empty when every name contains its visible words.
 */
export function labelInNameProblems(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll(controls)).flatMap((control) => {
    const visible = visibleTextOf(control);
    const name = accessibleNameOf(control);
    return spoken(visible) === '' || spoken(name).includes(spoken(visible))
      ? []
      : [`${control.tagName}: "${name}" lacks "${visible}"`];
  });
}
