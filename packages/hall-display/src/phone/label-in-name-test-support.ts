// For the phone and booking pages' tests: WCAG 2.5.3 (label in name) — the name a screen reader or
// voice control uses for a control contains the words the control shows, so "tap 取消排队" works.

const controls = 'button, a[href], input:not([type="hidden"]), textarea, select, [role="button"]';

const normalized = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

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
    return normalized(label?.textContent);
  }
  return normalized(control.textContent);
}

/** The accessible name, as far as these pages need it (accname 1.2, without the rare branches). */
function accessibleNameOf(control: Element): string {
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) return normalized(textOfIds(labelledBy));
  const label = control.getAttribute('aria-label');
  if (label) return normalized(label);
  return visibleTextOf(control);
}

/** Each control under `root` whose accessible name does not contain its visible words. */
export function labelInNameProblems(root: ParentNode): string[] {
  return [...root.querySelectorAll(controls)].flatMap((control) => {
    const visible = visibleTextOf(control);
    const name = accessibleNameOf(control);
    return visible === '' || name.includes(visible)
      ? []
      : [`${control.tagName}: "${name}" lacks "${visible}"`];
  });
}
