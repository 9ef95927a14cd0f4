/**
 * The sandbox's Zendesk behaviour, called directly (no server) with a fixed clock: accounts by
 * host, authentication, roles, rate limits, validation and paging. Persistence goes through a server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startZendeskSandbox, ZENDESK_SANDBOX } from '../../../../local/sandbox/zendesk';
import { route } from '../../../../local/sandbox/zendesk/router';
import { seedState } from '../../../../local/sandbox/zendesk/seed';
import type { ZendeskSandboxState } from '../../../../local/sandbox/zendesk/state';

const NOW = new Date('2025-03-05T09:30:20Z');
const basic = (login: string, password: string) => `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;
const ADMIN = basic(`${ZENDESK_SANDBOX.username}/token`, ZENDESK_SANDBOX.secret);

let state: ZendeskSandboxState;
beforeEach(() => {
  state = seedState();
});
const account = () => state.accounts[ZENDESK_SANDBOX.domain];

function call(method: string, target: string, options: { authorization?: string | null; body?: unknown; host?: string; now?: Date } = {}) {
  const url = new URL(target, 'https://sandbox');
  const authorization = options.authorization === undefined ? ADMIN : options.authorization;
  return route(
    { method, host: options.host ?? ZENDESK_SANDBOX.domain, path: url.pathname, query: url.searchParams, headers: authorization ? { authorization } : {}, body: options.body },
    state,
    options.now ?? NOW,
  ).response;
}

describe('accounts and authentication', () => {
  test('an unknown subdomain answers 404 without rate-limit headers', () => {
    expect(call('GET', '/api/v2/users/me', { host: 'nope.zendesk.com' })).toEqual({ status: 404, body: { error: 'RecordNotFound', description: 'No help desk at nope.zendesk.com' } });
  });

  test('paths work with and without .json', () => {
    expect(call('GET', '/api/v2/tickets/101.json').status).toBe(200);
    expect(call('GET', '/api/v2/tickets/101').status).toBe(200);
  });

  test.each([
    ['a wrong token', basic(`${ZENDESK_SANDBOX.username}/token`, 'nope-nope-nope')],
    ['a revoked token', basic(`${ZENDESK_SANDBOX.username}/token`, 'zdSandboxRevokedToken0000000000000000003')],
    ['a password instead of a token', basic(ZENDESK_SANDBOX.username, ZENDESK_SANDBOX.secret)],
    ['an OAuth token Zendesk never issued', `Bearer ${ZENDESK_SANDBOX.secret}`],
  ])('%s: 401 everywhere', (_case, authorization) => {
    expect(call('GET', '/api/v2/users/me', { authorization })).toMatchObject({ status: 401, body: { error: "Couldn't authenticate you" } });
    expect(call('GET', '/api/v2/tickets/101', { authorization }).status).toBe(401);
  });

  test('nobody, or an email no user has: users/me is the anonymous user, everything else 401', () => {
    for (const authorization of [null, basic('ghost@nowhere.example/token', ZENDESK_SANDBOX.secret)]) {
      expect(call('GET', '/api/v2/users/me', { authorization })).toMatchObject({ status: 200, body: { user: { id: null, role: 'end-user', name: 'Anonymous user' } } });
      expect(call('GET', '/api/v2/tickets/101', { authorization }).status).toBe(401);
    }
  });

  test('a suspended user cannot authenticate', () => {
    account().users.find((user) => user.email === ZENDESK_SANDBOX.agentUsername)!.suspended = true;
    expect(call('GET', '/api/v2/users/me', { authorization: basic(`${ZENDESK_SANDBOX.agentUsername}/token`, ZENDESK_SANDBOX.secret) }).status).toBe(401);
  });

  test('end users are refused the tickets API; agents are refused incremental exports', () => {
    const endUser = basic(`${ZENDESK_SANDBOX.limitedUsername}/token`, ZENDESK_SANDBOX.secret);
    expect(call('GET', '/api/v2/tickets/105', { authorization: endUser })).toMatchObject({ status: 403, body: { error: 'Forbidden' } });
    const agent = basic(`${ZENDESK_SANDBOX.agentUsername}/token`, ZENDESK_SANDBOX.secret);
    expect(call('GET', '/api/v2/tickets/105', { authorization: agent }).status).toBe(200);
    expect(call('GET', '/api/v2/incremental/tickets/cursor?start_time=0', { authorization: agent }).status).toBe(403);
  });

  test('an endpoint the sandbox does not serve: 404 InvalidEndpoint', () => {
    expect(call('DELETE', '/api/v2/tickets/101')).toMatchObject({ status: 404, body: { error: 'InvalidEndpoint' } });
  });
});

describe('rate limits', () => {
  test('X-Rate-Limit headers count down; past the limit a 429 with Retry-After to the next minute', () => {
    account().limits.requestsPerMinute = 2;
    expect(call('GET', '/api/v2/tickets/101').headers).toMatchObject({ 'x-rate-limit': '2', 'x-rate-limit-remaining': '1' });
    expect(call('GET', '/api/v2/tickets/101').headers).toMatchObject({ 'x-rate-limit-remaining': '0' });
    expect(call('GET', '/api/v2/tickets/101')).toEqual({
      status: 429,
      body: { error: 'APIRateLimitExceeded', description: 'Number of allowed API requests per minute exceeded' },
      headers: { 'retry-after': '40', 'x-rate-limit': '2', 'x-rate-limit-remaining': '0' },
    });
    expect(call('GET', '/api/v2/tickets/101', { now: new Date('2025-03-05T09:31:00Z') }).status).toBe(200);
  });

  test('incremental exports have their own budget of 10 a minute', () => {
    for (let i = 0; i < 10; i++) expect(call('GET', '/api/v2/incremental/tickets/cursor?start_time=0').status).toBe(200);
    expect(call('GET', '/api/v2/incremental/tickets/cursor?start_time=0').status).toBe(429);
    expect(call('GET', '/api/v2/tickets/101').status).toBe(200);
  });
});

describe('validation and paging', () => {
  test('incremental export: start_time required, at least a minute old; a cursor must be one Zendesk gave', () => {
    expect(call('GET', '/api/v2/incremental/tickets/cursor')).toMatchObject({ status: 400, body: { error: 'InvalidValue' } });
    expect(call('GET', `/api/v2/incremental/tickets/cursor?start_time=${NOW.getTime() / 1000 - 30}`)).toMatchObject({ status: 400, body: { description: expect.stringContaining('Too recent start_time') } });
    expect(call('GET', '/api/v2/incremental/tickets/cursor?cursor=bm90LWEtY3Vyc29y').status).toBe(400);
  });

  test('the last export page still gives an after_cursor to continue from later', () => {
    const page = call('GET', '/api/v2/incremental/tickets/cursor?start_time=1741000000').body as { tickets: { id: number }[]; after_cursor: string; end_of_stream: boolean };
    expect(page.tickets.map((ticket) => ticket.id)).toEqual([102, 101]);
    expect(page.end_of_stream).toBe(true);
    const next = call('GET', `/api/v2/incremental/tickets/cursor?cursor=${page.after_cursor}`).body as { tickets: unknown[]; after_cursor: string };
    expect(next).toMatchObject({ tickets: [], after_cursor: page.after_cursor, end_of_stream: true });
  });

  test('create: a comment is required; a new requester needs a name; unknown fields are ignored', () => {
    expect(call('POST', '/api/v2/tickets', { body: { ticket: { subject: 'x' } } })).toMatchObject({ status: 422, body: { error: 'RecordInvalid', details: { base: [{ description: 'Comment: cannot be blank' }] } } });
    expect(call('POST', '/api/v2/tickets', { body: { ticket: { comment: { body: 'x' }, requester: { email: 'n@x.example' } } } })).toMatchObject({
      status: 422,
      body: { details: { requester: [{ description: 'Requester: Name is too short (minimum one character)' }] } },
    });
    expect(call('POST', '/api/v2/tickets', { body: { ticket: { comment: { body: 'x' }, priority: 'p1' } } }).status).toBe(422);
    expect(call('POST', '/api/v2/tickets', { body: { nope: 1 } }).status).toBe(400);
    const created = call('POST', '/api/v2/tickets', { body: { ticket: { comment: { body: 'plain <text>' }, whatever: 1 } } });
    expect(created).toMatchObject({ status: 201, body: { ticket: { id: 108, status: 'new', requester_id: 9000001, description: 'plain <text>' } } });
  });

  test('html is stored the way Zendesk does: scripts stripped, wrapped in its zd-comment div', () => {
    call('PUT', '/api/v2/tickets/101', { body: { ticket: { comment: { html_body: '<p onclick="x()">hi<script>alert(1)</script></p>', public: true } } } });
    expect(account().comments['101'].at(-1)).toMatchObject({ html_body: '<div class="zd-comment" dir="auto"><p>hi</p></div>', body: 'hi', public: true });
  });

  test('comments come 100 a page by default with next_page and previous_page links', () => {
    account().comments['101'] = Array.from({ length: 150 }, (_, i) => ({ ...account().comments['101'][0], id: 20000 + i }));
    const first = call('GET', '/api/v2/tickets/101/comments').body as { comments: unknown[]; next_page: string; previous_page: null; count: number };
    expect(first).toMatchObject({ next_page: 'https://deskbridge.zendesk.com/api/v2/tickets/101/comments.json?page=2&per_page=100', previous_page: null, count: 150 });
    expect(first.comments).toHaveLength(100);
    const second = call('GET', '/api/v2/tickets/101/comments.json?page=2&per_page=100').body as { comments: unknown[]; next_page: null };
    expect(second).toMatchObject({ next_page: null, previous_page: expect.stringContaining('page=1') });
    expect(second.comments).toHaveLength(50);
  });
});

test('state survives a restart through statePath; reset goes back to the seed', async () => {
  const statePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zendesk-sandbox-')), 'zendesk.json');
  const first = await startZendeskSandbox({ statePath });
  const headers = { 'x-forwarded-host': ZENDESK_SANDBOX.domain, authorization: ADMIN, 'content-type': 'application/json' };
  const created = await fetch(`${first.url}/api/v2/tickets`, { method: 'POST', headers, body: JSON.stringify({ ticket: { subject: 'Kept', comment: { body: 'x' } } }) });
  expect(created.status).toBe(201);
  await first.close();
  const second = await startZendeskSandbox({ statePath });
  try {
    expect(second.state.accounts[ZENDESK_SANDBOX.domain].tickets.map((ticket) => ticket.subject)).toContain('Kept');
    expect((await fetch(`${second.url}/__sandbox/reset`, { method: 'POST' })).status).toBe(204);
    expect(JSON.parse(fs.readFileSync(statePath, 'utf8')).accounts[ZENDESK_SANDBOX.domain].tickets).toHaveLength(7);
  } finally {
    await second.close();
  }
});
