/**
 * The code a citizen gives the kiosk to check in an appointment, from what was typed or scanned:
 * the six-digit checkInCode on the keypad, or the QR code of the booking, which holds the manage
 * link `https://…/b/<manageCode>` (the server takes either code). A link is cut to its last path
 * part, without query or fragment; surrounding spaces go. Empty when nothing usable is left.
 */
export function checkInCodeFrom(typedOrScanned: string): string {
  const text = typedOrScanned.trim();
  if (!text.includes('/')) return text;
  const path = text.split(/[?#]/)[0] ?? '';
  const parts = path.split('/').filter((part) => part !== '');
  const last = parts.at(-1) ?? '';
  // `https://host` alone has no code in it.
  if (/^[a-z][a-z0-9+.-]*:$/i.test(parts[0] ?? '') && parts.length < 3) return '';
  return safeDecode(last);
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The keypad's keys: the checkInCode is digits only (freeCheckInCode on the server). */
export const keypadDigits = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;
