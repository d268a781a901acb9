import { ServerClock } from '@onestop/shared/client';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useAnnouncer } from '../announcements/use-announcer';
import { Loading } from '../components/loading';
import { DeviceGate, type DeviceHall } from '../device/device-gate';
import { callsOfToday, type DisplayedCall, mergeCalls, pageOf } from '../display/calls';
import { serviceNamesById } from '../display/service-names';
import { SoundOverlay } from '../display/sound-overlay';
import { useVerticalLanguageShown } from '../display/vertical';
import { serviceSlotsWhen, WallBoard } from '../display/wall-board';
import type { Board, HallEvent } from '../live/hall-feed';
import { useLiveScreen } from '../live/hooks';
import { useHallOpening } from '../live/use-hall-opening';

/** How long each page of services stays up when a hall has more services than slots. */
const serviceTurnMilliseconds = 10_000;

/**
 * `/display`: the hall's wall screen (综合屏). Address parameters: `?token=` the device token
 * (taken once, then kept); `?volume=0–1` and `?rate=0.5–2` for the voice; `?speaker=record`
 * to speak into `window.__announcements` instead of the loudspeaker (tests).
 */
export function WallDisplayPage() {
  return (
    <DeviceGate expectedRole="DISPLAY" title="display.wall.title" fullscreen>
      {({ hall, refuse, outOfService }) => (
        <WallDisplay hall={hall} onRefused={refuse} onOutOfService={outOfService} />
      )}
    </DeviceGate>
  );
}

interface WallDisplayProps {
  hall: DeviceHall;
  onRefused: () => void;
  onOutOfService: () => void;
}

function WallDisplay({ hall, onRefused, onOutOfService }: WallDisplayProps) {
  const [serverClock] = useState(() => new ServerClock());
  const announcer = useAnnouncer(serverClock);
  const offerToAnnouncer = announcer.offer;
  const [calls, setCalls] = useState<DisplayedCall[]>([]);
  const [freshSeq, setFreshSeq] = useState<number | null>(null);

  const onBoard = useCallback(
    (board: Board) => setCalls((shown) => mergeCalls(shown, board.recentCalls)),
    [],
  );
  const onEvents = useCallback(
    (events: HallEvent[]) => {
      offerToAnnouncer(events);
      const arrived = events.flatMap((event) => (event.call ? [event.call] : []));
      const newest = arrived.at(-1);
      if (!newest) return;
      setCalls((shown) => mergeCalls(shown, arrived));
      setFreshSeq(newest.seq);
    },
    [offerToAnnouncer],
  );
  const { board, now, reconnecting } = useLiveScreen({
    hallId: hall.id,
    serverClock,
    onRefused,
    onOutOfService,
    onEvents,
    onBoard,
  });
  const { opening } = useHallOpening({ hallId: hall.id, serverClock, onOutOfService });
  const serviceTurn = useTurn(serviceTurnMilliseconds);
  const vertical = useVerticalLanguageShown();

  const serviceNames = useMemo(
    () =>
      serviceNamesById(
        hall.services,
        (board?.queues ?? []).map((queue) => queue.service),
      ),
    [hall.services, board?.queues],
  );

  if (!board) return <Loading />;
  const closed =
    opening && !opening.openNow
      ? { opensAt: opening.opensAt ?? null, stillWaiting: board.queues.some((queue) => queue.waiting > 0) }
      : null;
  // Remote tickets wait unchecked-in: the check-in code takes service rows (wall-board.tsx).
  const checkIn = (board.checkInCode ?? null) !== null;
  return (
    <>
      <WallBoard
        hall={hall}
        now={now}
        calls={callsOfToday(calls, now, hall.timezone)}
        freshSeq={freshSeq}
        queues={pageOf(board.queues, serviceSlotsWhen(closed !== null, vertical, checkIn), serviceTurn)}
        serviceNames={serviceNames}
        reconnecting={reconnecting}
        closed={closed}
        checkInCode={board.checkInCode ?? null}
      />
      {announcer.soundBlocked ? <SoundOverlay onEnable={announcer.enableSound} /> : null}
    </>
  );
}

/** A number that goes up by one every `intervalMilliseconds`. */
function useTurn(intervalMilliseconds: number): number {
  const [turn, setTurn] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTurn((current) => current + 1), intervalMilliseconds);
    return () => clearInterval(timer);
  }, [intervalMilliseconds]);
  return turn;
}
