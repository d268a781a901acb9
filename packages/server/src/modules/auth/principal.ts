import type { DeviceRole, StaffRole } from '@onestop/shared';

/** Who is calling: a logged-in staff member or a registered device. Citizens carry no principal. */
export type Principal =
  | { kind: 'staff'; staffId: string; role: StaffRole; sessionId: string }
  | { kind: 'device'; deviceId: string; role: DeviceRole; hallId: string };
