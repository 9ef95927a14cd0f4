/**
 * Idempotency-Key on POST /requests: a retried create returns the first request instead of
 * raising a second, duplicates arriving together raise one request, a key reused for another body
 * is refused, and a create Jira refused leaves the key free for a corrected retry.
 */
import { SEED_USERS } from '../../../local/sandbox/jira';
import { useLocalDeskbridge } from '../../support/local-app';
import { callGateway, DESK, issueKey, REQUEST_TYPE } from './support/gateway-harness';

const local = useLocalDeskbridge();
const body = (summary: string) => ({ serviceDeskId: DESK, requestTypeId: REQUEST_TYPE, customer: { accountId: SEED_USERS.customerMorgan.accountId }, summary });
const issueCount = () => local.deskbridge.sandbox!.site.issues.length;

test('a repeated create with the same Idempotency-Key answers the first request, raising nothing new', async () => {
  const { token } = await issueKey(local.deskbridge);
  const create = () => callGateway(local.deskbridge, { token, path: '/requests', body: body('Monitor flickers'), headers: { 'idempotency-key': 'retry-1' } });
  const first = await create();
  expect(first.status).toBe(201);
  expect(first.headers.location).toBe(`/requests/${first.body.key}`);
  const issues = issueCount();
  const second = await create();
  expect(second.status).toBe(200);
  expect(second.headers['idempotent-replayed']).toBe('true');
  expect(second.body).toMatchObject({ key: first.body.key, summary: 'Monitor flickers' });
  expect(issueCount()).toBe(issues);
});

test('duplicates arriving together raise exactly one request; the others are told to retry, then get it', async () => {
  const { token } = await issueKey(local.deskbridge);
  const issues = issueCount();
  const create = () => callGateway(local.deskbridge, { token, path: '/requests', body: body('Keyboard missing keys'), headers: { 'idempotency-key': 'burst-7' } });
  const answers = await Promise.all(Array.from({ length: 6 }, create));
  expect(issueCount()).toBe(issues + 1);
  const created = answers.filter((answer) => answer.status === 201);
  expect(created).toHaveLength(1);
  for (const answer of answers.filter((candidate) => candidate.status !== 201)) {
    expect([200, 409]).toContain(answer.status);
    if (answer.status === 409) expect(answer.headers['retry-after']).toBe('2');
    else expect(answer.body.key).toBe(created[0].body.key);
  }
  const retried = await create();
  expect({ status: retried.status, key: retried.body.key }).toEqual({ status: 200, key: created[0].body.key });
});

test('the same Idempotency-Key with another body is refused (422); keys are per gateway key', async () => {
  const first = await issueKey(local.deskbridge);
  const second = await issueKey(local.deskbridge, { name: 'Second bot' });
  const call = (token: string, summary: string) => callGateway(local.deskbridge, { token, path: '/requests', body: body(summary), headers: { 'idempotency-key': 'shared-key' } });
  expect((await call(first.token, 'Mouse broken')).status).toBe(201);
  const reused = await call(first.token, 'Chair broken');
  expect(reused.status).toBe(422);
  expect(reused.body.error).toEqual({ kind: 'conflict', message: expect.stringMatching(/already used for a different request/) });
  expect((await call(second.token, 'Chair broken')).status).toBe(201);
});

test('a create Jira refused leaves the Idempotency-Key free for the corrected retry', async () => {
  const { token } = await issueKey(local.deskbridge);
  const wrongType = { ...body('Badge reader'), requestTypeId: '99999' };
  const refused = await callGateway(local.deskbridge, { token, path: '/requests', body: wrongType, headers: { 'idempotency-key': 'fix-and-retry' } });
  expect(refused.status).toBeGreaterThanOrEqual(400);
  expect(refused.status).toBeLessThan(500);
  const retried = await callGateway(local.deskbridge, { token, path: '/requests', body: body('Badge reader'), headers: { 'idempotency-key': 'fix-and-retry' } });
  expect(retried.status).toBe(201);
});

test('an Idempotency-Key that is not visible ASCII is refused before anything happens', async () => {
  const { token } = await issueKey(local.deskbridge);
  const answer = await callGateway(local.deskbridge, { token, path: '/requests', body: body('x'), headers: { 'idempotency-key': 'with space' } });
  expect(answer.status).toBe(400);
  expect(answer.body.error.message).toMatch(/Idempotency-Key must be 1 to 255 visible ASCII characters/);
});
