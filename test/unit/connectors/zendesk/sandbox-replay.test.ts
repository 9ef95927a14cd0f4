/**
 * The sandbox answers each recorded Zendesk exchange (test/fixtures/zendesk, one per operation)
 * the way it was recorded: same status, same body, same rate-limit headers. Two allowed
 * differences: fields that are null in Zendesk's answers are absent from the sandbox's (see
 * responses.ts), and times of a write are "now".
 */
import { startZendeskSandbox, ZENDESK_SANDBOX, type ZendeskSandboxState } from '../../../../local/sandbox/zendesk';
import type { VendorSandbox } from '../../../../local/sandbox/vendor/vendor-sandbox';
import addComment from '../../../fixtures/zendesk/add-comment.json';
import createTicket from '../../../fixtures/zendesk/create-ticket.json';
import errors from '../../../fixtures/zendesk/error-responses.json';
import exportPage from '../../../fixtures/zendesk/incremental-ticket-export-cursor.json';
import comments from '../../../fixtures/zendesk/list-ticket-comments.json';
import anonymous from '../../../fixtures/zendesk/show-current-user-anonymous.json';
import currentUser from '../../../fixtures/zendesk/show-current-user.json';
import showTicket from '../../../fixtures/zendesk/show-ticket.json';
import updateTicket from '../../../fixtures/zendesk/update-ticket.json';

interface Recorded {
  request: { method: string; path: string; body?: unknown };
  response: { status: number; headers: Record<string, string>; body: unknown };
}

let sandbox: VendorSandbox<ZendeskSandboxState>;
beforeAll(async () => {
  sandbox = await startZendeskSandbox({});
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

const basic = (email: string, token: string) => `Basic ${Buffer.from(`${email}/token:${token}`).toString('base64')}`;
const ADMIN = basic(ZENDESK_SANDBOX.username, ZENDESK_SANDBOX.secret);

async function send(request: Recorded['request'], authorization: string | null = ADMIN) {
  const headers: Record<string, string> = { 'x-forwarded-host': ZENDESK_SANDBOX.domain, accept: 'application/json' };
  if (authorization) headers.authorization = authorization;
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${sandbox.url}${request.path}`, { method: request.method, headers, body: request.body === undefined ? undefined : JSON.stringify(request.body) });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** Nulls out, recent times and CSRF tokens replaced: what may differ between two recordings. */
function comparable(value: unknown, startedAt: number): unknown {
  if (Array.isArray(value)) return value.map((item) => comparable(item, startedAt));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== null)
        .map(([key, item]) => [key, key === 'authenticity_token' ? 'token' : comparable(item, startedAt)]),
    );
  }
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(value) && Date.parse(value) >= startedAt - 60_000) return '2025-03-05T09:30:00Z';
  return value;
}

test.each([
  ['show-current-user', currentUser],
  ['show-ticket', showTicket],
  ['list-ticket-comments', comments],
  ['incremental-ticket-export-cursor', exportPage],
  ['create-ticket', createTicket],
  ['update-ticket', updateTicket],
  ['add-comment', addComment],
] as [string, Recorded][])('%s is answered as recorded', async (_name, recorded) => {
  const startedAt = Date.now();
  const answer = await send(recorded.request);
  expect(answer.status).toBe(recorded.response.status);
  expect(comparable(answer.body, startedAt)).toEqual(comparable(recorded.response.body, startedAt));
  expect(answer.headers.get('x-rate-limit')).toBe('700');
  expect(Number(answer.headers.get('x-rate-limit-remaining'))).toBe(699);
  if (recorded.response.headers.location) expect(answer.headers.get('location')).toBe(recorded.response.headers.location);
});

test('the anonymous users/me is answered as recorded', async () => {
  const answer = await send(anonymous.request, null);
  expect(comparable(answer.body, Date.now())).toEqual(comparable(anonymous.response.body, Date.now()));
});

test('the recorded error bodies are the ones the sandbox sends', async () => {
  const agent = basic(ZENDESK_SANDBOX.agentUsername, ZENDESK_SANDBOX.secret);
  const cases: [keyof typeof errors, Recorded['request'], string][] = [
    ['401', { method: 'GET', path: '/api/v2/users/me' }, basic(ZENDESK_SANDBOX.username, 'not-the-token')],
    ['403', { method: 'GET', path: '/api/v2/incremental/tickets/cursor?start_time=0' }, agent],
    ['404', { method: 'GET', path: '/api/v2/tickets/999999' }, ADMIN],
    ['422', { method: 'PUT', path: '/api/v2/tickets/106', body: { ticket: { status: 'open' } } }, ADMIN],
  ];
  for (const [status, request, authorization] of cases) {
    const answer = await send(request, authorization);
    expect([answer.status, answer.body]).toEqual([Number(status), (errors[status] as Recorded['response']).body]);
  }
  sandbox.state.accounts[ZENDESK_SANDBOX.domain].limits.requestsPerMinute = 0;
  const limited = await send({ method: 'GET', path: '/api/v2/tickets/101' });
  expect([limited.status, limited.body]).toEqual([429, errors['429'].body]);
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
});
