import type { CallSentence } from '@onestop/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnnouncementQueue, type CallEvent, type Speaker, staleCallMilliseconds } from './announcement-queue';

const now = Date.parse('2026-11-24T01:30:00.000Z');

function call(
  seq: number,
  ticketNumber: string,
  counterLabel: string,
  options: Partial<CallEvent> & { ageMs?: number } = {},
): CallEvent {
  return {
    seq,
    type: options.type ?? 'TICKET_CALLED',
    call: { ticketNumber, counterLabel, calledAt: new Date(now - (options.ageMs ?? 0)).toISOString() },
  };
}

/**
 * A speaker whose every sound lasts until the test ends it, recording when each started and
 * ended, so that a sound begun before the previous one ended shows.
 */
class ManualSpeaker implements Speaker {
  readonly log: string[] = [];
  private current: { name: string; end: () => void } | null = null;
  failNext = false;

  chime(): Promise<void> {
    return this.play('chime');
  }

  speak(sentence: CallSentence): Promise<void> {
    return this.play(sentence.caption);
  }

  get playing(): string | null {
    return this.current?.name ?? null;
  }

  /** Ends the sound playing now. */
  finish(): void {
    const current = this.current;
    if (!current) throw new Error('nothing is playing');
    this.current = null;
    this.log.push(`end ${current.name}`);
    current.end();
  }

  private play(name: string): Promise<void> {
    if (this.current) this.log.push(`OVERLAP ${name} during ${this.current.name}`);
    this.log.push(`start ${name}`);
    if (this.failNext) {
      this.failNext = false;
      return Promise.reject(new Error('speech engine failed'));
    }
    return new Promise((resolve) => {
      this.current = { name, end: resolve };
    });
  }
}

/** Lets the queue's promise chain move on. */
const settle = () => vi.advanceTimersByTimeAsync(0);

/** Ends sounds one by one until nothing plays; returns the names in the order they played. */
async function playOut(speaker: ManualSpeaker): Promise<string[]> {
  const played: string[] = [];
  await settle();
  while (speaker.playing) {
    played.push(speaker.playing);
    speaker.finish();
    await settle();
  }
  return played;
}

const sounds = (ticketNumber: string, counterLabel: string) => [
  'chime',
  `请 ${ticketNumber} 号 到 ${counterLabel} 号窗口办理`,
  `Ticket ${ticketNumber}, please go to counter ${counterLabel}`,
];

let speaker: ManualSpeaker;
let errors: unknown[];
/** The server's time as the queue sees it; tests move it on. */
let serverNow: number;
const queueWith = (options: { held?: boolean } = {}) =>
  new AnnouncementQueue({
    speaker,
    ageOf: (calledAt) => serverNow - Date.parse(calledAt),
    onError: (error) => errors.push(error),
    ...options,
  });

beforeEach(() => {
  vi.useFakeTimers();
  speaker = new ManualSpeaker();
  errors = [];
  serverNow = now;
});
afterEach(() => vi.useRealTimers());

describe('AnnouncementQueue', () => {
  it('says each call in order: chime, Chinese, English', async () => {
    const queue = queueWith();
    expect(queue.offer(call(1, 'A001', '1'))).toBe('queued');
    expect(queue.offer(call(2, 'B001', '3'))).toBe('queued');
    expect(queue.offer(call(3, 'A002', '12'))).toBe('queued');
    expect(await playOut(speaker)).toEqual([
      ...sounds('A001', '1'),
      ...sounds('B001', '3'),
      ...sounds('A002', '12'),
    ]);
  });

  it('never starts a sound before the one playing has ended, however fast calls come', async () => {
    const queue = queueWith();
    queue.offer(call(1, 'A001', '1'));
    await settle();
    expect(speaker.playing).toBe('chime');
    queue.offer(call(2, 'A002', '2'));
    queue.offer(call(3, 'A003', '3'));
    await vi.advanceTimersByTimeAsync(60_000);
    // Still the first chime: nothing cut it off, nothing started beside it.
    expect(speaker.playing).toBe('chime');
    expect(queue.waiting).toBe(2);
    await playOut(speaker);
    expect(speaker.log.filter((entry) => entry.startsWith('OVERLAP'))).toEqual([]);
    expect(speaker.log.filter((entry) => entry.startsWith('start'))).toHaveLength(9);
  });

  it('says a call once, however often it is offered (a replay overlapping the live feed)', async () => {
    const queue = queueWith();
    expect(queue.offer(call(1, 'A001', '1'))).toBe('queued');
    expect(queue.offer(call(1, 'A001', '1'))).toBe('duplicate');
    expect(queue.offer(call(2, 'A002', '2'))).toBe('queued');
    expect(queue.offer(call(1, 'A001', '1'))).toBe('duplicate');
    expect(queue.offer(call(2, 'A002', '2'))).toBe('duplicate');
    expect(await playOut(speaker)).toEqual([...sounds('A001', '1'), ...sounds('A002', '2')]);
  });

  it('says a recall again: it is a new event with its own seq', async () => {
    const queue = queueWith();
    queue.offer(call(1, 'A001', '1'));
    queue.offer(call(2, 'A001', '1', { type: 'TICKET_RECALLED' }));
    expect(await playOut(speaker)).toEqual([...sounds('A001', '1'), ...sounds('A001', '1')]);
  });

  it('shows but does not say a call older than a minute when it arrives', async () => {
    const queue = queueWith();
    expect(queue.offer(call(1, 'A001', '1', { ageMs: staleCallMilliseconds + 1 }))).toBe('stale');
    expect(queue.offer(call(2, 'A002', '2', { ageMs: staleCallMilliseconds }))).toBe('queued');
    // A stale call still counts as handled: offered again, it is not said either.
    expect(queue.offer(call(1, 'A001', '1'))).toBe('duplicate');
    expect(await playOut(speaker)).toEqual(sounds('A002', '2'));
  });

  it('ignores events that are not calls or recalls', async () => {
    const queue = queueWith();
    expect(queue.offer({ seq: 1, type: 'TICKET_ISSUED', call: null })).toBe('not-a-call');
    expect(queue.offer({ ...call(2, 'A001', '1'), type: 'TICKET_RESUMED' })).toBe('not-a-call');
    expect(queue.offer({ seq: 3, type: 'TICKET_CALLED', call: null })).toBe('not-a-call');
    expect(await playOut(speaker)).toEqual([]);
  });

  it('holds calls while sound is blocked, and on release drops those that grew stale meanwhile', async () => {
    const queue = queueWith({ held: true });
    queue.offer(call(1, 'A001', '1', { ageMs: 50_000 }));
    queue.offer(call(2, 'A002', '2', { ageMs: 1_000 }));
    expect(await playOut(speaker)).toEqual([]);
    expect(queue.waiting).toBe(2);

    // Twenty seconds later someone clicks "enable sound": the first call is now 70 s old.
    serverNow += 20_000;
    queue.release();
    expect(await playOut(speaker)).toEqual(sounds('A002', '2'));
  });

  it('goes on with the next sound when the speaker fails, and does not repeat the failed one', async () => {
    const queue = queueWith();
    speaker.failNext = true;
    queue.offer(call(1, 'A001', '1'));
    queue.offer(call(2, 'A002', '2'));
    const played = await playOut(speaker);
    expect(played).toEqual([...sounds('A001', '1').slice(1), ...sounds('A002', '2')]);
    expect(errors).toHaveLength(1);
  });

  it('says nothing more once disposed, and resolves whenIdle when done', async () => {
    const queue = queueWith();
    queue.offer(call(1, 'A001', '1'));
    queue.offer(call(2, 'A002', '2'));
    await settle();
    queue.dispose();
    const idle = queue.whenIdle();
    const played = await playOut(speaker);
    await idle;
    expect(played).toEqual(sounds('A001', '1'));
  });
});
