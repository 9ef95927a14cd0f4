/**
 * Reading requests as the app: one request with its public comments only, and the requests of
 * some desks, of one customer, updated since an instant, a page at a time.
 */
import { SEED_USERS } from '../../../local/sandbox/jira';
import { commentOnRequest } from '../../../src/jsm/comment-on-request';
import { raiseRequest } from '../../../src/jsm/raise-request';
import { getRequest, listRequests } from '../../../src/jsm/read-requests';
import { useLocalDeskbridge } from '../../support/local-app';
import { asInvocation, DESK, failureOf, GET_IT_HELP, newRequest, resetSandbox } from './jsm-harness';

const local = useLocalDeskbridge();
const setDates = (key: string, updated: string) =>
  fetch(`${local.deskbridge.jiraUrl}/__sandbox/issues/${key}/dates`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ updated }) });

beforeAll(() => resetSandbox(local.deskbridge));

test('one request with its public comments; internal notes stay out', async () => {
  const request = await newRequest('Keyboard sticky');
  await asInvocation(() => commentOnRequest(request.key, { body: 'Try the spare one in the cupboard.', public: true }));
  const note = await asInvocation(() => commentOnRequest(request.key, { body: 'Third keyboard this month', public: false }));
  expect(note.id).toEqual(expect.any(String));
  const read = await asInvocation(() => getRequest(request.key, { withComments: true }));
  expect(read).toMatchObject({
    key: request.key,
    serviceDeskId: DESK,
    requestTypeId: GET_IT_HELP,
    summary: 'Keyboard sticky',
    reporterAccountId: SEED_USERS.customerCasey.accountId,
    status: { id: '10010', name: 'New', categoryKey: 'new', bucket: 'new' },
  });
  expect(read.comments).toEqual([expect.objectContaining({ body: 'Try the spare one in the cupboard.', public: true, authorAccountId: SEED_USERS.app.accountId })]);
  const internal = local.deskbridge.sandbox!.site.issues.find((issue) => issue.key === request.key)!.comments.find((comment) => comment.id === note.id);
  expect(internal?.internal).toBe(true);
  expect((await asInvocation(() => getRequest(request.key))).comments).toBeUndefined();
});

test('comments are refused when empty, and on requests that do not exist', async () => {
  const request = await newRequest('Empty comment');
  await expect(failureOf(asInvocation(() => commentOnRequest(request.key, { body: '  ', public: true })))).resolves.toMatchObject({ kind: 'invalid' });
  await expect(failureOf(asInvocation(() => commentOnRequest('SUP-9999', { body: 'Hello', public: true })))).resolves.toMatchObject({ kind: 'not-found' });
});

test("a customer's requests, newest first; updated since an instant; paged with a cursor", async () => {
  const morgan = { accountId: SEED_USERS.customerMorgan.accountId };
  const raise = (summary: string) => asInvocation(() => raiseRequest({ serviceDeskId: DESK, requestTypeId: GET_IT_HELP, customer: morgan, summary }));
  const old = await raise('Old request');
  const middle = await raise('Middle request');
  const recent = await raise('Recent request');
  await setDates(old.key, '2024-03-01T10:00:00.000Z');
  await setDates(middle.key, new Date(Date.now() - 2 * 3_600_000).toISOString());

  const all = await asInvocation(() => listRequests({ serviceDeskIds: [DESK], customerAccountId: morgan.accountId }));
  expect(all.requests.map((request) => request.key)).toEqual([recent.key, middle.key, old.key]);
  expect(all.requests[0]).toMatchObject({ serviceDeskId: DESK, requestTypeId: GET_IT_HELP, reporterAccountId: morgan.accountId, status: { name: 'New', bucket: 'new' } });
  expect(all.nextCursor).toBeUndefined();

  const since = await asInvocation(() => listRequests({ serviceDeskIds: [DESK], customerAccountId: morgan.accountId, updatedSince: new Date(Date.now() - 3 * 3_600_000).toISOString() }));
  expect(since.requests.map((request) => request.key)).toEqual([recent.key, middle.key]);

  const first = await asInvocation(() => listRequests({ serviceDeskIds: [DESK], customerAccountId: morgan.accountId, limit: 2 }));
  expect(first.requests).toHaveLength(2);
  expect(first.nextCursor).toEqual(expect.any(String));
  const second = await asInvocation(() => listRequests({ serviceDeskIds: [DESK], customerAccountId: morgan.accountId, limit: 2, cursor: first.nextCursor }));
  expect(second.requests.map((request) => request.key)).toEqual([old.key]);
});

test('listing is refused for unknown desks, bad dates and bad limits', async () => {
  await expect(failureOf(asInvocation(() => listRequests({ serviceDeskIds: ['99'] })))).resolves.toMatchObject({ kind: 'not-found', message: expect.stringContaining('service desk 99') });
  await expect(failureOf(asInvocation(() => listRequests({ serviceDeskIds: [DESK], updatedSince: 'yesterday' })))).resolves.toMatchObject({ kind: 'invalid' });
  await expect(failureOf(asInvocation(() => listRequests({ serviceDeskIds: [DESK], limit: 500 })))).resolves.toMatchObject({ kind: 'invalid' });
  await expect(failureOf(asInvocation(() => listRequests({ serviceDeskIds: [DESK], customerAccountId: 'x" OR project = ENG' })))).resolves.toMatchObject({ kind: 'invalid' });
});
