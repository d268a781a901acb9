import type { ServerClock } from '@onestop/shared/client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { AnnouncementQueue, type CallEvent, type OfferOutcome, type Speaker } from './announcement-queue';
import { type BrowserSpeaker, createBrowserSpeaker } from './browser-speaker';
import { createRecordingSpeaker, type RecordedSound } from './recording-speaker';

declare global {
  interface Window {
    /** What the recording speaker (`?speaker=record`) was asked to say, for the browser tests. */
    __announcements?: RecordedSound[];
  }
}

/** What a wall screen does with sound. */
export interface Announcer {
  /** Takes the hall's new events; the calls among them are spoken. */
  offer(events: readonly CallEvent[]): OfferOutcome[];
  /** True while the browser waits for a click before it plays sound. */
  soundBlocked: boolean;
  /** Call from that click. */
  enableSound(): void;
}

function optionalNumber(value: string | null): number | undefined {
  return value === null || value.trim() === '' ? undefined : Number(value);
}

/**
 * The wall screen's announcements. The address chooses the speaker: `?speaker=record` records
 * into `window.__announcements` and never asks for a click (browser tests); otherwise the
 * browser speaks, with `?volume=0–1` and `?rate=0.5–2`, and where autoplay rules demand a first
 * click the queue is held until someone gives it.
 */
export function useAnnouncer(serverClock: ServerClock): Announcer {
  const [searchParams] = useSearchParams();
  const [speakerChoice] = useState(() => ({
    record: searchParams.get('speaker') === 'record',
    volume: optionalNumber(searchParams.get('volume')),
    rate: optionalNumber(searchParams.get('rate')),
  }));
  const queueRef = useRef<AnnouncementQueue | null>(null);
  const browserSpeakerRef = useRef<BrowserSpeaker | null>(null);
  const [soundBlocked, setSoundBlocked] = useState(false);

  // Made in an effect, so that each mount owns its audio context and queue and disposes them.
  useEffect(() => {
    const ageOf = (calledAt: string) => serverClock.ageMilliseconds(calledAt);
    if (speakerChoice.record) {
      window.__announcements ??= [];
      const speaker: Speaker = createRecordingSpeaker({ record: window.__announcements });
      const queue = new AnnouncementQueue({ speaker, ageOf });
      queueRef.current = queue;
      return () => queue.dispose();
    }
    const browserSpeaker = createBrowserSpeaker({ volume: speakerChoice.volume, rate: speakerChoice.rate });
    // Held until the browser says it may play sound.
    const queue = new AnnouncementQueue({ speaker: browserSpeaker, ageOf, held: true });
    queueRef.current = queue;
    browserSpeakerRef.current = browserSpeaker;
    let cancelled = false;
    void browserSpeaker.canPlayWithoutGesture().then((allowed) => {
      if (cancelled) return;
      if (allowed) queue.release();
      else setSoundBlocked(true);
    });
    return () => {
      cancelled = true;
      queue.dispose();
      browserSpeaker.dispose();
    };
  }, [serverClock, speakerChoice]);

  const offer = useCallback(
    (events: readonly CallEvent[]) => events.map((event) => queueRef.current?.offer(event) ?? 'not-a-call'),
    [],
  );
  const enableSound = useCallback(() => {
    browserSpeakerRef.current?.unlock();
    queueRef.current?.release();
    setSoundBlocked(false);
  }, []);

  return { offer, soundBlocked, enableSound };
}
