/** Where a kiosk or display keeps its device token between restarts. */
export const deviceTokenStorageKey = 'onestop.deviceToken';

/** The stored device token, or null (also when storage is blocked, as in some kiosk browsers). */
export function readDeviceToken(): string | null {
  try {
    return localStorage.getItem(deviceTokenStorageKey);
  } catch {
    return null;
  }
}

/** Keeps the device token for every later start of this screen. */
export function saveDeviceToken(token: string): void {
  localStorage.setItem(deviceTokenStorageKey, token);
}

/** Forgets the device token, after the server refused it or someone asked to change it. */
export function clearDeviceToken(): void {
  try {
    localStorage.removeItem(deviceTokenStorageKey);
  } catch {
    // Nothing stored that could be cleared.
  }
}
