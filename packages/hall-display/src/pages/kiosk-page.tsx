import { DeviceGate } from '../device/device-gate';
import { KioskScreen } from '../kiosk/kiosk-screen';

/**
 * `/kiosk`: the touch screen where citizens take a ticket (自助取号). Address parameters:
 * `?token=` the device token (taken once, then kept); `?resetAfter=` seconds after the last touch
 * before the screen goes back to the start (default 20, warned 10 s before); `?print=0` when no
 * receipt printer is attached.
 */
export function KioskPage() {
  return (
    <DeviceGate expectedRole="KIOSK" title="kiosk.title" fullscreen>
      {({ hall, refuse, outOfService }) => (
        <KioskScreen hall={hall} onRefused={refuse} onOutOfService={outOfService} />
      )}
    </DeviceGate>
  );
}
