/**
 * The address a new kiosk or display opens once: the hall-display app takes the token from
 * `?token=`, keeps it and removes it from the address bar.
 */
export function deviceSetupUrl(origin: string, role: string, token: string): string {
  const path = role === 'KIOSK' ? '/kiosk' : '/display';
  return `${origin}${path}?token=${encodeURIComponent(token)}`;
}
