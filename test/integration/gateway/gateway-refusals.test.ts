/**
 * The gateway refuses what a key may not do, with the right status and a message that says what
 * to fix, and a refused call changes nothing: no request in Jira, no stored record (only its
 * audit entry, the key's rate count and when it was last used).
 */
import { SEED_PROJECTS, SEED_USERS } from '../../../local/sandbox/jira';
import type { IssuedKey } from '../../../src/gateway/gateway-types';
import { invokeOk, ROLES, useLocalDeskbridge } from '../../support/local-app';
import { callGateway, DESK, issueKey, REQUEST_TYPE, storedState, type GatewayCall } from './support/gateway-harness';

const local = useLocalDeskbridge();
let full: IssuedKey;
let readOnly: IssuedKey;
/** A key for a second service desk (ENG's), which must not reach SUP's requests. */
let otherDesk: IssuedKey;
let supKey = '';

const createBody = { serviceDeskId: DESK, requestTypeId: REQUEST_TYPE, customer: { accountId: SEED_USERS.customerCasey.accountId }, summary: 'Printer on fire' };

beforeAll(async () => {
  local.deskbridge.sandbox!.site.serviceDesks.push({ id: '2', projectId: SEED_PROJECTS.ENG.id, customerIds: [], requestTypeGroups: [], requestTypes: [] });
  full = await issueKey(local.deskbridge, { name: 'Full bot' });
  readOnly = await issueKey(local.deskbridge, { name: 'Reader bot', operations: ['read'] });
  otherDesk = await issueKey(local.deskbridge, { name: 'ENG bot', serviceDeskIds: ['2'] });
  const existing = await callGateway(local.deskbridge, { token: full.token, path: '/requests', body: createBody });
  expect(existing.status).toBe(201);
  supKey = existing.body.key;
});

/** Calls, expects the refusal, and checks that nothing but the call's own bookkeeping changed. */
async function refused(call: GatewayCall, status: number, kind: string, message: RegExp) {
  const before = storedState(local.deskbridge);
  const answer = await callGateway(local.deskbridge, call);
  expect({ status: answer.status, body: answer.body }).toEqual({ status, body: { error: { kind, message: expect.stringMatching(message) } } });
  expect(answer.headers['content-type']).toBe('application/json');
  expect(storedState(local.deskbridge)).toBe(before);
  return answer;
}

test('no key, a malformed header, and a key that is not a Deskbridge key: 401 with a challenge', async () => {
  const answer = await refused({ path: '/service-desks' }, 401, 'unauthorized', /Authorization: Bearer dbk_/);
  expect(answer.headers['www-authenticate']).toMatch(/^Bearer/);
  await refused({ path: '/service-desks', headers: { authorization: 'Basic abc' } }, 401, 'unauthorized', /Authorization header/);
  await refused({ path: '/service-desks', token: 'sk_live_123' }, 401, 'unauthorized', /start with "dbk_"/);
});

test('a wrong key (right id, wrong secret) is refused like an unknown one', async () => {
  const wrongSecret = `${full.token.slice(0, 21)}${'A'.repeat(43)}`;
  await refused({ path: '/requests', token: wrongSecret, body: createBody }, 401, 'unauthorized', /not valid/);
  await refused({ path: '/requests', token: `dbk_0123456789abcdef_${'B'.repeat(43)}`, body: createBody }, 401, 'unauthorized', /not valid/);
});

test('a revoked key is refused', async () => {
  const revoked = await issueKey(local.deskbridge, { name: 'Retired bot' });
  await invokeOk(local.deskbridge, ROLES.jiraAdmin, 'gateway/keys/revoke', { id: revoked.key.id });
  await refused({ path: '/requests', token: revoked.token, body: createBody }, 401, 'unauthorized', /revoked on \d{4}-\d\d-\d\d/);
});

test('an expired key is refused', async () => {
  const soon = await issueKey(local.deskbridge, { name: 'Short-lived bot', expiresAt: new Date(Date.now() + 1500).toISOString() });
  await new Promise((resolve) => setTimeout(resolve, 1600));
  await refused({ path: '/requests', token: soon.token, body: createBody }, 401, 'unauthorized', /expired on/);
});

test('a key for one desk cannot create in, list, read or write another desk’s requests', async () => {
  await refused({ path: '/requests', token: full.token, body: { ...createBody, serviceDeskId: '2' } }, 403, 'forbidden', /may not reach service desk 2/);
  await refused({ path: '/requests', token: full.token, query: { serviceDeskId: '2' } }, 403, 'forbidden', /service desk 2/);
  await refused({ path: '/requests', token: otherDesk.token, body: createBody }, 403, 'forbidden', /may not reach service desk 1 \(it may reach: 2\)/);
  await refused({ path: `/requests/${supKey}`, token: otherDesk.token }, 403, 'forbidden', new RegExp(`${supKey} is in a service desk this key may not reach`));
  await refused({ path: `/requests/${supKey}/comments`, token: otherDesk.token, body: { body: 'hello', public: true } }, 403, 'forbidden', /may not reach/);
  await refused({ path: `/requests/${supKey}/transition`, token: otherDesk.token, body: { bucket: 'resolved' } }, 403, 'forbidden', /may not reach/);
  const listed = await callGateway(local.deskbridge, { token: otherDesk.token, path: '/requests' });
  expect(listed.body.requests.map((request: { key: string }) => request.key)).not.toContain(supKey);
});

test('a read key cannot write', async () => {
  await refused({ path: '/requests', token: readOnly.token, body: createBody }, 403, 'forbidden', /may not create requests \(it may: read\)/);
  await refused({ path: `/requests/${supKey}/comments`, token: readOnly.token, body: { body: 'hi', public: true } }, 403, 'forbidden', /may not comment/);
  await refused({ path: `/requests/${supKey}/transition`, token: readOnly.token, body: { bucket: 'resolved' } }, 403, 'forbidden', /may not transition/);
  expect((await callGateway(local.deskbridge, { token: readOnly.token, path: `/requests/${supKey}` })).status).toBe(200);
});

test('malformed JSON, an empty body, a body that is not an object: 400 saying so', async () => {
  await refused({ path: '/requests', token: full.token, rawBody: '{"summary": "x",' }, 400, 'invalid', /not valid JSON/);
  await refused({ path: '/requests', token: full.token, method: 'POST' }, 400, 'invalid', /body is empty/);
  await refused({ path: '/requests', token: full.token, rawBody: '[1,2]' }, 400, 'invalid', /^the body: expected object/);
});

test('an oversized body: 413 before anything is parsed', async () => {
  const huge = JSON.stringify({ ...createBody, description: 'x'.repeat(70 * 1024) });
  await refused({ path: '/requests', token: full.token, rawBody: huge }, 413, 'too-large', /at most 65536/);
});

test('unknown and missing fields are named', async () => {
  await refused({ path: '/requests', token: full.token, body: { ...createBody, priority: 'high' } }, 400, 'invalid', /unknown field "priority"/);
  await refused({ path: '/requests', token: full.token, body: { ...createBody, customer: { accountId: 'abc', phone: '1' } } }, 400, 'invalid', /customer: unknown field "phone"/);
  await refused({ path: `/requests/${supKey}/comments`, token: full.token, body: { body: 'hi', pubilc: true } }, 400, 'invalid', /public: required.*unknown field "pubilc"/);
  await refused({ path: '/requests', token: full.token, body: { serviceDeskId: DESK } }, 400, 'invalid', /requestTypeId: required.*summary: required/);
  await refused({ path: '/requests', token: full.token, body: { ...createBody, customer: {} } }, 400, 'invalid', /accountId or by email/);
  await refused({ path: `/requests/${supKey}/transition`, token: full.token, body: { bucket: 'done' } }, 400, 'invalid', /bucket: one of new, in-progress, waiting, resolved/);
  await refused({ path: '/requests', token: full.token, query: { customer: 'x', colour: 'red' } }, 400, 'invalid', /unknown field "colour"/);
});

test('a body that is not JSON by its Content-Type: 415', () =>
  refused({ path: '/requests', token: full.token, rawBody: 'summary=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415, 'unsupported-media-type', /application\/json/));

test('unknown routes: 404 listing the routes; a wrong method: 405 with Allow', async () => {
  await refused({ path: '/tickets', token: full.token }, 404, 'not-found', /Its routes: GET \/service-desks, POST \/requests/);
  const answer = await refused({ path: `/requests/${supKey}`, method: 'DELETE', token: full.token }, 405, 'method-not-allowed', /takes GET/);
  expect(answer.headers.allow).toBe('GET');
  await refused({ path: '/requests/not a key', token: full.token }, 400, 'invalid', /not a request key/);
});
