/**
 * docs/gateway.openapi.yaml is the gateway as implemented: the same operations as the route
 * table, and every answer of a scripted session (each operation, its refusals) valid against the
 * status, body and headers the description documents for it, with every accepted request valid
 * against its request schema.
 */
import '../../contract/support/ref-parser-stub';
import fs from 'node:fs';
import path from 'node:path';
import OpenAPIBackend, { SetMatchType, type Operation } from 'openapi-backend';
import { parse } from 'yaml';
import { SEED_USERS } from '../../../local/sandbox/jira';
import { ROUTES } from '../../../src/gateway/gateway-handler';
import { invokeOk, ROLES, repoRoot, useLocalDeskbridge } from '../../support/local-app';
import { awayFromMinuteEdge, callGateway, DESK, issueKey, REQUEST_TYPE, type GatewayCall } from './support/gateway-harness';

const definition = parse(fs.readFileSync(path.join(repoRoot, 'docs', 'gateway.openapi.yaml'), 'utf8'));
const api = new OpenAPIBackend({ definition, quick: true, apiRoot: '/' });
const local = useLocalDeskbridge();

// openapi-backend warns about formats its Ajv does not know; noise here.
const warn = console.warn;
beforeAll(async () => {
  console.warn = (...args: unknown[]) => (typeof args[0] === 'string' && args[0].startsWith('unknown format') ? undefined : warn(...args));
  await api.init();
});
afterAll(() => {
  console.warn = warn;
});

test('the description and the route table name the same operations', () => {
  const documented = Object.entries(definition.paths as Record<string, Record<string, unknown>>)
    .flatMap(([pattern, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${pattern}`))
    .sort();
  expect(ROUTES.map((route) => `${route.method} ${route.pattern}`).sort()).toEqual(documented);
});

/** Calls the gateway and checks the answer (and, when accepted, the request) against the description. */
async function conforms(step: string, call: GatewayCall, status: number) {
  const answer = await callGateway(local.deskbridge, call);
  expect({ step, status: answer.status }).toEqual({ step, status });
  const method = call.method ?? (call.body !== undefined || call.rawBody !== undefined ? 'post' : 'get');
  const query = Object.fromEntries(Object.entries(call.query ?? {}).map(([name, value]) => [name, String(value)]));
  const request = { method, path: call.path, headers: { 'content-type': 'application/json', ...call.headers }, query, body: call.body };
  const operation = api.matchOperation(request) as Operation;
  expect({ step, operation: operation?.operationId }).toEqual({ step, operation: expect.any(String) });
  expect({ step, documented: Object.keys(operation.responses ?? {}) }).toEqual({ step, documented: expect.arrayContaining([String(status)]) });
  expect({ step, body: api.validateResponse(answer.body, operation, status).errors ?? [] }).toEqual({ step, body: [] });
  expect({ step, headers: api.validateResponseHeaders(answer.headers, operation, { statusCode: status, setMatchType: SetMatchType.Superset }).errors ?? [] }).toEqual({
    step,
    headers: [],
  });
  if (status < 300) expect({ step, request: api.validateRequest(request, operation).errors ?? [] }).toEqual({ step, request: [] });
  return answer;
}

test('every operation, and its refusals, answer as documented', async () => {
  const { token } = await issueKey(local.deskbridge);
  const reader = await issueKey(local.deskbridge, { name: 'Reader', operations: ['read'] });
  const limited = await issueKey(local.deskbridge, { name: 'Limited', rateLimitPerMinute: 1 });
  const create = { serviceDeskId: DESK, requestTypeId: REQUEST_TYPE, customer: { accountId: SEED_USERS.customerCasey.accountId }, summary: 'Laptop will not boot' };

  await conforms('scope of a key', { token, path: '/service-desks' }, 200);
  const created = await conforms('create', { token, path: '/requests', body: create, headers: { 'idempotency-key': 'openapi-1' } }, 201);
  const key = created.body.key as string;
  await conforms('replayed create', { token, path: '/requests', body: create, headers: { 'idempotency-key': 'openapi-1' } }, 200);
  await conforms('reused Idempotency-Key', { token, path: '/requests', body: { ...create, summary: 'Other' }, headers: { 'idempotency-key': 'openapi-1' } }, 422);
  await conforms('read', { token, path: `/requests/${key}`, query: { comments: 'true' } }, 200);
  await conforms('list', { token, path: '/requests', query: { customer: SEED_USERS.customerCasey.accountId, updatedSince: '2020-01-01T00:00:00Z', limit: '10' } }, 200);
  await conforms('comment', { token, path: `/requests/${key}/comments`, body: { body: 'On it.', public: true } }, 201);
  await conforms('transition', { token, path: `/requests/${key}/transition`, body: { bucket: 'in-progress' } }, 200);
  await conforms('no key', { path: '/service-desks' }, 401);
  await conforms('read key writing', { token: reader.token, path: `/requests/${key}/comments`, body: { body: 'x', public: false } }, 403);
  await conforms('another desk', { token, path: '/requests', body: { ...create, serviceDeskId: '99' } }, 403);
  await conforms('unknown field', { token, path: `/requests/${key}/transition`, body: { bucket: 'resolved', colour: 'red' } }, 400);
  await conforms('not JSON', { token, path: '/requests', method: 'post', rawBody: 'summary=x', headers: { 'content-type': 'text/plain' } }, 415);
  await conforms('too large', { token, path: `/requests/${key}/comments`, method: 'post', rawBody: JSON.stringify({ body: 'x'.repeat(70_000), public: true }) }, 413);
  await conforms('unknown request', { token, path: '/requests/SUP-99999' }, 404);
  await awayFromMinuteEdge();
  await conforms('within the rate', { token: limited.token, path: '/service-desks' }, 200);
  const limitedAnswer = await conforms('past the rate', { token: limited.token, path: '/service-desks' }, 429);
  expect(limitedAnswer.headers['retry-after']).toMatch(/^\d+$/);
  await invokeOk(local.deskbridge, ROLES.jiraAdmin, 'gateway/keys/revoke', { id: reader.key.id });
  await conforms('revoked key', { token: reader.token, path: `/requests/${key}` }, 401);
});
