/**
 * The tickets this phone has opened (their access codes), newest first: the check-in page the wall
 * display's QR opens (`/checkin/:code`) has no ticket in its address, so it checks in the remote
 * tickets the phone remembers. Kept in `localStorage`, a few at most and for a day: a ticket lives
 * one service day.
 */

const rememberedKey = 'onestop.citizen.tickets';
/** More than a citizen holds at once (one remote ticket per hall, a kiosk ticket or two). */
export const rememberedTicketsLimit = 10;
const rememberedForMilliseconds = 24 * 60 * 60 * 1000;

interface RememberedTicket {
  accessCode: string;
  /** When the phone last opened it, epoch milliseconds. */
  openedAt: number;
}

function readAll(now: number): RememberedTicket[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(rememberedKey) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (entry): entry is RememberedTicket =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as RememberedTicket).accessCode === 'string' &&
        typeof (entry as RememberedTicket).openedAt === 'number' &&
        now - (entry as RememberedTicket).openedAt < rememberedForMilliseconds,
    );
  } catch {
    // Private browsing may refuse storage, or another version left something else there.
    return [];
  }
}

/** Remembers that the phone opened this ticket now (first in the list). */
export function rememberTicket(accessCode: string, now = Date.now()): void {
  const others = readAll(now).filter((entry) => entry.accessCode !== accessCode);
  const next = [{ accessCode, openedAt: now }, ...others].slice(0, rememberedTicketsLimit);
  try {
    localStorage.setItem(rememberedKey, JSON.stringify(next));
  } catch {
    // Not remembered: the check-in page then tells the citizen to open the ticket page instead.
  }
}

/** The access codes of the tickets this phone opened within the last day, newest first. */
export function rememberedTickets(now = Date.now()): string[] {
  return readAll(now).map((entry) => entry.accessCode);
}
