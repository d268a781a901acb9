/** What the registry needs of a WebSocket. */
export interface ClosableSocket {
  close(code: number, reason: string): void;
  once(event: 'close', listener: () => void): unknown;
}

/** The close code graphql-ws uses for "forbidden": the client must not retry with the same token. */
export const forbiddenCloseCode = 4403;

/** Who opened a connection, as far as taking access away goes: a device, or a staff member's session. */
export type ConnectionOwner =
  { kind: 'device'; deviceId: string } | { kind: 'staff'; staffId: string; sessionId: string };

/** The keys a connection is known by: its device, or its staff member and session. */
function keysOf(owner: ConnectionOwner): string[] {
  return owner.kind === 'device'
    ? [`device:${owner.deviceId}`]
    : [`staff:${owner.staffId}`, `session:${owner.sessionId}`];
}

/**
 * The WebSocket connections of this process by who opened them, so that revoking a device or
 * ending a staff member's sessions also ends the live feeds they hold open — a revoked display
 * must stop receiving the hall's events at once, not at its next reconnect.
 */
export class LiveConnections {
  private readonly byKey = new Map<string, Set<ClosableSocket>>();
  private readonly known = new WeakSet<ClosableSocket>();

  /** Registers a socket once, under its owner; it leaves the registry when it closes. */
  track(socket: ClosableSocket, owner: ConnectionOwner | null): void {
    if (!owner || this.known.has(socket)) return;
    this.known.add(socket);
    const keys = keysOf(owner);
    for (const key of keys) {
      const sockets = this.byKey.get(key) ?? new Set<ClosableSocket>();
      sockets.add(socket);
      this.byKey.set(key, sockets);
    }
    socket.once('close', () => {
      for (const key of keys) {
        const sockets = this.byKey.get(key);
        sockets?.delete(socket);
        if (sockets?.size === 0) this.byKey.delete(key);
      }
    });
  }

  /** Closes every connection of a device; returns how many. */
  closeDevice(deviceId: string, reason: string): number {
    return this.close(`device:${deviceId}`, reason);
  }

  /** Closes every connection of a staff member (all their sessions); returns how many. */
  closeStaff(staffId: string, reason: string): number {
    return this.close(`staff:${staffId}`, reason);
  }

  private close(key: string, reason: string): number {
    const sockets = [...(this.byKey.get(key) ?? [])];
    for (const socket of sockets) socket.close(forbiddenCloseCode, reason);
    return sockets.length;
  }
}
