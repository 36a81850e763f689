import { describe, expect, it } from 'vitest';
import { FailureThrottle } from '@/lib/admin/failure-throttle';

describe('FailureThrottle', () => {
  it('blocks a key after too many failures until its window ends, and a success clears it', () => {
    let now = 0;
    const throttle = new FailureThrottle(3, 60_000, () => now);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(throttle.retryAfterSeconds('a')).toBe(0);
      throttle.recordFailure('a');
    }
    expect(throttle.retryAfterSeconds('a')).toBe(60);
    expect(throttle.retryAfterSeconds('b')).toBe(0);
    now = 59_500;
    expect(throttle.retryAfterSeconds('a')).toBe(1);
    now = 60_000;
    expect(throttle.retryAfterSeconds('a')).toBe(0);
    throttle.recordFailure('a');
    throttle.recordSuccess('a');
    expect(throttle.retryAfterSeconds('a')).toBe(0);
  });
});
