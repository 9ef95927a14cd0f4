/**
 * Freshdesk's API limit: a number of credits per minute for the whole account (not per key),
 * reported on every answer in X-RateLimit-Total / -Remaining / -Used-CurrentRequest. A call
 * costs one credit plus one for each embedded resource (two for a list's descriptions). Once
 * the minute's credits are spent, calls get 429 with Retry-After until the minute is over.
 * Invalid calls count too, as Freshdesk's docs warn.
 */
export class RateLimiter {
  private windowStart = 0;
  private used = 0;

  constructor(private readonly clock: () => number = Date.now) {}

  take(total: number, cost: number): { ok: true; headers: Record<string, string> } | { ok: false; retryAfterSeconds: number; headers: Record<string, string> } {
    const time = this.clock();
    if (time - this.windowStart >= 60_000) {
      this.windowStart = time;
      this.used = 0;
    }
    if (this.used + cost > total) {
      const retryAfterSeconds = Math.max(1, Math.ceil((this.windowStart + 60_000 - time) / 1000));
      return { ok: false, retryAfterSeconds, headers: this.headers(total, 0) };
    }
    this.used += cost;
    return { ok: true, headers: this.headers(total, cost) };
  }

  reset(): void {
    this.windowStart = 0;
    this.used = 0;
  }

  private headers(total: number, cost: number): Record<string, string> {
    return {
      'x-ratelimit-total': String(total),
      'x-ratelimit-remaining': String(Math.max(0, total - this.used)),
      'x-ratelimit-used-currentrequest': String(cost),
    };
  }
}

/** Credits one call costs: https://developers.freshdesk.com/api/#ratelimit (embedding costs extra). */
export function creditsFor(path: string, query: URLSearchParams): number {
  const embedded = (query.get('include') ?? '').split(',').filter(Boolean);
  if (path === '/api/v2/tickets') return 1 + embedded.reduce((sum, value) => sum + (value === 'description' ? 2 : 1), 0);
  return 1 + embedded.length;
}
