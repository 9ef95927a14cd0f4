import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { INTERCOM_SANDBOX, SEED_CONTACTS, startIntercomSandbox, type IntercomState } from '../../../../local/sandbox/intercom';
import type { VendorSandbox } from '../../../../local/sandbox/vendor/vendor-sandbox';
import { statusOf } from '../../../../src/connectors/intercom/mappers';
import { callSandbox } from './support/sandbox-client';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FIXTURES = path.resolve(__dirname, '../../../fixtures/intercom');
const fixture = (file: string) => JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8'));

describe('the Intercom sandbox speaks like Intercom', () => {
  let sandbox: VendorSandbox<IntercomState>;
  const call = (method: string, urlPath: string, options?: Parameters<typeof callSandbox>[3]) => callSandbox(sandbox.url, method, urlPath, options);
  beforeAll(async () => {
    sandbox = await startIntercomSandbox();
  });
  afterAll(() => sandbox.close());
  beforeEach(() => sandbox.reset());

  test('no token or an unknown one: 401 error.list, without rate-limit headers', async () => {
    for (const token of [null, 'not-a-token']) {
      const answer = await call('GET', '/me', { token });
      expect(answer).toMatchObject({ status: 401, body: { type: 'error.list', errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }] } });
      expect(answer.body.request_id).toMatch(UUID);
      expect(answer.headers.get('x-ratelimit-limit')).toBeNull();
    }
  });

  test('authenticated answers count down X-RateLimit-Remaining; past the limit, 429 with the reset time and no Retry-After', async () => {
    const first = await call('GET', '/me');
    const second = await call('GET', '/me');
    expect(first.headers.get('x-ratelimit-limit')).toBe('1667');
    expect(Number(first.headers.get('x-ratelimit-remaining')) - Number(second.headers.get('x-ratelimit-remaining'))).toBe(1);
    sandbox.state.rate_limit.limit = 2;
    const limited = await call('GET', '/me');
    expect(limited).toMatchObject({ status: 429, body: { errors: [{ code: 'rate_limit_exceeded', message: 'Exceeded rate limit of 2 in 10_seconds' }] } });
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    const reset = Number(limited.headers.get('x-ratelimit-reset')) - Date.now() / 1000;
    expect(reset).toBeGreaterThan(0);
    expect(reset).toBeLessThanOrEqual(10);
    expect(limited.headers.get('retry-after')).toBeNull();
  });

  test('regions: api.intercom.io routes the token; another region has never heard of it; other hosts are not Intercom', async () => {
    expect((await call('GET', '/me', { host: 'api.intercom.io' })).status).toBe(200);
    expect(await call('GET', '/me', { host: 'api.eu.intercom.io' })).toMatchObject({ status: 401, body: { errors: [{ code: 'token_not_found' }] } });
    sandbox.state.app.region = 'EU';
    expect((await call('GET', '/me', { host: 'api.eu.intercom.io' })).status).toBe(200);
    expect((await call('GET', '/me', { host: 'api.au.intercom.io' })).status).toBe(401);
    expect((await call('GET', '/me', { host: 'api.example.com' })).status).toBe(404);
  });

  test('an Intercom-Version that does not exist is refused; none at all takes the default', async () => {
    expect(await call('GET', '/me', { version: '9.9' })).toMatchObject({ status: 400, body: { errors: [{ code: 'intercom_version_invalid' }] } });
    expect((await call('GET', '/me', { version: null })).status).toBe(200);
  });

  test('an unknown path or method: 404 error.list', async () => {
    expect(await call('GET', '/tickets/1')).toMatchObject({ status: 404, body: { type: 'error.list', errors: [{ code: 'not_found' }] } });
    expect((await call('DELETE', '/me')).status).toBe(404);
  });

  test('search: AND/OR, array fields, word search in the body, and Intercom limits', async () => {
    const search = (query: unknown, pagination?: unknown) => call('POST', '/conversations/search', { body: { query, pagination } });
    const ids = async (query: unknown) => (await search(query)).body.conversations.map((item: { id: string }) => item.id);
    expect(await ids({ operator: 'OR', value: [{ field: 'state', operator: '=', value: 'closed' }, { field: 'priority', operator: '=', value: 'priority' }] })).toEqual(['1005', '1006']);
    expect(await ids({ field: 'contact_ids', operator: '=', value: SEED_CONTACTS.omar.id })).toEqual(['1003']);
    expect(await ids({ field: 'source.body', operator: '=', value: 'dark' })).toEqual(['1004']);
    expect(await ids({ operator: 'AND', value: [{ field: 'tag_ids', operator: 'IN', value: ['7002'] }, { field: 'open', operator: '=', value: true }] })).toEqual(['1001', '1006']);
    const deep = { operator: 'AND', value: [{ operator: 'OR', value: [{ operator: 'AND', value: [{ field: 'id', operator: '=', value: '1' }] }] }] };
    expect((await search(deep)).status).toBe(400);
    expect((await search({ field: 'id', operator: '>', value: 0 }, { per_page: 151 })).status).toBe(400);
    expect((await search({ field: 'id', operator: '>', value: 0 }, { starting_after: 'garbage' })).status).toBe(400);
    expect((await call('POST', '/conversations/search', { body: {} })).status).toBe(400);
  });

  test("a customer's reply reopens a closed conversation, as an `open` part; it is then New/Reopened", async () => {
    const answer = await call('POST', '/conversations/1005/reply', { body: { message_type: 'comment', type: 'user', intercom_user_id: SEED_CONTACTS.priya.id, body: 'It stopped again' } });
    expect(answer.body).toMatchObject({ state: 'open', open: true, statistics: { count_reopens: 1 } });
    expect(answer.body.waiting_since).toEqual(expect.any(Number));
    expect(answer.body.conversation_parts.conversation_parts.at(-1)).toMatchObject({ part_type: 'open', body: '<p>It stopped again</p>', author: { type: 'user', id: SEED_CONTACTS.priya.id } });
    expect(statusOf(answer.body)).toMatchObject({ name: 'Reopened', bucket: 'new' });
  });

  test('a snoozed conversation wakes up when its time comes', async () => {
    sandbox.state.conversations.find((conversation) => conversation.id === '1004')!.snoozed_until = Math.floor(Date.now() / 1000) - 1;
    expect((await call('GET', '/conversations/1004')).body).toMatchObject({ state: 'open', snoozed_until: null });
  });

  test('a contact that already exists: 409 conflict', async () => {
    expect(await call('POST', '/contacts', { body: { email: SEED_CONTACTS.jane.email } })).toMatchObject({ status: 409, body: { errors: [{ code: 'conflict' }] } });
  });

  test('answers carry every top-level field of the recorded fixtures', async () => {
    const keys = (value: object) => Object.keys(value).filter((key) => key !== '_fixture');
    const pairs: [string, Promise<{ body: object }>][] = [
      ['identify-admin.json', call('GET', '/me')],
      ['retrieve-conversation.json', call('GET', '/conversations/1002')],
      ['search-conversations.json', call('POST', '/conversations/search', { body: { query: { field: 'id', operator: '>', value: 0 }, pagination: { per_page: 2 } } })],
      ['create-conversation.json', call('POST', '/conversations', { body: { from: { type: 'user', id: SEED_CONTACTS.jane.id }, body: 'Hi' } })],
      ['search-contacts.json', call('POST', '/contacts/search', { body: { query: { field: 'email', operator: '=', value: SEED_CONTACTS.jane.email } } })],
      ['create-contact.json', call('POST', '/contacts', { body: { email: 'fresh@customer.example' } })],
      ['create-tag.json', call('POST', '/tags', { body: { name: 'billing' } })],
      ['attach-tag-to-conversation.json', call('POST', '/conversations/1003/tags', { body: { id: '7001', admin_id: INTERCOM_SANDBOX.adminId } })],
    ];
    for (const [file, answer] of pairs) {
      const body = (await answer).body as Record<string, unknown>;
      expect({ file, missing: keys(fixture(file)).filter((key) => !(key in body)) }).toEqual({ file, missing: [] });
    }
    const conversation = (await call('GET', '/conversations/1002')).body;
    const part = fixture('retrieve-conversation.json').conversation_parts.conversation_parts[0];
    expect(Object.keys(part).filter((key) => !(key in conversation.conversation_parts.conversation_parts[0]) && !['assigned_to', 'email_message_metadata', 'event_details', 'state'].includes(key))).toEqual([]);
  });
});

describe('the state file', () => {
  test('a change is saved at once and kept by the next sandbox; reset goes back to the seed', async () => {
    const statePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'intercom-sandbox-')), 'intercom.json');
    const first = await startIntercomSandbox({ statePath });
    await callSandbox(first.url, 'PUT', '/conversations/1001', { body: { title: 'Renamed while running' } });
    expect(fs.readFileSync(statePath, 'utf8')).toContain('Renamed while running');
    await first.close();
    const second = await startIntercomSandbox({ statePath });
    try {
      expect((await callSandbox(second.url, 'GET', '/conversations/1001')).body.title).toBe('Renamed while running');
      await callSandbox(second.url, 'POST', '/__sandbox/reset');
      expect((await callSandbox(second.url, 'GET', '/conversations/1001')).body.title).toBe('Cannot log in after password reset');
    } finally {
      await second.close();
    }
  });
});
