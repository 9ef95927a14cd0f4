/**
 * The gateway's HTTP edge without a runtime: how a WebTriggerRequest becomes a path and headers
 * (Forge's full path or its userPath, the local site's path), which route answers, and how
 * bodies and queries are refused with a message that names what to fix.
 */
import type { WebTriggerRequest } from '@forge/api';
import { toGatewayError } from '../../../src/gateway/error-mapping';
import { commentBody, createRequestBody, listRequestsQuery } from '../../../src/gateway/gateway-payloads';
import { GatewayError, readRequest, type GatewayRequest } from '../../../src/gateway/gateway-http';
import { ROUTES } from '../../../src/gateway/gateway-handler';
import { canonicalJson } from '../../../src/gateway/idempotency';
import { MAX_BODY_BYTES, readBody, readQuery } from '../../../src/gateway/read-input';
import { matchRoute } from '../../../src/gateway/route';
import { JiraRequestError } from '../../../src/jira/jira-error';
import { UserFacingError } from '../../../src/shared/errors';

const raw = (over: Partial<WebTriggerRequest> & { userPath?: string }): WebTriggerRequest =>
  ({ method: 'GET', path: '/', headers: {}, queryParameters: {}, body: '', ...over }) as WebTriggerRequest;
const request = (over: Partial<GatewayRequest>): GatewayRequest => ({ method: 'POST', path: '/requests', query: {}, headers: {}, body: '', ...over });

function refusal(run: () => unknown): { status: number; kind: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof GatewayError) return { status: error.status, kind: error.kind, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

test.each([
  ['/x1/XUBR5WnG2Hk2V52APDdGaRSDm/requests/SUP-1', undefined, '/requests/SUP-1'],
  ['/public/abc/requests/', undefined, '/requests'],
  ['/x1/abc/requests/SUP-1/comments', 'requests/SUP-1/comments', '/requests/SUP-1/comments'],
  ['/requests', undefined, '/requests'],
  ['/x1/abc', undefined, '/'],
])('Forge path %s (userPath %s) is the gateway path %s', (path, userPath, expected) => {
  expect(readRequest(raw({ path, userPath })).path).toBe(expected);
});

test('header names are matched whatever their case; the method is upper case', () => {
  const read = readRequest(raw({ method: 'post' as 'POST', headers: { Authorization: ['Bearer x'], 'Idempotency-Key': ['a'] } }));
  expect(read).toMatchObject({ method: 'POST', headers: { authorization: ['Bearer x'], 'idempotency-key': ['a'] } });
});

test('routes match by method and path; a known path with another method lists what it takes', () => {
  expect(matchRoute(ROUTES, 'GET', '/requests/SUP-12')).toMatchObject({ kind: 'route', route: { operation: 'requests.read' }, params: { key: 'SUP-12' } });
  expect(matchRoute(ROUTES, 'POST', '/requests/SUP-12/transition')).toMatchObject({ kind: 'route', route: { needs: 'transition' } });
  expect(matchRoute(ROUTES, 'PUT', '/requests')).toEqual({ kind: 'wrong-method', allowed: ['POST', 'GET'] });
  expect(matchRoute(ROUTES, 'GET', '/requests/SUP-1/extra/more')).toEqual({ kind: 'none' });
  expect(matchRoute(ROUTES, 'GET', '/requests/%E0%A4%A')).toEqual({ kind: 'none' });
});

test('an oversized body is refused before it is parsed', () => {
  const body = `{"summary":"${'x'.repeat(MAX_BODY_BYTES)}"`;
  expect(refusal(() => readBody(request({ body }), createRequestBody))).toMatchObject({ status: 413, kind: 'too-large' });
});

test('a body sent as something other than JSON is refused; a missing Content-Type is fine', () => {
  expect(refusal(() => readBody(request({ body: '{}', headers: { 'content-type': ['text/plain'] } }), commentBody))).toMatchObject({ status: 415 });
  expect(readBody(request({ body: '{"body":"hi","public":false}' }), commentBody)).toEqual({ body: 'hi', public: false });
  expect(readBody(request({ body: '{"body":"hi","public":true}', headers: { 'content-type': ['application/json; charset=utf-8'] } }), commentBody)).toEqual({ body: 'hi', public: true });
});

test('messages name unknown, missing and wrong fields', () => {
  const create = (body: unknown) => refusal(() => readBody(request({ body: JSON.stringify(body) }), createRequestBody)).message;
  expect(create({ serviceDeskId: 1 })).toBe(
    'serviceDeskId: expected string. requestTypeId: required (string). customer: required (object). summary: required (string).',
  );
  expect(create({ serviceDeskId: '1', requestTypeId: '10', customer: { email: 'nope' }, summary: 'x', colour: 'red', size: 1 })).toBe(
    'customer.email: a valid email address. the body: unknown fields "colour", "size"; remove them (see the API description for the fields).',
  );
  expect(refusal(() => readQuery(request({ query: { limit: ['500'] } }), listRequestsQuery)).message).toMatch(/^limit: /);
  expect(refusal(() => readQuery(request({ query: { customer: ['a', 'b'] } }), listRequestsQuery)).message).toBe('Give the query parameter "customer" once.');
});

test('the idempotency fingerprint does not depend on the order of fields', () => {
  expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }));
  expect(canonicalJson({ a: 1, skipped: undefined })).toBe('{"a":1}');
});

test('JSM errors keep their safe message and map to HTTP; anything else is a generic 500', () => {
  expect(toGatewayError(new UserFacingError('not-found', 'Jira found nothing at GET /x (404).'))).toMatchObject({ status: 404, kind: 'not-found', message: 'Jira found nothing at GET /x (404).' });
  expect(toGatewayError(new JiraRequestError('rate-limited', 'Jira is rate limiting Deskbridge; try again in 12 s.', 429, [], {}, 12))).toMatchObject({ status: 429, headers: { 'Retry-After': '12' } });
  expect(toGatewayError(new UserFacingError('auth', 'Jira did not accept'))).toMatchObject({ status: 502, kind: 'unavailable' });
  const unexpected = toGatewayError(new Error('connect ECONNREFUSED https://user:secret@host'));
  expect(unexpected).toMatchObject({ status: 500, kind: 'internal' });
  expect(unexpected.message).not.toContain('secret');
});
