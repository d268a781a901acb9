import type { CallSentence, Locale } from '@onestop/shared';
import type { Speaker } from './announcement-queue';

/** One sound a {@link createRecordingSpeaker} was asked to make, with when it started and ended. */
export interface RecordedSound {
  kind: 'chime' | 'speech';
  lang?: Locale;
  /** The words handed to the speech engine. */
  text?: string;
  /** The sentence as written. */
  caption?: string;
  /** `performance.now()` at its start and end: one sound never starts before the previous ended. */
  startedAt: number;
  endedAt: number;
}

/** Options of {@link createRecordingSpeaker}. */
export interface RecordingSpeakerOptions {
  /** Where sounds are appended (the browser tests read `window.__announcements`). */
  record: RecordedSound[];
  /** How long a chime "plays"; default 40 ms. */
  chimeMilliseconds?: number;
  /** How long a sentence "is spoken"; default 120 ms, so that overlaps would show. */
  sentenceMilliseconds?: number;
}

/**
 * A speaker that makes no sound and writes down what it would say, taking a little time per
 * sound as a real one does: for tests, and for `/display?speaker=record`.
 */
export function createRecordingSpeaker(options: RecordingSpeakerOptions): Speaker {
  const { record, chimeMilliseconds = 40, sentenceMilliseconds = 120 } = options;
  const play = async (sound: Omit<RecordedSound, 'startedAt' | 'endedAt'>, milliseconds: number) => {
    const startedAt = performance.now();
    await new Promise((resolve) => setTimeout(resolve, milliseconds));
    record.push({ ...sound, startedAt, endedAt: performance.now() });
  };
  return {
    chime: () => play({ kind: 'chime' }, chimeMilliseconds),
    speak: (sentence: CallSentence) =>
      play(
        { kind: 'speech', lang: sentence.lang, text: sentence.spoken, caption: sentence.caption },
        sentenceMilliseconds,
      ),
  };
}
