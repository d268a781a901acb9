import { Multilingual } from '../components/multilingual';

/**
 * The discreet sign that the link to the server is down: the screen keeps showing its last
 * state meanwhile, so citizens still see the recent calls.
 */
export function ReconnectingMark() {
  return (
    <div className="reconnecting-mark" role="status">
      <span className="reconnecting-dot" aria-hidden="true" />
      <Multilingual messageKey="display.reconnecting" />
    </div>
  );
}
