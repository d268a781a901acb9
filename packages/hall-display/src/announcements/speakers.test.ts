import { callSentences } from '@onestop/shared';
import { describe, expect, it } from 'vitest';
import { pickVoice, type VoiceLike } from './browser-speaker';
import { createRecordingSpeaker, type RecordedSound } from './recording-speaker';

const voice = (name: string, lang: string, localService = true, isDefault = false) => ({
  name,
  lang,
  localService,
  default: isDefault,
});

describe('pickVoice', () => {
  const voices = [
    voice('English default', 'en-US', true, true),
    voice('Cantonese', 'zh-HK'),
    voice('Mandarin online', 'zh-CN', false),
    voice('Mandarin', 'zh_CN'),
    voice('Taiwanese Mandarin', 'zh-TW'),
    voice('British', 'en-GB'),
    voice('German', 'de-DE'),
  ];

  it.each([
    ['zh-CN', 'Mandarin'],
    ['en', 'British'],
  ] as const)('%s → %s', (locale, name) => {
    expect(pickVoice(voices, locale)?.name).toBe(name);
  });

  it('prefers an installed voice to a network one of the same language', () => {
    expect(pickVoice([voice('online', 'zh-CN', false), voice('local', 'zh-CN', true)], 'zh-CN')?.name).toBe(
      'local',
    );
  });

  it('falls back to another Chinese voice, then to none', () => {
    expect(pickVoice([voice('Taiwan', 'zh-TW'), voice('German', 'de-DE')], 'zh-CN')?.name).toBe('Taiwan');
    expect(pickVoice<VoiceLike>([voice('German', 'de-DE')], 'zh-CN')).toBeNull();
  });
});

describe('createRecordingSpeaker', () => {
  it('writes down each sound with its start and end, one after the other', async () => {
    const record: RecordedSound[] = [];
    const speaker = createRecordingSpeaker({ record, chimeMilliseconds: 5, sentenceMilliseconds: 5 });
    const [chinese, english] = callSentences({ ticketNumber: 'A023', counterLabel: '5' });
    await speaker.chime();
    await speaker.speak(chinese);
    await speaker.speak(english);

    expect(record.map(({ kind, lang, caption, text }) => ({ kind, lang, caption, text }))).toEqual([
      { kind: 'chime', lang: undefined, caption: undefined, text: undefined },
      {
        kind: 'speech',
        lang: 'zh-CN',
        caption: '请 A023 号 到 5 号窗口办理',
        text: '请 A 零 二 三 号，到 五 号窗口办理',
      },
      {
        kind: 'speech',
        lang: 'en',
        caption: 'Ticket A023, please go to counter 5',
        text: 'Ticket A zero two three, please go to counter 5.',
      },
    ]);
    for (const [index, sound] of record.entries()) {
      expect(sound.endedAt).toBeGreaterThan(sound.startedAt);
      if (index > 0) expect(sound.startedAt).toBeGreaterThanOrEqual(record[index - 1]!.endedAt);
    }
  });
});
