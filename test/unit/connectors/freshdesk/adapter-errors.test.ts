import { FRESHDESK_SANDBOX, type FreshdeskState } from '../../../../local/sandbox/freshdesk';
import type { ConnectionCredentials } from '../../../../src/connectors/connector';
import { useConnectorSandbox } from '../../../support/connector-harness';

const credentials: ConnectionCredentials = { domain: FRESHDESK_SANDBOX.domain, secret: FRESHDESK_SANDBOX.secret };
const basic = (key: string) => Buffer.from(`${key}:X`).toString('base64');

describe('Freshdesk adapter: what goes wrong, and what a person is told', () => {
  const harness = useConnectorSandbox<FreshdeskState>('freshdesk');
  const { connector } = harness;
  const messages = connector.spec.messages;
  const { failure, failures: seen } = harness;
  beforeEach(() => harness.sandbox.reset());

  test('a key Freshdesk does not know: auth, with the spec message', async () => {
    const error = await failure(() => connector.verify({ ...credentials, secret: 'wrongKey0000000000000' }));
    expect([error.kind, error.message, error.status]).toEqual(['auth', messages.auth, 401]);
  });

  test('an account that does not exist: not-found, naming the domain', async () => {
    const error = await failure(() => connector.verify({ ...credentials, domain: 'nosuch.freshdesk.com' }));
    expect([error.kind, error.message]).toEqual(['not-found', messages.noAccount('nosuch.freshdesk.com')]);
  });

  test('a key whose agent is not an administrator: forbidden, saying who and why', async () => {
    const error = await failure(() => connector.verify({ ...credentials, secret: FRESHDESK_SANDBOX.limitedSecret }));
    expect(error.kind).toBe('forbidden');
    expect(error.message).toBe(messages.permission('Lee Limited (roles 43000000014) is not a Freshdesk administrator'));
  });

  test('an administrator without Global ticket access, or a collaborator: forbidden', async () => {
    harness.sandbox.state.agents[0].ticket_scope = 3;
    expect((await failure(() => connector.verify(credentials))).message).toContain('Alex Admin has Restricted ticket access, and Deskbridge needs Global access');
    harness.sandbox.reset();
    harness.sandbox.state.agents[0].type = 'collaborator';
    expect(await failure(() => connector.verify(credentials))).toMatchObject({ kind: 'forbidden', message: expect.stringContaining('Alex Admin is a collaborator, not a support agent') });
  });

  test('rate limited (Retry-After 42): rate-limited, the message gives the seconds', async () => {
    harness.sandbox.faults.plan({ mode: 'rate-limit', retryAfterSeconds: 42, headers: { 'x-ratelimit-total': '400', 'x-ratelimit-remaining': '0' } });
    const error = await failure(() => connector.getTicket(credentials, '1'));
    expect([error.kind, error.message, error.retryAfterSeconds]).toEqual(['rate-limited', messages.rateLimited(42), 42]);
  });

  test("the sandbox's own per-minute limit is reported the same way", async () => {
    harness.sandbox.state.rate_limit_per_minute = 2;
    await harness.run(() => connector.getTicket(credentials, '1'));
    const error = await failure(() => connector.getTicket(credentials, '1'));
    expect(error.kind).toBe('rate-limited');
    expect(error.message).toBe(messages.rateLimited(error.retryAfterSeconds!));
    expect(error.retryAfterSeconds).toBeGreaterThan(5);
  });

  test('a server error that persists: unavailable (a single one is retried and passes)', async () => {
    harness.sandbox.faults.plan({ mode: 'server-error', count: 1 });
    await expect(harness.run(() => connector.listStatuses(credentials))).resolves.toHaveLength(6);
    harness.sandbox.faults.plan({ mode: 'server-error', count: 3, status: 502 });
    expect(await failure(() => connector.listStatuses(credentials))).toMatchObject({ kind: 'unavailable', message: messages.unavailable });
  });

  test('malformed JSON: unavailable', async () => {
    harness.sandbox.faults.plan({ mode: 'malformed' });
    expect((await failure(() => connector.getTicket(credentials, '1'))).kind).toBe('unavailable');
  });

  test('a slow answer within the timeout is simply waited for', async () => {
    harness.sandbox.faults.plan({ mode: 'slow', delayMs: 300 });
    await expect(harness.run(() => connector.getTicket(credentials, '1'))).resolves.toMatchObject({ id: '1' });
  });

  test('an answer that never comes in time: unavailable (timeout shortened to 50 ms for the test)', async () => {
    // vendorRequest times out at 10 s; the test shortens AbortSignal.timeout so it runs in about 1.7 s
    // (three attempts of 50 ms, with the layer's 0.5 s and 1 s backoffs between them).
    const timeout = AbortSignal.timeout.bind(AbortSignal);
    const spy = jest.spyOn(AbortSignal, 'timeout').mockImplementation(() => timeout(50));
    try {
      harness.sandbox.faults.plan({ mode: 'slow', delayMs: 1_000, count: 3 });
      expect(await failure(() => connector.getTicket(credentials, '1'))).toMatchObject({ kind: 'unavailable', message: messages.unavailable });
    } finally {
      spy.mockRestore();
      harness.sandbox.faults.clear();
    }
  });

  test('no error message carries a key or an Authorization header', () => {
    expect(seen.length).toBeGreaterThanOrEqual(10);
    for (const error of seen) {
      for (const secret of [FRESHDESK_SANDBOX.secret, FRESHDESK_SANDBOX.limitedSecret, 'wrongKey0000000000000', basic(FRESHDESK_SANDBOX.secret), basic('wrongKey0000000000000')]) {
        expect(error.message).not.toContain(secret);
      }
      expect(error.message).not.toMatch(/Basic |Authorization/i);
    }
  });
});
