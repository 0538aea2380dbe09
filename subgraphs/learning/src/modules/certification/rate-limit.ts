/**
 * A fixed-window counter per key, in memory (per subgraph instance): at most `limit` hits per key in each
 * window of `windowMs`. Small and enough for its one use, slowing down guessing of verification codes.
 */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, { start: number; hits: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private current(key: string): { start: number; hits: number } {
    const start = Math.floor(this.now() / this.windowMs) * this.windowMs;
    let window = this.windows.get(key);
    if (!window || window.start !== start) {
      if (this.windows.size > 10_000) this.prune(start);
      window = { start, hits: 0 };
      this.windows.set(key, window);
    }
    return window;
  }

  /** Whether `key` has used up its hits in the current window. */
  exhausted(key: string): boolean {
    return this.current(key).hits >= this.limit;
  }

  /** Counts one hit of `key`; returns how many remain in the window. */
  hit(key: string): number {
    const window = this.current(key);
    window.hits++;
    return Math.max(0, this.limit - window.hits);
  }

  /**
   * Takes one hit of `key` if one remains, and says whether it did: the check and the count are one step, so
   * concurrent lookups (many aliases of one request) are counted one by one instead of all passing the check.
   */
  take(key: string): boolean {
    const window = this.current(key);
    if (window.hits >= this.limit) return false;
    window.hits++;
    return true;
  }

  /** Gives back a hit taken in the current window (the lookup turned out not to count). */
  refund(key: string): void {
    const window = this.current(key);
    window.hits = Math.max(0, window.hits - 1);
  }

  /** Forgets the windows that ended (keeps memory bounded when many keys come and go). */
  private prune(currentStart: number): void {
    for (const [key, window] of this.windows) if (window.start !== currentStart) this.windows.delete(key);
  }
}
