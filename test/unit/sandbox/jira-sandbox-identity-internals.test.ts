/**
 * The pieces under the identity endpoints that are easiest to get subtly wrong: the account index
 * must follow the users array through appends and replacements, the rate limit must count per
 * clock second, and `updatedAt` must be RFC 3339.
 */
import { parseRfc3339 } from '../../../local/sandbox/jira/privacy/account-status';
import { ReportingPolicy } from '../../../local/sandbox/jira/privacy/reporting-policy';
import { seedSite } from '../../../local/sandbox/jira/seed/seed-site';
import { addSyntheticUsers } from '../../../local/sandbox/jira/seed/synthetic-users';
import { findUser } from '../../../local/sandbox/jira/state/lookups';

describe('findUser over the account index', () => {
  test('finds appended users, and forgets removed ones', () => {
    const site = seedSite();
    expect(findUser(site, 'synthetic-000003')).toBeUndefined();
    addSyntheticUsers(site, 3);
    expect(findUser(site, 'synthetic-000003')?.displayName).toBe('Synthetic User 000003');
    site.users.splice(site.users.length - 1, 1);
    expect(findUser(site, 'synthetic-000003')).toBeUndefined();
    expect(findUser(site, 'synthetic-000002')).toBeDefined();
  });

  test('a replaced users array (reset, load) is indexed afresh', () => {
    const site = seedSite();
    addSyntheticUsers(site, 2);
    expect(findUser(site, 'synthetic-000002')).toBeDefined();
    site.users = seedSite().users;
    expect(findUser(site, 'synthetic-000002')).toBeUndefined();
    expect(findUser(site, undefined)).toBeUndefined();
  });

  test('numbering continues after the synthetic users already there; emails shown every n-th', () => {
    const site = seedSite();
    addSyntheticUsers(site, 4, 2);
    expect(addSyntheticUsers(site, 2)).toEqual({ first: 'synthetic-000005', last: 'synthetic-000006', count: 2 });
    const synthetic = site.users.filter((user) => user.accountId.startsWith('synthetic-'));
    expect(synthetic.filter((user) => user.emailVisible).map((user) => user.accountId)).toEqual(['synthetic-000002', 'synthetic-000004']);
  });
});

describe('ReportingPolicy', () => {
  test('no limit by default; with one, counts per clock second and asks to retry after 1 s', () => {
    let now = 10_000;
    const policy = new ReportingPolicy({}, () => now);
    expect(Array.from({ length: 50 }, () => policy.admit().admitted).every(Boolean)).toBe(true);
    policy.configure({ maxRequestsPerSecond: 2 });
    expect([policy.admit(), policy.admit(), policy.admit()]).toEqual([{ admitted: true }, { admitted: true }, { admitted: false, retryAfterSeconds: 1 }]);
    now += 999;
    expect(policy.admit().admitted).toBe(false);
    now += 1;
    expect(policy.admit().admitted).toBe(true);
    expect(policy.settings).toEqual({ cyclePeriodSeconds: 604800, maxRequestsPerSecond: 2 });
  });

  test('refuses settings that make no sense, keeping the old ones', () => {
    const policy = new ReportingPolicy({ cyclePeriodSeconds: 60 });
    expect(() => policy.configure({ maxRequestsPerSecond: 1.5 })).toThrow(RangeError);
    expect(() => policy.configure({ cyclePeriodSeconds: 0 })).toThrow(RangeError);
    expect(policy.settings).toEqual({ cyclePeriodSeconds: 60, maxRequestsPerSecond: null });
  });
});

test('updatedAt must be an RFC 3339 date-time', () => {
  expect(parseRfc3339('2018-10-25T23:08:51.382Z')).toBe(Date.UTC(2018, 9, 25, 23, 8, 51, 382));
  expect(parseRfc3339('2018-10-25T23:08:51+02:00')).toBe(Date.UTC(2018, 9, 25, 21, 8, 51));
  for (const bad of ['2018-10-25', '25/10/2018', '2018-13-45T99:00:00Z', 1540508931382, null]) expect(parseRfc3339(bad)).toBeUndefined();
});
