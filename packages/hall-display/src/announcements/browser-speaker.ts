import type { CallSentence, Locale } from '@onestop/shared';
import type { Speaker } from './announcement-queue';

/** The part of a `SpeechSynthesisVoice` the choice reads. */
export interface VoiceLike {
  lang: string;
  localService: boolean;
  default: boolean;
}

// The language tags tried for each locale, best first: mainland Mandarin before other Chinese.
const preferredTags: Record<Locale, readonly string[]> = {
  'zh-CN': ['zh-cn', 'zh-hans', 'cmn-cn', 'zh-sg', 'zh'],
  en: ['en-gb', 'en-us', 'en'],
};

/**
 * The voice to speak `locale` with: the best-matching language tag, a voice installed on the
 * device before a network one (which fails when the hall's network does), the system default
 * last. Null when no voice speaks the language (the engine then picks by `lang` itself).
 */
export function pickVoice<Voice extends VoiceLike>(voices: readonly Voice[], locale: Locale): Voice | null {
  const tagOf = (voice: Voice) => voice.lang.toLowerCase().replace('_', '-');
  const rank = (voice: Voice): number => {
    const tag = tagOf(voice);
    const index = preferredTags[locale].findIndex(
      (preferred) => tag === preferred || tag.startsWith(`${preferred}-`),
    );
    return index === -1
      ? Number.POSITIVE_INFINITY
      : index * 4 + (voice.localService ? 0 : 2) + (voice.default ? 0 : 1);
  };
  let best: Voice | null = null;
  for (const voice of voices) {
    if (rank(voice) < (best ? rank(best) : Number.POSITIVE_INFINITY)) best = voice;
  }
  return best;
}

/** Options of {@link createBrowserSpeaker}. */
export interface BrowserSpeakerOptions {
  /** 0–1; default 1. */
  volume?: number;
  /** 0.5–2; default 0.9, a little slower than conversation, as halls speak. */
  rate?: number;
}

/** A speaker on the browser's `speechSynthesis` and Web Audio, with what autoplay rules need. */
export interface BrowserSpeaker extends Speaker {
  /** Resolves true when the browser lets the page play sound without a click first. */
  canPlayWithoutGesture(): Promise<boolean>;
  /** Call from a click: lets audio and speech play from now on. */
  unlock(): void;
  /** Closes the audio context (the screen is gone); speech already queued still ends. */
  dispose(): void;
}

function clamp(value: number | undefined, low: number, high: number, fallback: number): number {
  return value === undefined || !Number.isFinite(value) ? fallback : Math.min(high, Math.max(low, value));
}

/**
 * Speaks with `speechSynthesis` (the voice chosen by language) after a two-tone chime made with
 * Web Audio. Each promise settles when the sound has ended; the queue is never cancelled, so a
 * sentence is never cut off. A watchdog settles a sentence whose end event never comes (some
 * engines lose it); the engine still finishes it, since further sentences queue behind it.
 */
export function createBrowserSpeaker(options: BrowserSpeakerOptions = {}): BrowserSpeaker {
  const volume = clamp(options.volume, 0, 1, 1);
  const rate = clamp(options.rate, 0.5, 2, 0.9);
  const AudioContextClass = globalThis.AudioContext as typeof AudioContext | undefined;
  const audio = AudioContextClass ? new AudioContextClass() : null;
  const synthesis = 'speechSynthesis' in globalThis ? globalThis.speechSynthesis : null;
  // Utterances are kept until they end: Chrome drops the end event of one that was garbage-collected.
  const speaking = new Set<SpeechSynthesisUtterance>();

  const chime = async (): Promise<void> => {
    if (!audio || audio.state !== 'running') return;
    const start = audio.currentTime + 0.05;
    const tones = [
      { frequency: 784, at: 0 }, // G5
      { frequency: 523.25, at: 0.45 }, // C5
    ];
    let last: OscillatorNode | null = null;
    for (const tone of tones) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = tone.frequency;
      const begin = start + tone.at;
      gain.gain.setValueAtTime(0.0001, begin);
      gain.gain.exponentialRampToValueAtTime(0.6 * volume + 0.0001, begin + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, begin + 0.8);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(begin);
      oscillator.stop(begin + 0.85);
      last = oscillator;
    }
    await new Promise<void>((resolve) => {
      if (!last) return resolve();
      last.onended = () => resolve();
      // A suspended context never ends its oscillators.
      setTimeout(resolve, 2_500);
    });
  };

  const speak = async (sentence: CallSentence): Promise<void> => {
    if (!synthesis) return;
    const utterance = new SpeechSynthesisUtterance(sentence.spoken);
    utterance.lang = sentence.lang === 'zh-CN' ? 'zh-CN' : 'en-GB';
    const voice = pickVoice(synthesis.getVoices(), sentence.lang);
    if (voice) utterance.voice = voice;
    utterance.volume = volume;
    utterance.rate = rate;
    await new Promise<void>((resolve) => {
      const finish = () => {
        clearTimeout(watchdog);
        speaking.delete(utterance);
        resolve();
      };
      // About four syllables a second at rate 1, and a margin.
      const watchdog = setTimeout(finish, 3_000 + (sentence.spoken.length * 400) / rate);
      utterance.onend = finish;
      utterance.onerror = finish;
      speaking.add(utterance);
      synthesis.speak(utterance);
    });
  };

  return {
    chime,
    speak,
    async canPlayWithoutGesture() {
      if (!audio) return true;
      if (audio.state === 'running') return true;
      // Where autoplay is allowed, resume() settles at once; where a click is needed it waits for one.
      const resumed = audio.resume().then(() => audio.state === 'running');
      const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 400));
      return await Promise.race([resumed, timeout]);
    },
    dispose() {
      void audio?.close();
    },
    unlock() {
      void audio?.resume();
      // Speaking once inside the click lets later sentences play too.
      if (synthesis) {
        const silence = new SpeechSynthesisUtterance(' ');
        silence.volume = 0;
        synthesis.speak(silence);
      }
    },
  };
}
