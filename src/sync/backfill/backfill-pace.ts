import type { RateBudget } from '../../connectors/connector-backfill';
import type { BackfillPace } from './backfill-run';

/**
 * Pacing: a backfill spends at most a share of each side's rate limit, spread evenly, and waits
 * before a limit would refuse it rather than after (Atlassian's guide "Build an app that respects
 * rate limits": balance the load, and respond to limit headers).
 *
 * - Jira: the points quota (Tier 1, 65,000 points an hour shared by every tenant of the app;
 *   a write costs 1 point per object it creates). Jira's rate-limit headers do not reach app code
 *   through `requestJira`, so the published quota is the budget, and a 429 that still comes
 *   (someone else spent the pool) backs the run off.
 * - The help desk: the limit it reports with every answer (Freshdesk: X-RateLimit-Total a minute,
 *   and what remains). Its window is shared with every other app on the account, so the remaining
 *   count, not only our own spend, decides whether the next unit may start.
 *
 * The rest of each limit (SHARE) is left to the live two-way sync and to the help desk's other users.
 */
export const JIRA_POINTS_PER_HOUR = 65_000;
export const SHARE = 0.95;
/** Until the help desk has reported its own limit. */
const DEFAULT_HELPDESK_PER_MINUTE = 100;
/** Of the help desk's window, never spent by a backfill. */
const RESERVE = 0.1;
const MINUTE_MS = 60_000;
/**
 * How far ahead of the steady pace a run may get (token-bucket capacity): a small backfill
 * finishes without waiting, a large one settles at the pace. Jira's burst stays small enough that
 * a clock hour never holds more than the quota (0.95 × 65,000 + 1,500 < 65,000); the help desk's
 * is half its window, and its own remaining count guards the rest.
 */
const JIRA_BURST_POINTS = 1_500;
const HELPDESK_BURST_WINDOWS = 0.5;

export const helpdeskLimit = (pace: BackfillPace) => pace.helpdeskLimitPerMinute ?? DEFAULT_HELPDESK_PER_MINUTE;
const windowMs = (pace: BackfillPace) => (pace.helpdeskWindowSeconds ?? 60) * 1000;
/** What one of the help desk's windows allows: the most its remaining count can hold. */
const windowAllowance = (pace: BackfillPace) => (helpdeskLimit(pace) * windowMs(pace)) / MINUTE_MS;
export const reserveCredits = (pace: BackfillPace) => Math.max(5, Math.ceil(windowAllowance(pace) * RESERVE));

/** Takes the help desk's latest report of its limit. */
export function observe(pace: BackfillPace, rate: RateBudget | undefined, now = Date.now()): void {
  if (!rate) return;
  pace.helpdeskLimitPerMinute = Math.round((rate.limit * 60) / rate.windowSeconds);
  pace.helpdeskWindowSeconds = rate.windowSeconds;
  pace.helpdeskRemaining = rate.remaining;
  pace.helpdeskRemainingAt = now;
}

/**
 * Books what a unit that began at `start` spent: the next unit waits until the budgets have earned
 * it back. Jira's quota is the app's, whichever integration spends it, so runs under way at the
 * same time (`runsUnderWay`) split it evenly. The help desk needs no such split: its own
 * remaining count, which every run reads, already says what the others spent.
 */
export function spend(pace: BackfillPace, start: number, used: { helpdeskCredits: number; jiraPoints: number }, runsUnderWay = 1): void {
  const helpdeskPerMs = (helpdeskLimit(pace) * SHARE) / MINUTE_MS;
  const appJiraPerMs = (JIRA_POINTS_PER_HOUR * SHARE) / 3_600_000;
  const jiraPerMs = appJiraPerMs / Math.max(1, runsUnderWay);
  const helpdeskBurstMs = HELPDESK_BURST_WINDOWS * MINUTE_MS;
  // The burst lasts as long for each run, at its share of the rate: together the runs never exceed it.
  const jiraBurstMs = JIRA_BURST_POINTS / appJiraPerMs;
  pace.helpdeskNextAt = Math.max(pace.helpdeskNextAt, start - helpdeskBurstMs) + used.helpdeskCredits / helpdeskPerMs;
  pace.jiraNextAt = Math.max(pace.jiraNextAt, start - jiraBurstMs) + used.jiraPoints / jiraPerMs;
}

/**
 * How long to wait before a unit that needs about `credits` of the help desk. Besides our own
 * pace, the help desk's remaining count (refilled at its nominal rate since it was read, at most
 * to a full window) must cover the unit and the reserve; a unit larger than a window waits for
 * a full one.
 */
export function waitMs(pace: BackfillPace, credits: number, now = Date.now()): number {
  let wait = Math.max(0, pace.helpdeskNextAt - now, pace.jiraNextAt - now);
  if (pace.helpdeskRemaining !== undefined && pace.helpdeskRemainingAt !== undefined) {
    const perMinute = helpdeskLimit(pace);
    const allowance = windowAllowance(pace);
    const refilled = Math.min(allowance, pace.helpdeskRemaining + ((now - pace.helpdeskRemainingAt) * perMinute) / MINUTE_MS);
    const short = Math.min(credits, allowance - reserveCredits(pace)) + reserveCredits(pace) - refilled;
    if (short > 0) wait = Math.max(wait, Math.min(windowMs(pace), (short * MINUTE_MS) / perMinute));
  }
  return wait;
}

/** After a unit ended on a rate limit: wait what was asked, and longer each time it happens again. */
export function backoffMs(pace: BackfillPace, retryAfterSeconds?: number): number {
  pace.throttled += 1;
  const exponential = 15_000 * 2 ** Math.min(pace.throttled - 1, 6);
  return Math.max((retryAfterSeconds ?? 0) * 1000, exponential);
}
