/** Where the staff session token is kept between reloads. */
export const staffTokenStorageKey = 'onestop.staffToken';

/** The stored session token, or null (also when storage is blocked). */
export function readStaffToken(): string | null {
  try {
    return localStorage.getItem(staffTokenStorageKey);
  } catch {
    return null;
  }
}

/** Keeps the token `login` returned. */
export function saveStaffToken(token: string): void {
  localStorage.setItem(staffTokenStorageKey, token);
}

/** Forgets the token after logout or once the server refuses it. */
export function clearStaffToken(): void {
  try {
    localStorage.removeItem(staffTokenStorageKey);
  } catch {
    // Nothing stored that could be cleared.
  }
}
