/**
 * How the sandbox's personal data reporting API behaves, beyond the answers themselves: the
 * cycle period it announces and an optional rate limit. Server settings, not site data: they
 * are not saved with the state and survive `POST /__sandbox/reset`.
 * https://developer.atlassian.com/cloud/jira/platform/user-privacy-developer-guide/#personal-data-reporting-api-reference
 */

export interface ReportingSettings {
  /** Sent in the `Cycle-Period` header, in seconds. Atlassian's default cycle is 7 days. */
  cyclePeriodSeconds: number;
  /**
   * More requests than this within one clock second are answered 429 with `Retry-After`, as the
   * real API may. Null (the default) never limits.
   */
  maxRequestsPerSecond: number | null;
}

export const DEFAULT_REPORTING_SETTINGS: ReportingSettings = { cyclePeriodSeconds: 7 * 24 * 60 * 60, maxRequestsPerSecond: null };

export type Admission = { admitted: true } | { admitted: false; retryAfterSeconds: number };

export class ReportingPolicy {
  private settingsNow: ReportingSettings;
  private window = { second: -1, count: 0 };

  /** `now` is injectable so tests can cross a second without waiting for one. */
  constructor(
    settings: Partial<ReportingSettings> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.settingsNow = { ...DEFAULT_REPORTING_SETTINGS };
    this.configure(settings);
  }

  get settings(): ReportingSettings {
    return { ...this.settingsNow };
  }

  /** Changes some settings; a new limit starts a fresh window. Throws on values that make no sense. */
  configure(changes: Partial<ReportingSettings>): ReportingSettings {
    const next = { ...this.settingsNow, ...changes };
    if (!Number.isInteger(next.cyclePeriodSeconds) || next.cyclePeriodSeconds <= 0) throw new RangeError('cyclePeriodSeconds must be a positive integer.');
    const limit = next.maxRequestsPerSecond;
    if (limit !== null && (!Number.isInteger(limit) || limit <= 0)) throw new RangeError('maxRequestsPerSecond must be a positive integer, or null for no limit.');
    this.settingsNow = next;
    this.window = { second: -1, count: 0 };
    return this.settings;
  }

  /** Counts one request against the current one-second window (a fixed window: simple and predictable). */
  admit(): Admission {
    const limit = this.settingsNow.maxRequestsPerSecond;
    if (limit === null) return { admitted: true };
    const now = this.now();
    const second = Math.floor(now / 1000);
    if (second !== this.window.second) this.window = { second, count: 0 };
    this.window.count += 1;
    if (this.window.count <= limit) return { admitted: true };
    // Retry-After is whole seconds; the window ends within one.
    return { admitted: false, retryAfterSeconds: 1 };
  }
}
