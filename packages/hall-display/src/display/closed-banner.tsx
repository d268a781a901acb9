import { formatOpeningTimeIn, translatePublic } from '@onestop/shared';
import { Multilingual, MultilingualText } from '../components/multilingual';

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
 * "非办公时间 · 明天 09:00 开始办公 / Closed · Opens tomorrow 09:00", in every language of the hall, on the
 * hall's clock. A banner beside the calls, never instead of them: tickets taken before closing
 * are still called.
 */
export function ClosedBanner({ closed, now, timeZone, stillCalling, className }: ClosedBannerProps) {
  const opensAt = closed.opensAt;
  return (
    <div className={['closed-banner', className].filter(Boolean).join(' ')} role="status">
      <Multilingual className="closed-banner-title" messageKey="display.hallClosed" />
      {opensAt ? (
        <MultilingualText
          className="closed-banner-when"
          text={(lang) =>
            translatePublic(lang, 'display.opensAt', {
              when: formatOpeningTimeIn(lang, opensAt, now, timeZone),
            })
          }
        />
      ) : (
        <span className="closed-banner-when" />
      )}
      {stillCalling === undefined ? null : (
        <span className="closed-banner-note">
          {stillCalling ? <Multilingual messageKey="display.stillCalling" /> : null}
        </span>
      )}
    </div>
  );
}
