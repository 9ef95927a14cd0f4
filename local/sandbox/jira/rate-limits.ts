/**
 * Jira Cloud's rate limits for apps, as Atlassian's "Rate limiting" page and its guide "Build an
 * app that respects rate limits" describe them, applied to calls made as the app (the budget
 * Forge's `asApp()` calls count against). Off unless configured: tests that are not about limits
 * run unthrottled. All three limits apply at once, each with its own RateLimit-Reason:
 *
 * - points quota (`jira-quota-global-based`): points per hour, resetting at the top of each UTC
 *   hour; a write costs 1 point per object it creates (a bulk create of 50 issues: 50), a read 1
 *   plus 1 per object returned (2 per user, group or permission: identity reads cost double).
 *   Exhausted: 429 until the hour is over, Retry-After the seconds to it.
 * - burst (`jira-burst-based`): a token bucket per endpoint (route template) and HTTP method,
 *   refilling at the steady rate (GET and POST 100/s, PUT and DELETE 50/s) with one second of it
 *   as the burst buffer. Retry-After: 1.
 * - per-issue writes (`jira-per-issue-on-write`): 20 writes to one issue in 2 s, 100 in 30 s.
 *
 * Every limited answer carries X-RateLimit-Limit / -Remaining (the endpoint's bucket),
 * RateLimit-Policy and RateLimit (the quota; `r` only when under 20 % remains, with
 * X-RateLimit-NearLimit), as Jira sends them. Time comes from `clock`, so a benchmark can run
 * hours of limits on a simulated clock.
 */
export interface JiraRateLimitSettings {
  pointsPerHour: number;
  requestsPerSecond: Record<string, number>;
  perIssueWrites: { windowMs: number; writes: number }[];
}

export const ATLASSIAN_DEFAULTS: JiraRateLimitSettings = {
  pointsPerHour: 65_000,
  requestsPerSecond: { GET: 100, POST: 100, PUT: 50, DELETE: 50 },
  perIssueWrites: [
    { windowMs: 2_000, writes: 20 },
    { windowMs: 30_000, writes: 100 },
  ],
};

export interface LimitedCall {
  method: string;
  /** The route template (`/rest/api/3/issue/{issueIdOrKey}/comment`): one bucket per template and method. */
  route: string;
  /** The issue a write changes, when the route names one. */
  issue?: string;
}

export type Refusal = { status: 429; reason: string; headers: Record<string, string> };

const HOUR_MS = 3_600_000;
const IDENTITY = /\/(user|users|group|groups|myself|permissions|mypermissions)(\/|$)/;

export class JiraRateLimiter {
  settings?: JiraRateLimitSettings;
  /** What the limits did, for benchmarks: calls seen, points spent, refusals by reason. */
  readonly stats = { calls: 0, points: 0, refused: {} as Record<string, number> };
  private hour = -1;
  private spent = 0;
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly writes = new Map<string, number[]>();

  constructor(private readonly clock: () => number = () => Date.now()) {}

  configure(settings: JiraRateLimitSettings | undefined): void {
    this.settings = settings;
    this.hour = -1;
    this.spent = 0;
    this.buckets.clear();
    this.writes.clear();
    Object.assign(this.stats, { calls: 0, points: 0, refused: {} });
  }

  /** Before the call: a refusal, or undefined when every limit lets it through (the call then takes a burst token). */
  admit(call: LimitedCall): Refusal | undefined {
    const settings = this.settings!;
    const now = this.clock();
    this.stats.calls += 1;
    this.rollHour(now);
    if (this.spent >= settings.pointsPerHour) return this.refuse('jira-quota-global-based', Math.ceil((HOUR_MS - (now % HOUR_MS)) / 1000), call, now);
    const bucket = this.bucket(call, now);
    if (bucket.tokens < 1) return this.refuse('jira-burst-based', 1, call, now);
    const windows = call.issue && call.method !== 'GET' ? this.issueWrites(call.issue, now) : undefined;
    for (const window of windows ? settings.perIssueWrites : []) {
      const recent = windows!.filter((at) => at > now - window.windowMs);
      if (recent.length >= window.writes) return this.refuse('jira-per-issue-on-write', Math.max(1, Math.ceil((recent[recent.length - window.writes] + window.windowMs - now) / 1000)), call, now);
    }
    bucket.tokens -= 1;
    windows?.push(now);
    return undefined;
  }

  /** After the call: its points, by what it created (`created`: the issues of a bulk create) or returned. */
  charge(call: LimitedCall, created: number | undefined, responseBody: unknown): void {
    const read = call.method === 'GET' || /\/search\/jql$|\/permissions\/check$|\/bulkfetch$/.test(call.route);
    const objects = read ? objectsIn(responseBody) * (IDENTITY.test(call.route) ? 2 : 1) : 0;
    const points = read ? 1 + objects : Math.max(1, created ?? 1);
    this.rollHour(this.clock());
    this.spent += points;
    this.stats.points += points;
  }

  /** The headers Jira adds to a limited answer. */
  headers(call: LimitedCall): Record<string, string> {
    const settings = this.settings!;
    const now = this.clock();
    const remaining = Math.max(0, settings.pointsPerHour - this.spent);
    const near = remaining < settings.pointsPerHour * 0.2;
    return {
      'x-ratelimit-limit': String(settings.requestsPerSecond[call.method] ?? settings.requestsPerSecond.GET),
      'x-ratelimit-remaining': String(Math.floor(this.bucket(call, now).tokens)),
      'ratelimit-policy': `"global-app-quota";q=${settings.pointsPerHour};w=3600`,
      ratelimit: `"global-app-quota";${near ? `r=${remaining};` : ''}t=${Math.ceil((HOUR_MS - (now % HOUR_MS)) / 1000)}`,
      ...(near ? { 'x-ratelimit-nearlimit': 'true' } : {}),
    };
  }

  private rollHour(now: number): void {
    const hour = Math.floor(now / HOUR_MS);
    if (hour !== this.hour) {
      this.hour = hour;
      this.spent = 0;
    }
  }

  private bucket(call: LimitedCall, now: number) {
    const rate = this.settings!.requestsPerSecond[call.method] ?? this.settings!.requestsPerSecond.GET;
    const key = `${call.method} ${call.route}`;
    const bucket = this.buckets.get(key) ?? { tokens: rate, at: now };
    bucket.tokens = Math.min(rate, bucket.tokens + ((now - bucket.at) / 1000) * rate);
    bucket.at = now;
    this.buckets.set(key, bucket);
    return bucket;
  }

  private issueWrites(issue: string, now: number): number[] {
    const kept = (this.writes.get(issue) ?? []).filter((at) => at > now - 30_000);
    this.writes.set(issue, kept);
    return kept;
  }

  private refuse(reason: string, retryAfter: number, call: LimitedCall, now: number): Refusal {
    this.stats.refused[reason] = (this.stats.refused[reason] ?? 0) + 1;
    return {
      status: 429,
      reason,
      headers: { ...this.headers(call), 'retry-after': String(retryAfter), 'ratelimit-reason': reason, 'x-ratelimit-reset': new Date(now + retryAfter * 1000).toISOString().slice(0, 16) + 'Z' },
    };
  }
}

/** Objects a read returned: the items of its list (issues, comments, values, transitions), else one. */
function objectsIn(body: unknown): number {
  if (Array.isArray(body)) return body.length;
  if (!body || typeof body !== 'object') return 0;
  for (const list of ['issues', 'comments', 'values', 'transitions', 'users', 'groups']) {
    const items = (body as Record<string, unknown>)[list];
    if (Array.isArray(items)) return items.length;
  }
  return 1;
}
