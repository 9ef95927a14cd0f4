/** What a person is told when Zendesk says no, stalls or breaks, and that no secret ever leaks into it. */
import { ZENDESK_SANDBOX, type ZendeskSandboxState } from '../../../../local/sandbox/zendesk';
import type { ConnectionCredentials } from '../../../../src/connectors/connector';
import { ConnectorError } from '../../../../src/connectors/http/connector-error';
import { useConnectorSandbox } from '../../../support/connector-harness';

const zd = useConnectorSandbox<ZendeskSandboxState>('zendesk');
const { connector } = zd;
const { messages } = connector.spec;
const admin: ConnectionCredentials = { domain: ZENDESK_SANDBOX.domain, username: ZENDESK_SANDBOX.username, secret: ZENDESK_SANDBOX.secret };

beforeEach(() => zd.sandbox.reset());

/** The error a call ends with, checked to carry neither the secret nor the Authorization header. */
async function failure(credentials: ConnectionCredentials, call: () => Promise<unknown> = () => connector.verify(credentials)): Promise<ConnectorError> {
  const error = await zd.run(call).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConnectorError);
  const basic = Buffer.from(`${credentials.username}/token:${credentials.secret}`).toString('base64');
  const text = `${(error as Error).message} ${JSON.stringify(error)} ${(error as Error).stack}`;
  expect(text).not.toContain(credentials.secret);
  expect(text).not.toContain(basic);
  return error as ConnectorError;
}

test('verify succeeds with the seeded admin', async () => {
  await expect(zd.run(() => connector.verify(admin))).resolves.toEqual({ account: ZENDESK_SANDBOX.domain, agentName: 'Ada Admin' });
});

test("a wrong or revoked token: kind auth, the spec's message", async () => {
  for (const secret of ['zdWrongToken00000000000000000000000000000', 'zdSandboxRevokedToken0000000000000000003']) {
    const error = await failure({ ...admin, secret });
    expect(error).toMatchObject({ kind: 'auth', message: messages.auth, status: 401 });
  }
});

test('an email no Zendesk user has: Zendesk answers the anonymous user, which is an auth problem too', async () => {
  const error = await failure({ ...admin, username: 'nobody@nowhere.example' });
  expect(error).toMatchObject({ kind: 'auth', message: messages.auth });
});

test('an unknown account: not-found, saying which address has no account', async () => {
  const error = await failure({ ...admin, domain: 'no-such-account.zendesk.com' });
  expect(error).toMatchObject({ kind: 'not-found', message: messages.noAccount('no-such-account.zendesk.com') });
});

test("a valid token whose user is an end user: forbidden, naming the user's role", async () => {
  const bound = await failure({ ...admin, secret: ZENDESK_SANDBOX.limitedSecret });
  expect(bound).toMatchObject({ kind: 'forbidden', message: messages.permission('Erin Enduser is a customer (end user) in Zendesk, not an agent or admin') });
  // The Zendesk way to be an end user: the account's token with an end user's email.
  const endUser = await failure({ ...admin, username: ZENDESK_SANDBOX.limitedUsername });
  expect(endUser.kind).toBe('forbidden');
  // An end user calling the tickets API directly gets Zendesk's 403 body as the reason.
  const direct = await failure({ ...admin, username: ZENDESK_SANDBOX.limitedUsername }, () => connector.getTicket({ ...admin, username: ZENDESK_SANDBOX.limitedUsername }, '101'));
  expect(direct).toMatchObject({ kind: 'forbidden', message: expect.stringContaining('You do not have access to this page') });
});

test('rate limited: kind rate-limited, the message gives the seconds from Retry-After', async () => {
  zd.sandbox.faults.plan({
    mode: 'rate-limit',
    retryAfterSeconds: 42,
    headers: { 'x-rate-limit': '700', 'x-rate-limit-remaining': '0' },
    body: { error: 'APIRateLimitExceeded', description: 'Number of allowed API requests per minute exceeded' },
  });
  const error = await failure(admin, () => connector.getTicket(admin, '101'));
  expect(error).toMatchObject({ kind: 'rate-limited', message: 'Zendesk is rate limiting this account; try again in 42 s.', retryAfterSeconds: 42 });
});

test('a short Retry-After is waited out by the shared HTTP layer: the caller sees the ticket', async () => {
  zd.sandbox.faults.plan({ mode: 'rate-limit', retryAfterSeconds: 1 });
  await expect(zd.run(() => connector.getTicket(admin, '101'))).resolves.toMatchObject({ id: '101' });
});

test('server errors that persist: unavailable', async () => {
  zd.sandbox.faults.plan({ mode: 'server-error', status: 503, count: 3 });
  const error = await failure(admin, () => connector.listComments(admin, '102'));
  expect(error).toMatchObject({ kind: 'unavailable', message: messages.unavailable });
});

test('malformed JSON: unavailable, without echoing the body', async () => {
  zd.sandbox.faults.plan({ mode: 'malformed' });
  const error = await failure(admin, () => connector.getTicket(admin, '101'));
  expect(error.kind).toBe('unavailable');
  expect(error.message).not.toContain('truncated');
});

test('a response that stalls is abandoned at the timeout: unavailable (timeout shortened to 50 ms for the test)', async () => {
  // The shared layer's 10 s timeout is an AbortSignal.timeout; shortening it keeps this under 2 s.
  const realTimeout = AbortSignal.timeout.bind(AbortSignal);
  const spy = jest.spyOn(AbortSignal, 'timeout').mockImplementation(() => realTimeout(50));
  zd.sandbox.faults.plan({ mode: 'slow', delayMs: 400, count: 3 });
  const started = Date.now();
  try {
    const error = await failure(admin, () => connector.getTicket(admin, '101'));
    expect(error).toMatchObject({ kind: 'unavailable', message: messages.unavailable });
    expect(spy).toHaveBeenCalledWith(10_000);
    expect(Date.now() - started).toBeLessThan(2_000);
  } finally {
    spy.mockRestore();
  }
});
