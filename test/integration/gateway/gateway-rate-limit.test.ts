/**
 * The per-key rate limit: past its calls per minute a key gets 429 with Retry-After (until the
 * minute turns) and nothing happens; other keys are not affected; and calls arriving together are
 * counted exactly, so a burst never slips past the limit.
 */
import { SEED_USERS } from '../../../local/sandbox/jira';
import { useLocalDeskbridge } from '../../support/local-app';
import { awayFromMinuteEdge, callGateway, DESK, issueKey, REQUEST_TYPE, storedState } from './support/gateway-harness';

const local = useLocalDeskbridge();
const scope = (token: string) => callGateway(local.deskbridge, { token, path: '/service-desks' });

test('past its rate a key gets 429 with Retry-After, the rate headers, and nothing is done', async () => {
  const limited = await issueKey(local.deskbridge, { name: 'Chatty bot', rateLimitPerMinute: 3 });
  const other = await issueKey(local.deskbridge, { name: 'Quiet bot', rateLimitPerMinute: 3 });
  await awayFromMinuteEdge();
  const remaining = [];
  for (let call = 0; call < 3; call++) remaining.push((await scope(limited.token)).headers['x-ratelimit-remaining']);
  expect(remaining).toEqual(['2', '1', '0']);

  const before = storedState(local.deskbridge);
  const body = { serviceDeskId: DESK, requestTypeId: REQUEST_TYPE, customer: { accountId: SEED_USERS.customerCasey.accountId }, summary: 'One too many' };
  const refused = await callGateway(local.deskbridge, { token: limited.token, path: '/requests', body });
  expect(refused.status).toBe(429);
  expect(refused.body).toEqual({ error: { kind: 'rate-limited', message: expect.stringMatching(/^This key may make 3 calls a minute\. Try again in \d+ s\.$/) } });
  const retryAfter = Number(refused.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(refused.headers).toMatchObject({ 'x-ratelimit-limit': '3', 'x-ratelimit-remaining': '0' });
  expect(storedState(local.deskbridge)).toBe(before);

  expect((await scope(other.token)).status).toBe(200);
});

test('a burst of calls together is counted exactly: as many pass as the rate allows', async () => {
  const { token } = await issueKey(local.deskbridge, { name: 'Burst bot', rateLimitPerMinute: 5 });
  await awayFromMinuteEdge(10_000);
  const answers = await Promise.all(Array.from({ length: 12 }, () => scope(token)));
  const statuses = answers.map((answer) => answer.status).sort();
  expect(statuses.filter((status) => status === 200)).toHaveLength(5);
  expect(statuses.filter((status) => status === 429)).toHaveLength(7);
});

test('a wrong key does not use up the rate of the key it names', async () => {
  const issued = await issueKey(local.deskbridge, { name: 'Guarded bot', rateLimitPerMinute: 2 });
  await awayFromMinuteEdge();
  const forged = `${issued.token.slice(0, 21)}${'Z'.repeat(43)}`;
  for (let call = 0; call < 3; call++) expect((await scope(forged)).status).toBe(401);
  expect((await scope(issued.token)).status).toBe(200);
  expect((await scope(issued.token)).status).toBe(200);
});
