import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FRESHDESK_SANDBOX, startFreshdeskSandbox } from '../../../../local/sandbox/freshdesk';
import { fd, useFreshdeskSandbox } from './sandbox-client';

describe('sandbox Freshdesk: auth, account host, limits', () => {
  const holder = useFreshdeskSandbox();
  beforeEach(() => holder.sandbox.reset());

  test('a missing, unknown or deactivated key gets the 401 body; the password is not checked', async () => {
    const unauthorised = { code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' };
    expect(await fd(holder.sandbox, 'GET', '/api/v2/agents/me', { key: null })).toMatchObject({ status: 401, body: unauthorised });
    expect(await fd(holder.sandbox, 'GET', '/api/v2/agents/me', { key: 'wrong' })).toMatchObject({ status: 401, body: unauthorised });
    holder.sandbox.state.agents[1].contact.active = false;
    expect((await fd(holder.sandbox, 'GET', '/api/v2/agents/me', { key: FRESHDESK_SANDBOX.limitedSecret })).status).toBe(401);
    expect((await fd(holder.sandbox, 'GET', '/api/v2/agents/me')).body.contact.name).toBe('Alex Admin');
  });

  test('another account host is not an account: 404 without a body, before any auth', async () => {
    const answer = await fd(holder.sandbox, 'GET', '/api/v2/agents/me', { host: 'nosuch.freshdesk.com', key: null });
    expect(answer).toMatchObject({ status: 404, body: undefined });
  });

  test('unknown paths are 404, a known path with the wrong method 405, writes must be JSON (415)', async () => {
    expect((await fd(holder.sandbox, 'GET', '/api/v2/nothing')).status).toBe(404);
    expect(await fd(holder.sandbox, 'DELETE', '/api/v2/agents/me')).toMatchObject({ status: 405, body: { code: 'method_not_allowed' } });
    expect(await fd(holder.sandbox, 'POST', '/api/v2/tickets', { body: { subject: 'x' }, contentType: 'text/plain' })).toMatchObject({ status: 415, body: { code: 'invalid_content_type' } });
  });

  test('every authenticated answer reports the credits: includes cost extra, the minute runs out with 429 + Retry-After', async () => {
    const first = await fd(holder.sandbox, 'GET', '/api/v2/tickets/1');
    expect([first.headers.get('x-ratelimit-total'), first.headers.get('x-ratelimit-remaining'), first.headers.get('x-ratelimit-used-currentrequest')]).toEqual(['400', '399', '1']);
    const embedded = await fd(holder.sandbox, 'GET', '/api/v2/tickets?updated_since=2025-01-01T00:00:00Z&include=description,requester');
    expect([embedded.headers.get('x-ratelimit-remaining'), embedded.headers.get('x-ratelimit-used-currentrequest')]).toEqual(['395', '4']);
    holder.sandbox.state.rate_limit_per_minute = 5;
    const limited = await fd(holder.sandbox, 'GET', '/api/v2/agents/me');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    holder.sandbox.reset();
    expect((await fd(holder.sandbox, 'GET', '/api/v2/agents/me')).status).toBe(200);
  });

  test('faults can be planned over HTTP', async () => {
    await fetch(`${holder.sandbox.url}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ mode: 'server-error', status: 503 }) });
    expect((await fd(holder.sandbox, 'GET', '/api/v2/agents/me')).status).toBe(503);
    expect((await fd(holder.sandbox, 'GET', '/api/v2/agents/me')).status).toBe(200);
  });
});

describe('sandbox Freshdesk: tickets and conversations', () => {
  const holder = useFreshdeskSandbox();
  beforeEach(() => holder.sandbox.reset());

  test('lists page with a Link header, filter by updated_since and order as asked', async () => {
    const first = await fd(holder.sandbox, 'GET', '/api/v2/tickets?updated_since=2025-11-17T10:00:00Z&order_by=updated_at&order_type=asc&per_page=2&page=1');
    expect(first.body.map((ticket: any) => ticket.id)).toEqual([2, 3]);
    expect(first.headers.get('link')).toBe('<https://acme.freshdesk.com/api/v2/tickets?updated_since=2025-11-17T10%3A00%3A00Z&order_by=updated_at&order_type=asc&per_page=2&page=2>; rel="next"');
    const last = await fd(holder.sandbox, 'GET', '/api/v2/tickets?updated_since=2025-11-17T10:00:00Z&order_by=updated_at&order_type=asc&per_page=2&page=3');
    expect(last.body.map((ticket: any) => ticket.id)).toEqual([6]);
    expect(last.headers.get('link')).toBeNull();
    expect(first.body[0]).not.toHaveProperty('description');
  });

  test('without updated_since only tickets created in the last 30 days are listed; spam and deleted never by default', async () => {
    expect((await fd(holder.sandbox, 'GET', '/api/v2/tickets')).body).toEqual([]);
    const created = await fd(holder.sandbox, 'POST', '/api/v2/tickets', { body: { subject: 'New', description: '<p>n</p>', email: 'new.person@example.org' } });
    expect((await fd(holder.sandbox, 'GET', '/api/v2/tickets')).body.map((ticket: any) => ticket.id)).toEqual([created.body.id]);
    holder.sandbox.state.tickets[0].spam = true;
    holder.sandbox.state.tickets[1].deleted = true;
    const all = await fd(holder.sandbox, 'GET', '/api/v2/tickets?updated_since=2025-01-01T00:00:00Z');
    expect(all.body.map((ticket: any) => ticket.id)).not.toEqual(expect.arrayContaining([1, 2]));
    expect((await fd(holder.sandbox, 'GET', '/api/v2/tickets?filter=spam&updated_since=2025-01-01T00:00:00Z')).body.map((ticket: any) => ticket.id)).toEqual([1]);
  });

  test('bad query parameters get the validation body', async () => {
    expect((await fd(holder.sandbox, 'GET', '/api/v2/tickets?per_page=101')).body.errors).toEqual([{ field: 'per_page', message: 'It should be a Positive Integer less than or equal to 100', code: 'invalid_value' }]);
    expect((await fd(holder.sandbox, 'GET', '/api/v2/tickets?page=301')).status).toBe(400);
    expect((await fd(holder.sandbox, 'GET', '/api/v2/tickets?updated_since=yesterday')).body.errors[0].field).toBe('updated_since');
    expect((await fd(holder.sandbox, 'GET', '/api/v2/tickets?include=conversations')).body.errors[0].field).toBe('include');
    expect((await fd(holder.sandbox, 'GET', '/api/v2/tickets?color=red')).body.errors).toEqual([{ field: 'color', message: 'Unexpected/invalid field in request', code: 'invalid_field' }]);
  });

  test('an agent sees only the tickets its ticket scope allows', async () => {
    const limited = holder.sandbox.state.agents[1];
    limited.ticket_scope = 3;
    const listed = await fd(holder.sandbox, 'GET', '/api/v2/tickets?updated_since=2025-01-01T00:00:00Z', { key: FRESHDESK_SANDBOX.limitedSecret });
    expect(listed.body.map((ticket: any) => ticket.id)).toEqual([3]);
    expect((await fd(holder.sandbox, 'GET', '/api/v2/tickets/1', { key: FRESHDESK_SANDBOX.limitedSecret })).status).toBe(403);
  });

  test('create checks the body; a new email becomes a contact; updates and comments bump updated_at', async () => {
    const refused = await fd(holder.sandbox, 'POST', '/api/v2/tickets', { body: { subject: 1, description: 'd', email: 'x@y.example', status: 99, colour: 'red' } });
    expect(refused.body.errors).toEqual([{ field: 'colour', message: 'Unexpected/invalid field in request', code: 'invalid_field' }]);
    const invalid = await fd(holder.sandbox, 'POST', '/api/v2/tickets', { body: { subject: 1, description: 'd', email: 'x@y.example', status: 99 } });
    expect(invalid.body.errors.map((error: any) => error.field)).toEqual(['subject', 'status']);
    const created = await fd(holder.sandbox, 'POST', '/api/v2/tickets', { body: { subject: 'Hi', description: '<p>A &amp; B</p>', email: 'New.Person@example.org', tags: ['a'] } });
    expect(created).toMatchObject({ status: 201, body: { id: 7, description_text: 'A & B', status: 2, priority: 1, source: 2, tags: ['a'] } });
    expect(created.headers.get('location')).toBe('https://acme.freshdesk.com/api/v2/tickets/7');
    expect(holder.sandbox.state.contacts.find((contact) => contact.id === created.body.requester_id)).toMatchObject({ email: 'new.person@example.org', name: 'New.Person' });
    const updated = await fd(holder.sandbox, 'PUT', '/api/v2/tickets/1', { body: { status: 6 } });
    expect(updated.body.status).toBe(6);
    expect(updated.body.updated_at > '2025-11-17T09:15:40Z').toBe(true);
    expect((await fd(holder.sandbox, 'PUT', '/api/v2/tickets/999', { body: { status: 4 } })).status).toBe(404);
    const note = await fd(holder.sandbox, 'POST', '/api/v2/tickets/2/notes', { body: { body: '<b>n</b>' } });
    expect(note.body).toMatchObject({ private: true, body_text: 'n', user_id: FRESHDESK_SANDBOX.adminAgentId });
    expect((await fd(holder.sandbox, 'POST', '/api/v2/tickets/2/reply', { body: {} })).body.errors).toEqual([{ field: 'body', message: 'It should be a/an String', code: 'missing_field' }]);
    const listed = await fd(holder.sandbox, 'GET', '/api/v2/tickets/2/conversations?per_page=2');
    expect(listed.body).toHaveLength(2);
    expect(listed.headers.get('link')).toContain('page=2');
    expect(listed.body[0]).not.toHaveProperty('notified_to');
  });

  test('state survives a restart through statePath', async () => {
    const statePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fd-sandbox-')), 'freshdesk.json');
    const first = await startFreshdeskSandbox({ statePath });
    await fd(first, 'POST', '/api/v2/tickets/1/notes', { body: { body: 'kept' } });
    await first.close();
    const second = await startFreshdeskSandbox({ statePath });
    expect(second.state.conversations.some((entry) => entry.body === 'kept')).toBe(true);
    await second.close();
  });
});
