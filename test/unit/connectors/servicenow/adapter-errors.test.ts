import { credentials, useServicenowSandbox } from './support/harness';
import { servicenowSpec } from '../../../../src/connectors/servicenow/spec';
import errorRateLimited from '../../../fixtures/servicenow/error-rate-limited.json';

/** What a person is told when ServiceNow says no, and that no secret ever appears in it. */
const harness = useServicenowSandbox();
const { run } = harness;
const agent = credentials();
const INC2 = 'c92caba903a533c5aaf5a25635df2571';
const connector = () => harness.connector;

/** The error a call fails with, checked for leaked credentials (the password, or the Authorization header). */
async function failure(fn: () => Promise<unknown>, used = agent) {
  const error = await run(fn).then(
    () => {
      throw new Error('expected the call to fail');
    },
    (caught: unknown) => caught as { kind: string; message: string; status?: number; retryAfterSeconds?: number },
  );
  const basic = Buffer.from(`${used.username}:${used.secret}`).toString('base64');
  for (const leak of [used.secret, basic]) expect(`${error.message} ${JSON.stringify(error)}`).not.toContain(leak);
  return error;
}

beforeEach(() => harness.sandbox.reset());

it('bad password: auth, with the spec message', async () => {
  const wrong = credentials('agent', { secret: 'not-the-password' });
  const error = await failure(() => connector().verify(wrong), wrong);
  expect(error).toMatchObject({ kind: 'auth', status: 401, message: servicenowSpec.messages.auth });
});

it('unknown user name: auth as well (ServiceNow does not say which half is wrong)', async () => {
  const stranger = credentials('agent', { username: 'no.such.user' });
  expect(await failure(() => connector().verify(stranger), stranger)).toMatchObject({ kind: 'auth' });
});

it('unknown instance (the platform answers 200 with an HTML page): not-found, naming the instance', async () => {
  const elsewhere = credentials('agent', { domain: 'nosuch.service-now.com' });
  const error = await failure(() => connector().verify(elsewhere));
  expect(error).toMatchObject({ kind: 'not-found', message: servicenowSpec.messages.noAccount('nosuch.service-now.com') });
});

it('a 404, or a body that is not JSON, on the first call of verify: not-found as well', async () => {
  harness.sandbox.faults.plan({ mode: 'server-error', status: 404 });
  expect(await failure(() => connector().verify(agent))).toMatchObject({ kind: 'not-found', message: servicenowSpec.messages.noAccount('acme.service-now.com') });
  harness.sandbox.faults.plan({ mode: 'malformed' });
  expect(await failure(() => connector().verify(agent))).toMatchObject({ kind: 'not-found' });
});

it('a user without itil: forbidden on verify and on writes, naming the role', async () => {
  const limited = credentials('limited');
  const error = await failure(() => connector().verify(limited), limited);
  expect(error).toMatchObject({ kind: 'forbidden', status: 403, message: servicenowSpec.messages.permission('Insufficient rights to query records') });
  expect(error.message).toContain('itil');
  const write = await failure(() => connector().createTicket(limited, { subject: 'x', description: 'y' }), limited);
  expect(write).toMatchObject({ kind: 'forbidden', message: expect.stringContaining('ACL Exception Insert Failed') });
});

it('rate limited (429 with Retry-After): rate-limited, with the seconds in the message', async () => {
  harness.sandbox.faults.plan({
    mode: 'rate-limit',
    retryAfterSeconds: 42,
    headers: { 'x-ratelimit-limit': '10000', 'x-ratelimit-reset': '1709290800', 'x-ratelimit-rule': '6a3f1e0b2c9d4e5f8a7b6c5d4e3f2a1b' },
    body: errorRateLimited,
  });
  const error = await failure(() => connector().getTicket(agent, INC2));
  expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterSeconds: 42, message: servicenowSpec.messages.rateLimited(42) });
  expect(error.message).toContain('42 s');
});

it("the instance's own rate limit rule: rate-limited with the rule's Retry-After", async () => {
  harness.sandbox.state.rateLimit.requestsPerHour = 0;
  const error = await failure(() => connector().listStatuses(agent));
  expect(error.kind).toBe('rate-limited');
  expect(error.retryAfterSeconds).toBeGreaterThan(5);
  expect(error.message).toContain(`try again in ${error.retryAfterSeconds} s`);
});

it('server errors: retried, then unavailable', async () => {
  harness.sandbox.faults.plan({ mode: 'server-error', status: 503 });
  await expect(run(() => connector().getTicket(agent, INC2))).resolves.toMatchObject({ id: INC2 });
  harness.sandbox.faults.plan({ mode: 'server-error', status: 500, count: 3 });
  expect(await failure(() => connector().getTicket(agent, INC2))).toMatchObject({ kind: 'unavailable', status: 500, message: servicenowSpec.messages.unavailable });
});

it('malformed JSON: unavailable', async () => {
  harness.sandbox.faults.plan({ mode: 'malformed' });
  expect(await failure(() => connector().getTicket(agent, INC2))).toMatchObject({ kind: 'unavailable' });
  harness.sandbox.faults.plan({ mode: 'malformed' });
  expect(await failure(() => connector().listTicketsUpdatedSince(agent, new Date(0)))).toMatchObject({ kind: 'unavailable' });
});

it('a slow answer within the timeout is simply waited for', async () => {
  harness.sandbox.faults.plan({ mode: 'slow', delayMs: 300 });
  await expect(run(() => connector().getTicket(agent, INC2))).resolves.toMatchObject({ id: INC2 });
});

// The shared layer's timeout (a stalled answer becomes 'unavailable') is tested once for all
// connectors, with the timeout shortened, in the Freshdesk and Zendesk adapter-error tests.
