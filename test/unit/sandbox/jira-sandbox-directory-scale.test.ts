/**
 * A directory of 100,000 synthetic users, generated and paged through over HTTP as Deskbridge's
 * user ingestion would: fast enough for tests, in a stable order, each account exactly once.
 * The timings are printed to stderr; the bounds are generous so a slow CI machine does not flake,
 * but an accidental O(n²) (seconds per page) fails them.
 */
import { basicAuthHeader, SEED_USERS, startJiraSandbox, syntheticAccountId, type JiraSandbox } from '../../../local/sandbox/jira';

const DIRECTORY = 100_000;
const PAGE = 1000;
const asApp = { authorization: basicAuthHeader(SEED_USERS.app.accountId) };

let sandbox: JiraSandbox;
beforeAll(async () => {
  sandbox = await startJiraSandbox();
});
afterAll(() => sandbox.close());

const generate = async (body: unknown) => {
  const response = await fetch(`${sandbox.url}/__sandbox/users/generate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
};

type DirectoryUser = { accountId: string; accountType: string; active: boolean; displayName: string; timeZone: string; emailAddress?: string };

const page = async (startAt: number, maxResults = PAGE) =>
  (await (await fetch(`${sandbox.url}/rest/api/3/users/search?startAt=${startAt}&maxResults=${maxResults}`, { headers: asApp })).json()) as DirectoryUser[];

test('100,000 users generate in well under 5 s and page through at 1,000 a page, each once, in a stable order', async () => {
  const seeded = sandbox.site.users.length;
  let started = performance.now();
  const generated = await generate({ count: DIRECTORY, emailVisibleEvery: 1000 });
  const generateMs = performance.now() - started;
  expect(generated).toEqual({
    status: 200,
    body: { generated: DIRECTORY, firstAccountId: 'synthetic-000001', lastAccountId: 'synthetic-100000', totalUsers: seeded + DIRECTORY },
  });
  expect(generateMs).toBeLessThan(5000);

  started = performance.now();
  const seen: string[] = [];
  let emails = 0;
  let pages = 0;
  for (let startAt = 0; ; startAt += PAGE) {
    const users = await page(startAt);
    pages += 1;
    for (const user of users) {
      seen.push(user.accountId);
      if (user.emailAddress) emails += 1;
    }
    if (users.length < PAGE) break;
  }
  const pagingMs = performance.now() - started;
  process.stderr.write(`[directory-scale] generate ${DIRECTORY}: ${generateMs.toFixed(0)} ms; ${pages} pages of ${PAGE}: ${pagingMs.toFixed(0)} ms (${(pagingMs / pages).toFixed(1)} ms a page)\n`);

  expect(seen).toHaveLength(seeded + DIRECTORY);
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen.slice(0, seeded)).toEqual(Object.values(SEED_USERS).map((user) => user.accountId));
  expect(seen.slice(seeded)).toEqual(Array.from({ length: DIRECTORY }, (_, index) => syntheticAccountId(index + 1)));
  // Every 1,000th synthetic user shows its email, plus the two seeded accounts whose profiles do.
  expect(emails).toBe(DIRECTORY / 1000 + 2);
  expect(pagingMs).toBeLessThan(30_000);
  // The same window twice is the same accounts.
  expect((await page(54_321, 7)).map((user) => user.accountId)).toEqual(seen.slice(54_321, 54_328));
});

test('synthetic users: deterministic, active, numbered on; maxResults above 1,000 is lowered to 1,000', async () => {
  const [first] = await page(sandbox.site.users.length - DIRECTORY, 1);
  expect(first).toMatchObject({ accountId: 'synthetic-000001', accountType: 'atlassian', active: true, displayName: 'Synthetic User 000001', timeZone: expect.any(String) });
  expect(first).not.toHaveProperty('emailAddress');
  const visible = (await page(sandbox.site.users.length - DIRECTORY + 999, 1))[0];
  expect(visible).toMatchObject({ accountId: 'synthetic-001000', emailAddress: 'synthetic-001000@synthetic.example' });

  expect((await generate({ count: 2 })).body).toMatchObject({ firstAccountId: 'synthetic-100001', lastAccountId: 'synthetic-100002' });
  expect(await page(0, 5000)).toHaveLength(1000);
  expect(await page(sandbox.site.users.length)).toEqual([]);

  const started = performance.now();
  const user = await (await fetch(`${sandbox.url}/rest/api/3/user?accountId=synthetic-099999`, { headers: asApp })).json();
  expect(user.displayName).toBe('Synthetic User 099999');
  expect(performance.now() - started).toBeLessThan(1000);
});

test('generate refuses a count it cannot honour', async () => {
  for (const body of [{}, { count: 0 }, { count: 2.5 }, { count: 1_000_001 }, { count: 1, emailVisibleEvery: -1 }]) {
    expect((await generate(body)).status).toBe(400);
  }
});
