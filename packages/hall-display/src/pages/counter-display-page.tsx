import { ServerClock } from '@onestop/shared/client';
import { useCallback, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Multilingual } from '../components/multilingual';
import { Loading } from '../components/loading';
import { DeviceGate, type DeviceHall } from '../device/device-gate';
import { CounterBoard } from '../display/counter-board';
import { callServiceNames, serviceNamesById } from '../display/service-names';
import type { Board } from '../live/hall-feed';
import { useLiveScreen } from '../live/hooks';
import { useHallOpening } from '../live/use-hall-opening';

/** `/display/counter/:label`: the screen above one counter (窗口屏). */
export function CounterDisplayPage() {
  const { label = '' } = useParams();
  return (
    <DeviceGate expectedRole="DISPLAY" title="display.counter.title" fullscreen>
      {({ hall, refuse, outOfService }) => (
        <CounterDisplay
          key={label}
          hall={hall}
          label={label}
          onRefused={refuse}
          onOutOfService={outOfService}
        />
      )}
    </DeviceGate>
  );
}

interface CounterDisplayProps {
  hall: DeviceHall;
  label: string;
  onRefused: () => void;
  onOutOfService: () => void;
}

function CounterDisplay({ hall, label, onRefused, onOutOfService }: CounterDisplayProps) {
  const [serverClock] = useState(() => new ServerClock());
  // Calls up to the first board were made before the screen came up: shown, but not blinking.
  const [firstSeq, setFirstSeq] = useState<number | null>(null);
  const onBoard = useCallback((board: Board) => setFirstSeq((seq) => seq ?? board.seq), []);
  const { board, now, reconnecting } = useLiveScreen({
    hallId: hall.id,
    serverClock,
    onRefused,
    onOutOfService,
    onBoard,
  });
  const { opening } = useHallOpening({ hallId: hall.id, serverClock, onOutOfService });

  if (!board) return <Loading />;
  const state = board.counters.find((candidate) => candidate.counter.label === label);
  if (!state) {
    return (
      <Multilingual as="p" className="notice notice-error" messageKey="counter.notFound" values={{ label }} />
    );
  }
  // recentCalls is newest first: the first call of this counter's ticket is the one that brought it here.
  const call =
    board.recentCalls.find(
      (candidate) =>
        candidate.counterId === state.counter.id && candidate.ticketNumber === state.ticketNumber,
    ) ?? null;
  const serviceNames = call
    ? callServiceNames(
        call,
        serviceNamesById(
          hall.services,
          board.queues.map((queue) => queue.service),
        ),
      )
    : null;

  return (
    <CounterBoard
      label={label}
      hall={hall}
      now={now}
      status={state.status}
      ticketNumber={state.ticketNumber}
      call={call}
      serviceNames={serviceNames}
      fresh={call !== null && firstSeq !== null && call.seq > firstSeq}
      reconnecting={reconnecting}
      closed={opening && !opening.openNow ? { opensAt: opening.opensAt ?? null } : null}
    />
  );
}
