/**
 * The sandbox's personal data reporting API (`POST /app/report-accounts`), held to Atlassian's user
 * privacy guide here because no OpenAPI description covers it. The SDK's own reporting function
 * from @forge/api is driven against it, so a shape the SDK cannot read fails here first.
 * https://developer.atlassian.com/cloud/jira/platform/user-privacy-developer-guide/
 */
import { createReportPersonalData } from '@forge/api/out/privacy';
import { basicAuthHeader, GDPR_TEST_ACCOUNTS, SEED_USERS, startJiraSandbox, type JiraSandbox, type SeedUserKey } from '../../../local/sandbox/jira';

let sandbox: JiraSandbox;
beforeAll(async () => {
  sandbox = await startJiraSandbox();
});
afterAll(() => sandbox.close());
afterEach(async () => {
  await fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST' });
  await post('/__sandbox/personal-data/settings', null, { cyclePeriodSeconds: 604800, maxRequestsPerSecond: null });
});

const id = (key: SeedUserKey) => SEED_USERS[key].accountId;
const NOW = () => new Date().toISOString();
const LONG_AGO = '2019-06-01T00:00:00.000Z';

async function post(path: string, who: SeedUserKey | null, body?: unknown) {
  const response = await fetch(`${sandbox.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(who ? { authorization: basicAuthHeader(id(who)) } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

const report = (accounts: { accountId: string; updatedAt: string }[], path = '/app/report-accounts') => post(path, 'app', { accounts });

/** @forge/api's `privacy.reportPersonalData`, sending as the app to the sandbox. */
const reportPersonalData = createReportPersonalData(((path: string, init: RequestInit = {}) =>
  fetch(`${sandbox.url}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: basicAuthHeader(id('app')) } })) as never);

describe('answers', () => {
  test('Atlassian’s test accounts: the closed one is closed, the active one needs nothing', async () => {
    const closed = await report([{ accountId: GDPR_TEST_ACCOUNTS.closed, updatedAt: NOW() }, { accountId: GDPR_TEST_ACCOUNTS.active, updatedAt: LONG_AGO }]);
    expect(closed).toMatchObject({ status: 200, body: { accounts: [{ accountId: GDPR_TEST_ACCOUNTS.closed, status: 'closed' }] } });
    const active = await report([{ accountId: GDPR_TEST_ACCOUNTS.active, updatedAt: NOW() }]);
    expect(active.status).toBe(204);
    expect(active.body).toBeUndefined();
  });

  test('Cycle-Period on 200 and 204, 7 days unless configured; a trailing slash is the same resource', async () => {
    const none = await report([{ accountId: id('outsider'), updatedAt: NOW() }], '/app/report-accounts/');
    expect(none.status).toBe(204);
    expect(none.headers.get('cycle-period')).toBe('604800');
    await post('/__sandbox/personal-data/settings', null, { cyclePeriodSeconds: 3600 });
    const some = await report([{ accountId: GDPR_TEST_ACCOUNTS.closed, updatedAt: NOW() }], '/app/report-accounts/');
    expect(some.status).toBe(200);
    expect(some.headers.get('cycle-period')).toBe('3600');
  });

  test('closing an account: closed in reports, inactive in /user and users/search, and it can no longer sign in', async () => {
    expect((await post(`/__sandbox/accounts/${id('outsider')}/close`, null)).body).toMatchObject({ accountId: id('outsider'), active: false, closed: true });
    expect((await report([{ accountId: id('outsider'), updatedAt: NOW() }])).body).toEqual({ accounts: [{ accountId: id('outsider'), status: 'closed' }] });
    const auth = { authorization: basicAuthHeader(id('app')) };
    const user = await (await fetch(`${sandbox.url}/rest/api/3/user?accountId=${id('outsider')}`, { headers: auth })).json();
    expect(user.active).toBe(false);
    const directory = (await (await fetch(`${sandbox.url}/rest/api/3/users/search?maxResults=1000`, { headers: auth })).json()) as { accountId: string; active: boolean }[];
    expect(directory.find((entry) => entry.accountId === id('outsider'))?.active).toBe(false);
    expect((await fetch(`${sandbox.url}/rest/api/3/myself`, { headers: { authorization: basicAuthHeader(id('outsider')) } })).status).toBe(401);
  });

  test('updating a profile: updated for copies taken before the change, nothing for later ones', async () => {
    const before = NOW();
    const changed = await post(`/__sandbox/accounts/${id('freshdeskAgent')}/update`, null, { displayName: 'Felix F. Fischer' });
    expect(changed.status).toBe(200);
    expect((await report([{ accountId: id('freshdeskAgent'), updatedAt: before }])).body).toEqual({ accounts: [{ accountId: id('freshdeskAgent'), status: 'updated' }] });
    const refreshed = new Date(Date.parse(changed.body.profileUpdatedAt) + 1).toISOString();
    expect((await report([{ accountId: id('freshdeskAgent'), updatedAt: refreshed }])).status).toBe(204);
    const user = await (await fetch(`${sandbox.url}/rest/api/3/user?accountId=${id('freshdeskAgent')}`, { headers: { authorization: basicAuthHeader(id('app')) } })).json();
    expect(user.displayName).toBe('Felix F. Fischer');
  });

  test('an update at a chosen instant (for fake clocks); closed wins over updated; unknown accounts need nothing; duplicates answer once', async () => {
    await post(`/__sandbox/accounts/${id('admin')}/update`, null, { at: '2030-01-01T00:00:00Z' });
    await post(`/__sandbox/accounts/${id('outsider')}/update`, null);
    await post(`/__sandbox/accounts/${id('outsider')}/close`, null);
    const answer = await report([
      { accountId: id('admin'), updatedAt: '2029-12-31T23:59:59+00:00' },
      { accountId: id('admin'), updatedAt: '2029-12-31T23:59:59+00:00' },
      { accountId: id('outsider'), updatedAt: LONG_AGO },
      { accountId: '557058:00000000-0000-0000-0000-000000000000', updatedAt: LONG_AGO },
      { accountId: id('projectAdmin'), updatedAt: '2026-01-01T00:00:00.000Z' },
    ]);
    expect(answer.body).toEqual({ accounts: [{ accountId: id('admin'), status: 'updated' }, { accountId: id('outsider'), status: 'closed' }] });
  });

  test('@forge/api’s reportPersonalData reads the answers, and splits 200 accounts into requests of 90', async () => {
    expect(await reportPersonalData([{ accountId: GDPR_TEST_ACCOUNTS.active, updatedAt: NOW() }])).toEqual([]);
    await post(`/__sandbox/users/generate`, null, { count: 200 });
    await post(`/__sandbox/accounts/synthetic-000150/close`, null);
    const accounts = Array.from({ length: 200 }, (_, index) => ({ accountId: `synthetic-${String(index + 1).padStart(6, '0')}`, updatedAt: NOW() }));
    expect(await reportPersonalData([...accounts, { accountId: GDPR_TEST_ACCOUNTS.closed, updatedAt: NOW() }])).toEqual([
      { accountId: 'synthetic-000150', status: 'closed' },
      { accountId: GDPR_TEST_ACCOUNTS.closed, status: 'closed' },
    ]);
  });
});

describe('refusals', () => {
  test.each([
    ['more than 90 accounts', { accounts: Array.from({ length: 91 }, () => ({ accountId: id('admin'), updatedAt: LONG_AGO })) }, /at most 90/],
    ['no accounts array', { account: [] }, /'accounts' is missing/],
    ['an updatedAt that is not RFC 3339', { accounts: [{ accountId: id('admin'), updatedAt: '25/10/2018' }] }, /RFC 3339/],
    ['a malformed accountId', { accounts: [{ accountId: 'not an id!', updatedAt: LONG_AGO }] }, /accountId/],
    ['the account "unknown"', { accounts: [{ accountId: 'unknown', updatedAt: LONG_AGO }] }, /'unknown' is not an account/],
  ])('400 for %s, in the guide’s error shape', async (_, body, message) => {
    const answer = await post('/app/report-accounts', 'app', body);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errorType: 'BAD_REQUEST', errorMessage: expect.stringMatching(message) });
  });

  test('only the app reports: 401 without credentials, 403 for a person', async () => {
    const accounts = [{ accountId: id('admin'), updatedAt: LONG_AGO }];
    expect(await post('/app/report-accounts', null, { accounts })).toMatchObject({ status: 401, body: { errorType: 'UNAUTHORIZED' } });
    expect(await post('/app/report-accounts', 'admin', { accounts })).toMatchObject({ status: 403, body: { errorType: 'FORBIDDEN' } });
  });

  test('with a rate limit set, a burst beyond it is answered 429 with Retry-After; without one, never', async () => {
    const accounts = [{ accountId: id('admin'), updatedAt: NOW() }];
    const burst = () => Promise.all(Array.from({ length: 6 }, () => report(accounts)));
    expect((await burst()).map((answer) => answer.status)).toEqual(Array(6).fill(204));
    expect((await post('/__sandbox/personal-data/settings', null, { maxRequestsPerSecond: 1 })).body).toEqual({ cyclePeriodSeconds: 604800, maxRequestsPerSecond: 1 });
    // Six requests span at most two one-second windows, so at most two get through.
    const limited = (await burst()).filter((answer) => answer.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(4);
    expect(limited[0].headers.get('retry-after')).toBe('1');
    expect(limited[0].body).toEqual({ errorType: 'TOO_MANY_REQUESTS', errorMessage: expect.any(String) });
  });

  test('settings that make no sense are refused', async () => {
    expect((await post('/__sandbox/personal-data/settings', null, { maxRequestsPerSecond: 0 })).status).toBe(400);
    expect((await post('/__sandbox/personal-data/settings', null, { cyclePeriodSeconds: -1 })).status).toBe(400);
  });
});
