/** A clock tests and emulators can move by hand (session expiry without waiting). */
export interface Clock {
  /** Current time in epoch milliseconds. */
  now(): number;
}

/** A {@link Clock} that only moves when told to. */
export class ManualClock implements Clock {
  private t: number;
  constructor(start: number = Date.UTC(2026, 0, 1, 9, 0, 0)) {
    this.t = start;
  }
  /** Current time of this clock in epoch milliseconds. */
  now(): number {
    return this.t;
  }
  /** Moves the clock forward by `ms`. */
  advance(ms: number): void {
    this.t += ms;
  }
  /** Sets the clock to an absolute epoch ms. */
  set(epochMs: number): void {
    this.t = epochMs;
  }
}

/** The real clock. */
export const systemClock: Clock = { now: () => Date.now() };
