/**
 * The sandbox Jira's rate limits (what backfills are measured against): the hourly points quota,
 * the per-endpoint burst bucket and the per-issue write windows, each refusing with Jira's
 * RateLimit-Reason and Retry-After, on an injected clock.
 */
import { ATLASSIAN_DEFAULTS, JiraRateLimiter } from '../../../local/sandbox/jira';

const HOUR = Date.parse('2026-03-02T09:00:00Z');

function limiter(start = HOUR) {
  const clock = { now: start };
  const limits = new JiraRateLimiter(() => clock.now);
  limits.configure(ATLASSIAN_DEFAULTS);
  return { limits, clock };
}

const comment = { method: 'POST', route: '/rest/api/3/issue/{issueIdOrKey}/comment', issue: '10001' };

test('burst: a bucket per endpoint and method, refilled at its steady rate', () => {
  const { limits, clock } = limiter();
  for (let i = 0; i < 100; i++) expect(limits.admit({ ...comment, issue: String(i) })).toBeUndefined();
  expect(limits.admit({ ...comment, issue: '200' })).toMatchObject({ reason: 'jira-burst-based', headers: { 'retry-after': '1', 'ratelimit-reason': 'jira-burst-based' } });
  expect(limits.admit({ method: 'GET', route: '/rest/api/3/issue/{issueIdOrKey}' })).toBeUndefined();
  clock.now += 100;
  expect(limits.admit({ ...comment, issue: '201' })).toBeUndefined();
});

test('per-issue writes: 20 in two seconds', () => {
  const { limits, clock } = limiter();
  for (let i = 0; i < 20; i++) {
    expect(limits.admit(comment)).toBeUndefined();
    clock.now += 10;
  }
  expect(limits.admit(comment)).toMatchObject({ reason: 'jira-per-issue-on-write' });
  clock.now += 2_000;
  expect(limits.admit(comment)).toBeUndefined();
});

test('points quota: writes cost a point per created object, reads one plus what they return; refused until the hour is over', () => {
  const { limits, clock } = limiter(HOUR + 59 * 60_000);
  limits.charge({ method: 'POST', route: '/rest/api/3/issue/bulk' }, 50, { issues: [] });
  limits.charge({ method: 'POST', route: '/rest/api/3/search/jql' }, undefined, { issues: [{}, {}] });
  expect(limits.stats.points).toBe(53);
  limits.charge(comment, undefined, {});
  limits.configure({ ...ATLASSIAN_DEFAULTS, pointsPerHour: 10 });
  limits.charge({ method: 'POST', route: '/rest/api/3/issue/bulk' }, 9, { issues: [] });
  expect(limits.headers(comment)).toMatchObject({ 'ratelimit-policy': '"global-app-quota";q=10;w=3600', ratelimit: '"global-app-quota";r=1;t=60', 'x-ratelimit-nearlimit': 'true' });
  limits.charge(comment, undefined, {});
  expect(limits.admit({ method: 'GET', route: '/rest/api/3/myself' })).toMatchObject({ reason: 'jira-quota-global-based', headers: { 'retry-after': '60' } });
  clock.now = HOUR + 3_600_000;
  expect(limits.admit({ method: 'GET', route: '/rest/api/3/myself' })).toBeUndefined();
});
