/**
 * The README's full cycle through the gateway, against the sandbox JSM: raise a request for a new
 * customer (by email), reply, move it to In Progress, resolve it with an assignee, reopen it; read
 * it with its comments and list it by customer and update time.
 */
import { SEED_USERS } from '../../../local/sandbox/jira';
import { useLocalDeskbridge } from '../../support/local-app';
import { callGateway, DESK, issueKey, REQUEST_TYPE } from './support/gateway-harness';

const local = useLocalDeskbridge();

test('create for a new customer, comment, in progress, resolve with an assignee, reopen', async () => {
  const { token } = await issueKey(local.deskbridge, { name: 'Cycle bot' });
  const call = (path: string, body?: unknown, query?: Record<string, string>) => callGateway(local.deskbridge, { token, path, body, query });
  const started = new Date(Date.now() - 1000).toISOString();

  const created = await call('/requests', {
    serviceDeskId: DESK,
    requestTypeId: REQUEST_TYPE,
    customer: { email: 'sam.rivera@example.com', displayName: 'Sam Rivera' },
    summary: 'VPN drops every hour',
    description: 'Since Monday.',
  });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ serviceDeskId: DESK, requestTypeId: REQUEST_TYPE, summary: 'VPN drops every hour', status: { bucket: 'new' } });
  const key = created.body.key as string;
  const customer = created.body.reporterAccountId as string;
  expect(customer).toBeTruthy();

  const comment = await call(`/requests/${key}/comments`, { body: 'Thanks Sam, we are looking into it.', public: true });
  expect(comment).toMatchObject({ status: 201, body: { id: expect.any(String) } });

  const inProgress = await call(`/requests/${key}/transition`, { bucket: 'in-progress' });
  expect(inProgress).toMatchObject({ status: 200, body: { key, status: { bucket: 'in-progress' } } });

  const resolved = await call(`/requests/${key}/transition`, { bucket: 'resolved', assigneeAccountId: SEED_USERS.projectAdmin.accountId });
  expect(resolved).toMatchObject({ status: 200, body: { key, status: { bucket: 'resolved' }, assigneeAccountId: SEED_USERS.projectAdmin.accountId } });

  const reopened = await call(`/requests/${key}/transition`, { bucket: 'new' });
  expect(reopened).toMatchObject({ status: 200, body: { key, status: { bucket: 'new' } } });

  const read = await call(`/requests/${key}`, undefined, { comments: 'true' });
  expect(read.status).toBe(200);
  expect(read.body.comments).toEqual([expect.objectContaining({ body: 'Thanks Sam, we are looking into it.', public: true })]);

  const listed = await call('/requests', undefined, { customer, updatedSince: started });
  expect(listed.status).toBe(200);
  expect(listed.body.requests.map((request: { key: string }) => request.key)).toEqual([key]);
});
