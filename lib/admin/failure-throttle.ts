/**
 * Counts failures per key (an email address) in a fixed window and blocks the key once it reaches
 * `maxFailures`, until the window that started with its first failure is over. A success clears it.
 * It backs up the per-IP sign-in limit, which a client can dodge by inventing X-Forwarded-For headers.
 */
export class FailureThrottle {
  private readonly failures = new Map<string, { count: number; windowStart: number }>();

  constructor(
    readonly maxFailures: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private current(key: string) {
    const entry = this.failures.get(key);
    if (entry && this.now() - entry.windowStart >= this.windowMs) {
      this.failures.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfterSeconds(key: string): number {
    const entry = this.current(key);
    if (!entry || entry.count < this.maxFailures) return 0;
    return Math.max(1, Math.ceil((entry.windowStart + this.windowMs - this.now()) / 1000));
  }

  recordFailure(key: string): void {
    const entry = this.current(key);
    if (entry) entry.count += 1;
    else this.failures.set(key, { count: 1, windowStart: this.now() });
    if (this.failures.size > 100_000) this.failures.delete(this.failures.keys().next().value ?? ''); // bounded memory
  }

  recordSuccess(key: string): void {
    this.failures.delete(key);
  }
}
