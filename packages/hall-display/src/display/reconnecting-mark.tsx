import { Bilingual } from '../components/bilingual';

/**
 * The discreet sign that the link to the server is down: the screen keeps showing its last
 * state meanwhile, so citizens still see the recent calls.
 */
export function ReconnectingMark() {
  return (
    <div className="reconnecting-mark" role="status">
      <span className="reconnecting-dot" aria-hidden="true" />
      <Bilingual messageKey="display.reconnecting" />
    </div>
  );
}
