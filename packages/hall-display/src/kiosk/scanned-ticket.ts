/**
 * The access code of a ticket's phone page link (`https://…/t/<accessCode>`, a query or fragment
 * after it), as a kiosk's scanner types the QR code a remote ticket's phone page shows; null for
 * anything else, which the kiosk takes as an appointment's code (appointmentCodeOf in shared).
 * Only a link counts: a bare access code cannot be told from a typed appointment code.
 */
export function ticketAccessCodeOf(typedOrScanned: string): string | null {
  const text = typedOrScanned.trim();
  const path = text.split(/[?#]/)[0]!.replace(/\/+$/, '');
  const match = /(?:^|\/)t\/([^/]+)$/.exec(path);
  if (!match || !text.includes('/')) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    // A broken escape (%E4%B8 cut short) is no ticket's code: the kiosk tries it as an appointment.
    return null;
  }
}
