/** Product events from the sandbox Jira: after the change is saved, never in the request's way. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { basicAuthHeader, SEED_ISSUE_TYPES, SEED_USERS, startJiraSandbox, type JiraSandbox, type ProductEvent } from '../../../local/sandbox/jira';

let sandbox: JiraSandbox;
let statePath: string;

beforeAll(async () => {
  statePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jira-events-')), 'jira.json');
  sandbox = await startJiraSandbox({ statePath });
});
afterAll(() => sandbox.close());

const call = async (method: string, route: string, body?: unknown, who: string = SEED_USERS.app.accountId) => {
  const response = await fetch(`${sandbox.url}${route}`, {
    method,
    headers: { authorization: basicAuthHeader(who), 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
};

const doc = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'hi' }] }] };
const newIssue = (summary: string, who?: string) => call('POST', '/rest/api/3/issue', { fields: { project: { key: 'ENG' }, issuetype: { id: SEED_ISSUE_TYPES.task.id }, summary } }, who);

/** Collects events until `count` arrived (or a short wait passed, for "none"). */
function collect(count: number): Promise<ProductEvent[]> {
  const events: ProductEvent[] = [];
  return new Promise((resolve) => {
    const stop = sandbox.onProductEvent((event) => {
      events.push(event);
      if (events.length === count) finish();
    });
    const timer = setTimeout(finish, count === 0 ? 150 : 2000);
    function finish() {
      clearTimeout(timer);
      stop();
      resolve(events);
    }
  });
}

test('created, updated, commented, deleted: each after the state file holds the change', async () => {
  const seenInFile: boolean[] = [];
  const stop = sandbox.onProductEvent((event) => {
    const key = (event.payload.issue as { key: string }).key;
    seenInFile.push(event.eventType === 'avi:jira:deleted:issue' ? !fs.readFileSync(statePath, 'utf8').includes(`"${key}"`) : fs.readFileSync(statePath, 'utf8').includes(`"${key}"`));
  });
  const events = collect(4);
  const { body: made } = await newIssue('Evented', SEED_USERS.outsider.accountId);
  await call('PUT', `/rest/api/3/issue/${made.key}`, { fields: { summary: 'Evented again' } });
  await call('POST', `/rest/api/3/issue/${made.key}/comment`, { body: doc, properties: [{ key: 'sd.public.comment', value: { internal: true } }] });
  await call('DELETE', `/rest/api/3/issue/${made.key}`, undefined, SEED_USERS.admin.accountId);
  const received = await events;
  stop();
  expect(received.map((event) => [event.eventType, event.atlassianId])).toEqual([
    ['avi:jira:created:issue', SEED_USERS.outsider.accountId],
    ['avi:jira:updated:issue', SEED_USERS.app.accountId],
    ['avi:jira:commented:issue', SEED_USERS.app.accountId],
    ['avi:jira:deleted:issue', SEED_USERS.admin.accountId],
  ]);
  expect(seenInFile).toEqual([true, true, true, true]);
  expect(received[0].payload).toMatchObject({
    eventType: 'avi:jira:created:issue',
    issue: { id: made.id, key: made.key, fields: { summary: 'Evented', project: { key: 'ENG' }, status: { name: 'To Do' }, creator: { accountId: SEED_USERS.outsider.accountId } } },
    associatedUsers: [{ accountId: SEED_USERS.outsider.accountId }],
  });
  expect(received[1].payload.changelog).toEqual({ id: expect.any(String), items: [expect.objectContaining({ field: 'summary', fromString: 'Evented', toString: 'Evented again' })] });
  expect(received[2].payload.comment).toMatchObject({ body: doc, jsdPublic: false, author: { accountId: SEED_USERS.app.accountId } });
});

test('a listener that throws, rejects or hangs neither fails the request nor starves the others', async () => {
  const stops = [
    sandbox.onProductEvent(() => {
      throw new Error('boom');
    }),
    sandbox.onProductEvent(() => Promise.reject(new Error('async boom'))),
    sandbox.onProductEvent(() => new Promise(() => {})),
  ];
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const events = collect(1);
    expect((await newIssue('Still fine')).status).toBe(201);
    expect((await events).map((event) => event.eventType)).toEqual(['avi:jira:created:issue']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stderr.mock.calls.map(([line]) => String(line)).filter((line) => line.includes('listener failed'))).toHaveLength(2);
  } finally {
    stderr.mockRestore();
    stops.forEach((stop) => stop());
  }
});

test('entity property changes, reads and refused requests raise nothing', async () => {
  const { body: made } = await newIssue('Quiet');
  const events = collect(0);
  await call('PUT', `/rest/api/3/issue/${made.key}/properties/deskbridge`, { tool: 'zendesk' });
  await call('DELETE', `/rest/api/3/issue/${made.key}/properties/deskbridge`);
  await call('GET', `/rest/api/3/issue/${made.key}`);
  await call('PUT', `/rest/api/3/issue/${made.key}`, { fields: { summary: '' } });
  await call('PUT', `/rest/api/3/issue/${made.key}`, { fields: { summary: 'Quiet' } });
  expect(await events).toEqual([]);
});

test('an admin moving an issue raises updated with the key change', async () => {
  const { body: made } = await call('POST', '/rest/api/3/issue', { fields: { project: { key: 'SUP' }, issuetype: { id: SEED_ISSUE_TYPES.serviceRequest.id }, summary: 'Mover' } });
  const events = collect(1);
  const moved = await fetch(`${sandbox.url}/__sandbox/issues/${made.key}/move`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ projectKey: 'ENG' }) });
  expect(moved.status).toBe(200);
  const [event] = await events;
  expect(event).toMatchObject({ eventType: 'avi:jira:updated:issue', atlassianId: SEED_USERS.admin.accountId, payload: { issue: { id: made.id, key: expect.stringMatching(/^ENG-/) } } });
});
