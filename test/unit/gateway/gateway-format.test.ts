/** The Bot gateway panel's wording: statuses, actions per status, desks, dates and the curl examples. */
import type { GatewayKeyView } from '../../../src/gateway/gateway-types';
import { curlCreateExample, curlExample, deskLabel, expiryFromDate, keyActions, lastUsedText } from '../../../static/src/gateway/gateway-format';

const key = (status: GatewayKeyView['status']) => ({ status }) as GatewayKeyView;

test('revoked keys only show their audit trail; expired ones may still be revoked', () => {
  expect(keyActions(key('active'))).toEqual(['audit', 'rotate', 'revoke']);
  expect(keyActions(key('expired'))).toEqual(['audit', 'revoke']);
  expect(keyActions(key('revoked'))).toEqual(['audit']);
});

test('desks read as their project when known', () => {
  const desks = [{ id: '1', projectId: '10000', projectKey: 'SUP', projectName: 'Support' }];
  expect(deskLabel(desks, '1')).toBe('SUP · Support');
  expect(deskLabel(desks, '7')).toBe('Desk 7');
});

test('an expiry date means the end of that day; no date means no expiry', () => {
  expect(expiryFromDate('2030-01-31')).toBe('2030-01-31T23:59:59.000Z');
  expect(expiryFromDate('')).toBeUndefined();
  expect(expiryFromDate('31/01/2030')).toBeUndefined();
});

test('last use reads relative while recent', () => {
  const now = Date.parse('2030-01-02T12:00:00Z');
  expect(lastUsedText(undefined, now)).toBe('Never used');
  expect(lastUsedText('2030-01-02T11:59:40Z', now)).toBe('Used just now');
  expect(lastUsedText('2030-01-02T11:55:00Z', now)).toBe('Used 5 minutes ago');
  expect(lastUsedText('2030-01-02T09:00:00Z', now)).toBe('Used 3 hours ago');
  expect(lastUsedText('2029-12-01T09:00:00Z', now)).toBe('Used on 2029-12-01');
});

test('the curl examples call the gateway URL with a placeholder key, never a real one', () => {
  expect(curlExample('https://x.example/x1/abc/')).toBe('curl -s "https://x.example/x1/abc/service-desks" \\\n  -H "Authorization: Bearer dbk_…"');
  const create = curlCreateExample('https://x.example/x1/abc', '1');
  expect(create).toContain('-X POST "https://x.example/x1/abc/requests"');
  expect(create).toContain('Idempotency-Key');
  expect(JSON.parse(/-d '(.*)'$/.exec(create)![1])).toMatchObject({ serviceDeskId: '1', customer: { email: 'customer@example.com' } });
});
