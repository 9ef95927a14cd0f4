import { INTERCOM_SANDBOX, type IntercomState } from '../../../../local/sandbox/intercom';
import type { ConnectionCredentials } from '../../../../src/connectors/connector';
import { useConnectorSandbox } from '../../../support/connector-harness';
import errors from '../../../fixtures/intercom/errors.json';

const credentials: ConnectionCredentials = { domain: INTERCOM_SANDBOX.domain, secret: INTERCOM_SANDBOX.secret };
const BAD_TOKEN = 'dG9rOm5vdC1hLXJlYWwtdG9rZW4tMDAwMDAwMDAwMDA6MTow';

describe('Intercom adapter: what goes wrong, and what a person is told', () => {
  const harness = useConnectorSandbox<IntercomState>('intercom');
  const { connector } = harness;
  const messages = connector.spec.messages;
  const { failure, failures: seen } = harness;
  beforeEach(() => harness.sandbox.reset());
  // The workspace (/me) is remembered per token: warm it so a planned fault hits the call under test.
  const warm = () => harness.run(() => connector.getTicket(credentials, '1001'));

  test('a token Intercom does not know: auth, with the spec message', async () => {
    const error = await failure(() => connector.verify({ ...credentials, secret: BAD_TOKEN }));
    expect([error.kind, error.message, error.status]).toEqual(['auth', messages.auth, 401]);
  });

  test('a region that does not hold the workspace: not-found, naming the host and the right region', async () => {
    const error = await failure(() => connector.verify({ ...credentials, domain: 'api.au.intercom.io' }));
    expect(error.kind).toBe('not-found');
    expect(error.message).toContain(messages.noAccount('api.au.intercom.io'));
    expect(error.message).toContain('region US');
  });

  test('a bad token at a regional host stays an auth error (api.intercom.io does not know it either)', async () => {
    const error = await failure(() => connector.verify({ ...credentials, domain: 'api.eu.intercom.io', secret: BAD_TOKEN }));
    expect([error.kind, error.message]).toEqual(['auth', messages.auth]);
  });

  test('a token whose admin has no inbox seat: forbidden at verify, and for a reply', async () => {
    const limited = { ...credentials, secret: INTERCOM_SANDBOX.limitedSecret };
    const atVerify = await failure(() => connector.verify(limited));
    expect([atVerify.kind, atVerify.message]).toEqual(['forbidden', messages.permission('Lee Viewer has no inbox seat, so cannot reply to conversations or add notes')]);
    const atReply = await failure(() => connector.addComment(limited, '1001', { body: 'hi', public: true }));
    expect([atReply.kind, atReply.status]).toEqual(['forbidden', 403]);
    expect(atReply.message).toContain('no inbox seat');
  });

  test("rate limited by the sandbox's own limit: Intercom sends no Retry-After, the wait comes from X-RateLimit-Reset", async () => {
    await warm();
    harness.sandbox.state.rate_limit.limit = 0;
    const error = await failure(() => connector.getTicket(credentials, '1001'));
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(10);
    expect(error.message).toBe(messages.rateLimited(error.retryAfterSeconds!));
  });

  test('rate limited with a Retry-After longer than Deskbridge waits: the message says how long', async () => {
    await warm();
    const { headers, body } = errors.rateLimited;
    harness.sandbox.faults.plan({ mode: 'rate-limit', retryAfterSeconds: 42, headers, body });
    const error = await failure(() => connector.getTicket(credentials, '1001'));
    expect([error.kind, error.message, error.retryAfterSeconds]).toEqual(['rate-limited', messages.rateLimited(42), 42]);
  });

  test('a 500 that lasts: unavailable; one that passes is retried', async () => {
    await warm();
    harness.sandbox.faults.plan({ mode: 'server-error', count: 3 });
    const error = await failure(() => connector.getTicket(credentials, '1001'));
    expect([error.kind, error.message]).toEqual(['unavailable', messages.unavailable]);
    harness.sandbox.faults.plan({ mode: 'server-error', count: 1, status: 503 });
    await expect(harness.run(() => connector.getTicket(credentials, '1001'))).resolves.toMatchObject({ id: '1001' });
  });

  test('an answer that is not JSON: unavailable', async () => {
    await warm();
    harness.sandbox.faults.plan({ mode: 'malformed' });
    const error = await failure(() => connector.listComments(credentials, '1001'));
    expect(error.kind).toBe('unavailable');
  });

  // The shared layer's timeout (a stalled answer becomes 'unavailable') is tested once for all
  // connectors, with the timeout shortened, in the Freshdesk and Zendesk adapter-error tests.

  test('an error body never carries the token or the Authorization header', async () => {
    await failure(() => connector.getTicket({ ...credentials, secret: BAD_TOKEN }, '1001'));
    expect(seen.length).toBeGreaterThan(0);
    for (const error of seen) {
      for (const secret of [BAD_TOKEN, INTERCOM_SANDBOX.secret, INTERCOM_SANDBOX.limitedSecret]) expect(error.message).not.toContain(secret);
      expect(error.message).not.toMatch(/Bearer|Authorization/i);
    }
  });
});
