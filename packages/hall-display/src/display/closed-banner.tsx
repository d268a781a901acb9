import { formatOpeningTime, translate } from '@onestop/shared';
import { Bilingual, BilingualText } from '../components/bilingual';

/** The hall is closed now (`Hall.openNow` false). */
export interface HallClosed {
  /** When it opens next (ISO 8601), null when not within a year. */
  opensAt: string | null;
}

/** Props of {@link ClosedBanner}. */
export interface ClosedBannerProps {
  closed: HallClosed;
  /** The server's time, for "today" and "tomorrow". */
  now: number;
  timeZone: string;
  /**
   * Citizens still wait after closing and will be called (wall screen only): say so, so that they
   * do not leave. Undefined leaves the note's place out altogether (counter screen).
   */
  stillCalling?: boolean;
  className?: string;
}

/**
 * "非办公时间 · 明天 09:00 开始办公 / Closed · Opens tomorrow 09:00", in both languages, on the
 * hall's clock. A banner beside the calls, never instead of them: tickets taken before closing
 * are still called.
 */
export function ClosedBanner({ closed, now, timeZone, stillCalling, className }: ClosedBannerProps) {
  const when = (locale: 'zh-CN' | 'en') =>
    closed.opensAt
      ? translate(locale, 'display.opensAt', {
          when: formatOpeningTime(closed.opensAt, now, locale, timeZone),
        })
      : null;
  const chineseWhen = when('zh-CN');
  return (
    <div className={['closed-banner', className].filter(Boolean).join(' ')} role="status">
      <Bilingual className="closed-banner-title" messageKey="display.hallClosed" />
      {chineseWhen ? (
        <BilingualText className="closed-banner-when" chinese={chineseWhen} english={when('en')} />
      ) : (
        <span className="closed-banner-when" />
      )}
      {stillCalling === undefined ? null : (
        <span className="closed-banner-note">
          {stillCalling ? <Bilingual messageKey="display.stillCalling" /> : null}
        </span>
      )}
    </div>
  );
}
