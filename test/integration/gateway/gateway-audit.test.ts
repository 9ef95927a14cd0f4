/**
 * Every call that names an existing key leaves one audit entry (key name, operation, request key,
 * status, result), never content: no summary, comment, customer or accountId. The admin page
 * reads them per key, newest first. Unexpected failures answer a generic 500 and log no details.
 */
import { SEED_USERS } from '../../../local/sandbox/jira';
import type { AuditPage } from '../../../src/gateway/gateway-types';
import { UserFacingError } from '../../../src/shared/errors';
import { invokeOk, ROLES, useLocalDeskbridge } from '../../support/local-app';
import { fakeJsm } from './support/fake-jsm';
import { auditOf, callGateway, DESK, issueKey, REQUEST_TYPE } from './support/gateway-harness';

const local = useLocalDeskbridge();
const SECRET_SUMMARY = 'Payroll spreadsheet leaked to printer';
const SECRET_COMMENT = 'The password is on the sticky note';
const CUSTOMER_EMAIL = 'jordan.private@example.com';

test('each call is audited with what it did, never what it carried', async () => {
  const issued = await issueKey(local.deskbridge, { name: 'Audited bot' });
  const { token } = issued;
  const created = await callGateway(local.deskbridge, {
    token,
    path: '/requests',
    body: { serviceDeskId: DESK, requestTypeId: REQUEST_TYPE, customer: { email: CUSTOMER_EMAIL, displayName: 'Jordan Private' }, summary: SECRET_SUMMARY, description: SECRET_SUMMARY },
  });
  expect(created.status).toBe(201);
  const key = created.body.key as string;
  await callGateway(local.deskbridge, { token, path: `/requests/${key}/comments`, body: { body: SECRET_COMMENT, public: false } });
  await callGateway(local.deskbridge, { token, path: `/requests/${key}/transition`, body: { bucket: 'in-progress' } });
  await callGateway(local.deskbridge, { token, path: `/requests/${key}/comments`, body: { body: SECRET_COMMENT, public: 'yes' } });
  await callGateway(local.deskbridge, { token: `${token.slice(0, 21)}${'Q'.repeat(43)}`, path: '/service-desks' });

  const entries = auditOf(local.deskbridge, issued.key.id);
  expect(entries.map(({ operation, status, result, request }) => ({ operation, status, result, request }))).toEqual([
    { operation: 'requests.create', status: 201, result: 'ok', request: key },
    { operation: 'requests.comment', status: 201, result: 'ok', request: key },
    { operation: 'requests.transition', status: 200, result: 'ok', request: key },
    { operation: 'requests.comment', status: 400, result: 'refused', request: key },
    { operation: 'service-desks.list', status: 401, result: 'refused', request: undefined },
  ]);
  expect(entries.every((entry) => entry.keyName === 'Audited bot' && typeof entry.durationMs === 'number')).toBe(true);
  const stored = JSON.stringify(entries);
  for (const content of [SECRET_SUMMARY, SECRET_COMMENT, CUSTOMER_EMAIL, 'Jordan', created.body.reporterAccountId, SEED_USERS.admin.accountId]) {
    expect(stored).not.toContain(content);
  }

  const page = await invokeOk<AuditPage>(local.deskbridge, ROLES.jiraAdmin, 'gateway/audit/list', { keyId: issued.key.id });
  expect(page.entries.map((entry) => entry.operation)).toEqual(['service-desks.list', 'requests.comment', 'requests.transition', 'requests.comment', 'requests.create']);
  expect(page.entries[4]).toMatchObject({ keyName: 'Audited bot', method: 'POST', status: 201, result: 'ok', requestKey: key, at: expect.any(String) });
  expect(JSON.stringify(page)).not.toContain(SECRET_SUMMARY);
});

test('an unexpected failure is a generic 500: no message, no stack, audited as an error', async () => {
  const issued = await issueKey(local.deskbridge, { name: 'Unlucky bot' });
  const broken = fakeJsm();
  broken.service.getRequest = async () => {
    throw new Error('connect ECONNREFUSED https://admin:hunter2@internal.example/rest');
  };
  const errors: unknown[][] = [];
  const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args));
  try {
    const answer = await callGateway(local.deskbridge, { token: issued.token, path: '/requests/SUP-1' }, broken.service);
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({ error: { kind: 'internal', message: expect.stringMatching(/^Deskbridge hit an unexpected error/) } });
    expect(answer.raw).not.toMatch(/hunter2|ECONNREFUSED|at .*\.ts/);
    expect(JSON.stringify(errors)).not.toContain('hunter2');
  } finally {
    spy.mockRestore();
  }
  expect(auditOf(local.deskbridge, issued.key.id).at(-1)).toMatchObject({ status: 500, result: 'error', errorKind: 'internal' });
});

test('JSM refusals pass on with their status and safe message; an unknown outcome keeps the Idempotency-Key claimed', async () => {
  const issued = await issueKey(local.deskbridge, { name: 'Flaky bot' });
  const flaky = fakeJsm();
  flaky.service.raiseRequest = async () => {
    throw new UserFacingError('unavailable', 'Jira is unavailable (POST /rest/servicedeskapi/request: 503); try again shortly.');
  };
  const body = { serviceDeskId: DESK, requestTypeId: REQUEST_TYPE, customer: { accountId: SEED_USERS.customerCasey.accountId }, summary: 'Printer' };
  const call = () => callGateway(local.deskbridge, { token: issued.token, path: '/requests', body, headers: { 'idempotency-key': 'maybe-raised' } }, flaky.service);
  const first = await call();
  expect(first.status).toBe(503);
  expect(first.headers['retry-after']).toBe('30');
  expect(first.body.error).toEqual({ kind: 'unavailable', message: 'Jira is unavailable (POST /rest/servicedeskapi/request: 503); try again shortly.' });
  // Jira may have raised it before failing: the claim stays, so a retry cannot raise a duplicate.
  const retry = await call();
  expect(retry.status).toBe(409);
});
