import { checkInPath, isVerticalLanguage, translatePublic } from '@onestop/shared';
import { QrCode } from '../components/qr-code';
import { Multilingual, usePublicLanguages } from '../components/multilingual';

/**
 * The address the wall's check-in QR code encodes: the page a phone opens to check its remote
 * ticket in with this minute's code, on the server that serves this display.
 */
export function checkInUrlOf(checkInCode: string, origin: string = window.location.origin): string {
  return `${origin}${checkInPath(checkInCode)}`;
}

/** Props of {@link CheckInCodePanel}. */
export interface CheckInCodePanelProps {
  /** The board's `checkInCode`: six digits, new every minute. */
  code: string;
}

/**
 * Remote join's check-in on the wall (远程取号请扫码签到): the QR code of this minute's check-in
 * page with its six digits beneath, for a phone that cannot scan, and the line that says who it is
 * for. It takes the place of service rows (wall-board.tsx, checkInServiceRows), so that every slot
 * stays whole and the calls keep theirs.
 */
export function CheckInCodePanel({ code }: CheckInCodePanelProps) {
  const languages = usePublicLanguages();
  // A screen reader reads one language: the hall's first horizontal one.
  const readIn = languages.find((lang) => !isVerticalLanguage(lang)) ?? 'zh-CN';
  return (
    <section className="wall-check-in" data-check-in-code={code}>
      <figure className="wall-check-in-figure">
        <QrCode
          className="wall-check-in-qr"
          text={checkInUrlOf(code)}
          label={translatePublic(readIn, 'citizen.remoteHall.display.codeLabel', { code })}
        />
        {/* The QR code's label says the digits to a screen reader already. */}
        <figcaption className="wall-check-in-code figures" aria-hidden="true">
          {code}
        </figcaption>
      </figure>
      <Multilingual className="wall-check-in-line" messageKey="citizen.remoteHall.display.scanToCheckIn" />
    </section>
  );
}
