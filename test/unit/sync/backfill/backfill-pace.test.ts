/**
 * Pacing: a run spends at most its share of each limit, spread evenly after a small burst, and
 * waits for the help desk's window when its remaining count (which other apps spend too) runs low.
 */
import { backoffMs, JIRA_POINTS_PER_HOUR, observe, SHARE, spend, waitMs } from '../../../../src/sync/backfill/backfill-pace';
import type { BackfillPace } from '../../../../src/sync/backfill/backfill-run';

const fresh = (): BackfillPace => ({ helpdeskNextAt: 0, jiraNextAt: 0, throttled: 0 });
const T0 = Date.parse('2026-03-02T09:00:00Z');

test('a small run goes without waiting; a large one settles at the share of the hourly quota', () => {
  const pace = fresh();
  observe(pace, { limit: 100_000, remaining: 100_000, windowSeconds: 60, cost: 1 }, T0);
  spend(pace, T0, { helpdeskCredits: 10, jiraPoints: 500 });
  expect(waitMs(pace, 10, T0)).toBe(0);
  // An hour's worth of units back to back: the last may start only when the hour's share was earned.
  let now = T0;
  let points = 0;
  while (points < JIRA_POINTS_PER_HOUR) {
    now += waitMs(pace, 10, now);
    spend(pace, now, { helpdeskCredits: 10, jiraPoints: 460 });
    points += 460;
  }
  const hours = (now - T0) / 3_600_000;
  expect(points / hours).toBeLessThanOrEqual(JIRA_POINTS_PER_HOUR * 1.03);
  expect(points / hours).toBeGreaterThanOrEqual(JIRA_POINTS_PER_HOUR * SHARE * 0.98);
});

test("the help desk's remaining count holds the next unit back until its window refills", () => {
  const pace = fresh();
  observe(pace, { limit: 400, remaining: 20, windowSeconds: 60, cost: 1 }, T0);
  const wait = waitMs(pace, 100, T0);
  // 100 credits plus a reserve of 40, of which 20 remain: 120 credits at 400 a minute.
  expect(wait).toBe(18_000);
  expect(waitMs(pace, 100, T0 + wait)).toBe(0);
});

test('rate limits back off: at least what was asked, longer each time in a row', () => {
  const pace = fresh();
  expect(backoffMs(pace, 60)).toBe(60_000);
  expect(backoffMs(pace)).toBe(30_000);
  expect(backoffMs(pace)).toBe(60_000);
  expect(pace.throttled).toBe(3);
});

test("runs under way at the same time split Jira's quota: together they keep to one run's pace", () => {
  const hourOf = (runsUnderWay: number) => {
    const pace = fresh();
    observe(pace, { limit: 100_000, remaining: 100_000, windowSeconds: 60, cost: 1 }, T0);
    let now = T0;
    let points = 0;
    while (now < T0 + 3_600_000) {
      now += waitMs(pace, 10, now);
      spend(pace, now, { helpdeskCredits: 10, jiraPoints: 460 }, runsUnderWay);
      points += 460;
    }
    return points;
  };
  const alone = hourOf(1);
  const eachOfThree = hourOf(3);
  expect(3 * eachOfThree).toBeLessThanOrEqual(JIRA_POINTS_PER_HOUR);
  expect(3 * eachOfThree).toBeGreaterThanOrEqual(alone * 0.97);
});

test("a help desk that counts in 10-second windows (Intercom): most of its rate is used, and no unit starts without the credits it needs", () => {
  // Intercom: 1,667 requests a 10-second window. Units of a page and its conversations: 151 requests.
  const ALLOWANCE = 1_667;
  const UNIT = 151;
  const pace = fresh();
  let now = T0;
  let windowStart = T0;
  let used = 0;
  let spent = 0;
  const remaining = () => {
    if (now - windowStart >= 10_000) [windowStart, used] = [now - ((now - T0) % 10_000), 0];
    return ALLOWANCE - used;
  };
  observe(pace, { limit: ALLOWANCE, remaining: remaining(), windowSeconds: 10, cost: 1 }, now);
  while (now < T0 + 5 * 60_000) {
    now += waitMs(pace, UNIT, now);
    expect(remaining()).toBeGreaterThanOrEqual(UNIT);
    used += UNIT;
    spent += UNIT;
    spend(pace, now, { helpdeskCredits: UNIT, jiraPoints: 0 });
    observe(pace, { limit: ALLOWANCE, remaining: remaining(), windowSeconds: 10, cost: 1 }, now);
    now += 1_000; // the unit's own time
  }
  const perMinute = spent / ((now - T0) / 60_000);
  expect(perMinute).toBeGreaterThanOrEqual(ALLOWANCE * 6 * 0.8);
  expect(perMinute).toBeLessThanOrEqual(ALLOWANCE * 6);
});
