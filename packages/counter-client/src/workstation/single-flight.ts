/**
 * One operation at a time per counter: the double-press guard. `tryStart` is synchronous, so
 * two presses of F1 in the same instant (before React re-renders a disabled button) cannot both
 * start a call; the second is ignored, not queued.
 */
export class SingleFlight<Name extends string> {
  private current: Name | null = null;

  /** The operation in flight, or null. */
  get pending(): Name | null {
    return this.current;
  }

  /** Starts `name` and returns true, or returns false when another operation is in flight. */
  tryStart(name: Name): boolean {
    if (this.current !== null) return false;
    this.current = name;
    return true;
  }

  /** Ends the operation in flight. */
  finish(): void {
    this.current = null;
  }
}
