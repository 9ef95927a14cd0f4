/**
 * The sandbox console's HTTP side against the real Freshdesk and Jira sandboxes (no browser, no
 * Forge runtime): every action is post → 303 → page, refusals come back as a sentence in the
 * page, what people typed is escaped, and Jira changes are made as the chosen person, so the
 * product event names them and not the app.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startFreshdeskSandbox, type FreshdeskSandbox } from '../../../local/sandbox/freshdesk';
import { SEED_USERS, startJiraSandbox, type JiraSandbox, type ProductEvent } from '../../../local/sandbox/jira';
import { answerSandboxConsole, type SandboxConsoleOptions } from '../../../local/site/sandbox-console/console-route';

let freshdesk: FreshdeskSandbox;
let jira: JiraSandbox;
let server: http.Server;
let base: string;
const logged: string[] = [];
const events: ProductEvent[] = [];
const options: SandboxConsoleOptions = { pollKeys: ['sync-poll-every-five-minutes'], log: (line) => logged.push(line) };

beforeAll(async () => {
  [freshdesk, jira] = await Promise.all([startFreshdeskSandbox(), startJiraSandbox()]);
  jira.onProductEvent((event) => void events.push(event));
  options.targets = { jiraUrl: jira.url, helpDesks: { freshdesk } };
  server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const body = () => new Promise<string>((resolve) => {
      let text = '';
      req.on('data', (chunk) => (text += chunk)).on('end', () => resolve(text));
    });
    if (!(await answerSandboxConsole(options, req, res, url, body))) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await Promise.all([freshdesk.close(), jira.close()]);
});

async function post(path: string, form: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/__local/sandboxes${path}`, { method: 'POST', body: new URLSearchParams(form), headers, redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location') ?? '' };
}

async function page(query = ''): Promise<string> {
  const response = await fetch(`${base}/__local/sandboxes${query}`);
  expect(response.status).toBe(200);
  return response.text();
}

test('the page lists the seeded Freshdesk tickets with statuses, replies and private notes', async () => {
  const html = await page();
  expect(html.match(/data-testid="fd-ticket"/g)).toHaveLength(6);
  expect(html).toContain('Waiting on Third Party');
  expect(html).toContain('<span class="badge">Private note</span>');
  expect(html).toContain('<span class="badge">Public reply</span>');
  expect(html).toContain('data-keys="[&quot;sync-poll-every-five-minutes&quot;]"');
  expect(html).not.toContain('fdSandboxAdminKey001');
});

test('creating a ticket redirects back with a notice, and the ticket shows, escaped', async () => {
  const created = await post('/freshdesk/tickets', { as: 'admin', subject: 'Printer <script>alert(1)</script>', description: 'Smoke', email: 'pat@customer.example', priority: '3', tags: 'vip, hardware' });
  expect(created.status).toBe(303);
  expect(created.location).toMatch(/^\/__local\/sandboxes\?as=admin&notice=Ticket\+%23\d+\+created\.#fd-ticket-\d+$/);
  const id = /#fd-ticket-(\d+)/.exec(created.location)![1];
  const reply = await post(`/freshdesk/tickets/${id}/conversations`, { as: 'admin', kind: 'note', body: 'Checking the <b>toner</b>' });
  expect(reply.location).toContain('Private+note+added');
  const html = await page(created.location.replace('/__local/sandboxes', '').replace(/#.*$/, ''));
  expect(html).toContain(`#${id} Printer &lt;script&gt;alert(1)&lt;/script&gt;`);
  expect(html).not.toContain('<script>alert(1)</script>');
  expect(html).toContain('data-testid="console-notice">Ticket #');
  expect(freshdesk.state.conversations.some((entry) => entry.ticket_id === Number(id) && entry.private === true)).toBe(true);
});

test("Freshdesk's refusal comes back as a sentence in the page, never a stack", async () => {
  const refused = await post('/freshdesk/tickets/999999/status', { as: 'admin', status: '4' });
  const error = new URLSearchParams(refused.location.split('?')[1].split('#')[0]).get('error');
  expect(error).toMatch(/^The Freshdesk sandbox answered 404/);
  const invalid = await post('/freshdesk/tickets', { as: 'admin', subject: 'x', description: 'y', email: 'not-an-email', priority: '2' });
  expect(invalid.location).toContain('error=Requester+email+must+be+an+email+address.');
  expect(logged).toEqual([]);
});

test('a Jira comment is made as the chosen person, internal notes and restrictions included', async () => {
  const created = await post('/jira/issues', { as: 'admin', type: 'SUP:10100', summary: 'VPN drops', description: 'Since Monday' });
  const key = /#jira-(SUP-\d+)$/.exec(created.location)![1];
  events.length = 0;
  expect((await post(`/jira/issues/${key}/comments`, { as: 'project-admin', visibility: 'internal', body: 'Agents only' })).location).toContain('Priya+Patel+commented');
  expect((await post(`/jira/issues/${key}/comments`, { as: 'admin', visibility: 'role:Administrators', body: 'Admins only' })).status).toBe(303);
  await new Promise((resolve) => setImmediate(resolve));
  expect(events.filter((event) => event.eventType === 'avi:jira:commented:issue').map((event) => event.atlassianId)).toEqual([SEED_USERS.projectAdmin.accountId, SEED_USERS.admin.accountId]);

  const html = await page('?as=admin');
  expect(html).toContain('<span class="badge">Internal note</span>');
  expect(html).toContain('<span class="badge">Restricted to role Administrators</span>');
  expect(html).toContain('Not linked by Deskbridge');
});

test('a transition whose screen asks for a resolution gets the chosen one', async () => {
  const created = await post('/jira/issues', { as: 'admin', type: 'SUP:10100', summary: 'Resolve me', description: '' });
  const key = /#jira-(SUP-\d+)$/.exec(created.location)![1];
  const moved = await post(`/jira/issues/${key}/transitions`, { as: 'admin', transition: '41', resolution: '10001' });
  expect(moved.location).toContain('moved');
  const issue = jira.site.issues.find((candidate) => candidate.key === key)!;
  expect(issue.resolution?.id).toBe('10001');
});

test('posts from another site are refused; unknown actions are 404', async () => {
  expect((await post('/jira/issues', { as: 'admin' }, { origin: 'https://evil.example' })).status).toBe(403);
  expect((await post('/nowhere', { as: 'admin' })).status).toBe(404);
});

test('a sandbox that is down is reported in its section, the rest of the page still works', async () => {
  const saved = options.targets!;
  options.targets = { jiraUrl: 'http://127.0.0.1:9', helpDesks: saved.helpDesks };
  try {
    const html = await page();
    expect(html).toContain('data-testid="jira-problem">Jira did not answer at http://127.0.0.1:9: is it running?');
    expect(html.match(/data-testid="fd-ticket"/g)!.length).toBeGreaterThan(0);
  } finally {
    options.targets = saved;
  }
});
