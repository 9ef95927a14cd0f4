/** Seeding the sandbox from a file of Zendesk-shaped objects (README.md beside the sandbox). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startZendeskSandbox, ZENDESK_SANDBOX } from '../../../../local/sandbox/zendesk';
import { loadSeedFile } from '../../../../local/sandbox/zendesk/seed-file';
import { DEFAULT_SEED_FILE } from '../../../../local/sandbox/zendesk/seed';
import { SeedFileError } from '../../../../local/sandbox/vendor/seed-file';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zendesk-seed-'));
let count = 0;
function write(content: unknown): string {
  const file = path.join(dir, `seed-${++count}.json`);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

const minimal = {
  subdomain: 'acme',
  users: [
    { id: 1, name: 'Alex Admin', email: 'alex@acme.example', role: 'admin', favourite_colour: 'teal' },
    { id: 2, name: 'Casey Customer', email: 'casey@customer.example', role: 'end-user' },
  ],
  tickets: [{ id: 10, requester_id: 2, subject: 'Hello', custom_fields: [{ id: 77, value: 'gold' }], brand_new_field: { nested: true } }],
  comments: { '10': [{ id: 500, html_body: '<p>First</p>' }, { id: 501, body: 'A note', public: false, author_id: 1 }] },
};

test('a minimal file: unknown fields kept, missing optional ones filled, default tokens', () => {
  const account = loadSeedFile(write(minimal));
  expect(account.host).toBe('acme.zendesk.com');
  expect(account.users[0]).toMatchObject({ favourite_colour: 'teal', active: true, url: 'https://acme.zendesk.com/api/v2/users/1.json' });
  expect(account.tickets[0]).toMatchObject({
    status: 'open',
    tags: [],
    description: 'First',
    custom_fields: [{ id: 77, value: 'gold' }],
    brand_new_field: { nested: true },
    generated_timestamp: expect.any(Number),
  });
  expect(account.comments['10'].map((comment) => [comment.public, comment.author_id, comment.html_body])).toEqual([
    [true, 2, '<div class="zd-comment" dir="auto"><p>First</p></div>'],
    [false, 1, '<div class="zd-comment" dir="auto"><p dir="auto">A note</p></div>'],
  ]);
  // Without api_tokens the sandbox's own: the full token, and the limited one bound to an end user.
  expect(account.apiTokens.map((token) => [token.token, token.sandbox_user_id])).toEqual([
    [ZENDESK_SANDBOX.secret, undefined],
    [ZENDESK_SANDBOX.limitedSecret, 2],
  ]);
  expect(account.nextId.ticket).toBe(101);
});

test('a seeded sandbox serves the file, and unknown fields come back in the answers', async () => {
  const sandbox = await startZendeskSandbox({ seedFile: write(minimal) });
  try {
    const response = await fetch(`${sandbox.url}/api/v2/tickets/10`, {
      headers: { 'x-forwarded-host': 'acme.zendesk.com', authorization: `Basic ${Buffer.from(`alex@acme.example/token:${ZENDESK_SANDBOX.secret}`).toString('base64')}` },
    });
    expect(await response.json()).toMatchObject({ ticket: { id: 10, subject: 'Hello', brand_new_field: { nested: true } } });
    sandbox.reset();
    expect(sandbox.state.accounts['acme.zendesk.com'].tickets).toHaveLength(1);
  } finally {
    await sandbox.close();
  }
});

test('the default seed is the fixture file and reads cleanly', () => {
  const account = loadSeedFile(DEFAULT_SEED_FILE);
  expect(account.host).toBe(ZENDESK_SANDBOX.domain);
  expect(account.tickets.filter((ticket) => ticket.status !== 'deleted')).toHaveLength(6);
  expect(new Set(account.tickets.map((ticket) => ticket.status))).toEqual(new Set(['new', 'open', 'pending', 'hold', 'solved', 'closed', 'deleted']));
  const all = Object.values(account.comments).flat();
  expect(all.some((comment) => comment.public)).toBe(true);
  expect(all.some((comment) => !comment.public)).toBe(true);
});

describe('a malformed file is refused with file:line and the reason', () => {
  const refused = (content: unknown) => {
    const file = write(content);
    try {
      loadSeedFile(file);
    } catch (error) {
      expect(error).toBeInstanceOf(SeedFileError);
      const message = (error as Error).message;
      expect(message.startsWith(`${file}:`)).toBe(true);
      return message.slice(file.length + 1);
    }
    throw new Error('the file was accepted');
  };

  test('not JSON: the line of the syntax error', () => {
    expect(refused('{\n  "users": [\n    { "id": 1, }\n  ]\n}')).toMatch(/^3: not valid JSON/);
  });

  test('not an object', () => {
    expect(refused('[]')).toBe('1: expected an object with "users", "tickets" and "comments"');
  });

  test('the line of the offending object, whatever the formatting', () => {
    const text = JSON.stringify({ ...minimal, tickets: [minimal.tickets[0], { id: 11, requester_id: 99 }] }, null, 2);
    const line = text.split('\n').findIndex((candidate) => candidate.includes('"id": 11')); // 0-based index of its first key = 1-based line of its '{'
    expect(refused(text)).toBe(`${line}: tickets[1]: "requester_id" must be the id of one of "users"`);
  });

  test.each([
    ['"users" needs at least one user', { users: [] }],
    ['users[0]: "role" must be admin, agent or end-user', { users: [{ id: 1, name: 'A' }] }],
    ['users: id 1 appears twice', { users: [{ id: 1, name: 'A', role: 'admin' }, { id: 1, name: 'B', role: 'agent' }] }],
    ['tickets[0]: "status" must be one of new, open, pending, hold, solved, closed or deleted', { ...minimal, tickets: [{ id: 10, requester_id: 2, status: 'resolved' }] }],
    ['tickets[0]: "created_at" must be an ISO 8601 time', { ...minimal, tickets: [{ id: 10, requester_id: 2, created_at: 'yesterday' }] }],
    ['comments for ticket 12, which "tickets" does not have', { ...minimal, comments: { '12': [] } }],
    ['comments.10[0]: a comment needs "html_body" or "body"', { ...minimal, comments: { '10': [{ id: 1 }] } }],
    ['"subdomain" must be a zendesk.com subdomain such as "acme"', { ...minimal, subdomain: 'evil.com/x' }],
    ['api_tokens[0]: "token" must be a string of 8 characters or more', { ...minimal, api_tokens: [{ token: 'short' }] }],
  ])('%s', (reason, content) => {
    expect(refused(content)).toMatch(new RegExp(`^\\d+: ${reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  test('a broken seed file fails the start, not a later reset', async () => {
    await expect(startZendeskSandbox({ seedFile: write('{"users": 1}') })).rejects.toBeInstanceOf(SeedFileError);
  });
});
