/** Intercom's signed notifications: X-Hub-Signature over the body, the window from created_at. */
import { createHmac } from 'node:crypto';
import { authenticateWebhook } from '../../../../src/sync/webhooks';
import { INTERCOM } from './fixtures/intercom-notifications';
import { intercomDelivery, MINUTE, NOW, oversized } from './support/deliveries';

const CLIENT_SECRET = 'c2f1a8e4-5b6d-4c7e-9f80-1a2b3c4d5e6f';
const signed = (rawBody: string, secret = CLIENT_SECRET) => ({ 'X-Hub-Signature': `sha1=${createHmac('sha1', secret).update(rawBody).digest('hex')}` });

test('a notification signed with the app’s client secret is accepted, whatever the header’s case or the hex case', () => {
  const delivery = intercomDelivery({ notification: INTERCOM.userReplied, secret: CLIENT_SECRET });
  expect(authenticateWebhook(delivery)).toEqual({ ok: true });
  const upper = { 'x-hub-signature': String(delivery.headers['X-Hub-Signature']).replace(/[0-9a-f]{40}/, (hex) => hex.toUpperCase()) };
  expect(authenticateWebhook({ ...delivery, headers: upper })).toEqual({ ok: true });
});

describe('refused', () => {
  test('unsigned → 401', () => {
    expect(authenticateWebhook({ ...intercomDelivery({ notification: INTERCOM.userReplied, secret: CLIENT_SECRET }), headers: {} })).toEqual({ ok: false, status: 401, reason: 'missing X-Hub-Signature' });
  });

  test('badly signed: a changed body, a sha256 signature, or no "sha1=" → 401', () => {
    const delivery = intercomDelivery({ notification: INTERCOM.userReplied, secret: CLIENT_SECRET });
    expect(authenticateWebhook({ ...delivery, rawBody: delivery.rawBody.replace('1002', '1003') })).toMatchObject({ ok: false, status: 401 });
    const sha256 = createHmac('sha256', CLIENT_SECRET).update(delivery.rawBody).digest('hex');
    expect(authenticateWebhook({ ...delivery, headers: { 'X-Hub-Signature': `sha256=${sha256}` } })).toMatchObject({ ok: false, status: 401 });
    const bare = String(delivery.headers['X-Hub-Signature']).slice('sha1='.length);
    expect(authenticateWebhook({ ...delivery, headers: { 'X-Hub-Signature': bare } })).toMatchObject({ ok: false, status: 401 });
  });

  test('signed with another app’s client secret → 401', () => {
    const delivery = intercomDelivery({ notification: INTERCOM.userReplied, secret: 'another-app-secret' });
    expect(authenticateWebhook({ ...delivery, secret: CLIENT_SECRET })).toMatchObject({ ok: false, status: 401 });
  });

  test('replayed: created more than 5 minutes ago → 408', () => {
    expect(authenticateWebhook(intercomDelivery({ notification: INTERCOM.userReplied, secret: CLIENT_SECRET, createdAt: NOW - 6 * MINUTE }))).toEqual({
      ok: false,
      status: 408,
      reason: 'the delivery is more than 5 minutes old',
    });
  });

  test('created more than 5 minutes in the future → 408', () => {
    expect(authenticateWebhook(intercomDelivery({ notification: INTERCOM.userReplied, secret: CLIENT_SECRET, createdAt: NOW + 6 * MINUTE }))).toMatchObject({ ok: false, status: 408 });
  });

  test('larger than 256 KB → 413', () => {
    const rawBody = oversized('data');
    expect(authenticateWebhook({ tool: 'intercom', headers: signed(rawBody), rawBody, secret: CLIENT_SECRET, now: NOW })).toMatchObject({ ok: false, status: 413 });
  });

  test('correctly signed but without created_at, or not JSON → 400', () => {
    const { created_at: _dropped, ...rest } = INTERCOM.userReplied;
    const noTime = JSON.stringify(rest);
    expect(authenticateWebhook({ tool: 'intercom', headers: signed(noTime), rawBody: noTime, secret: CLIENT_SECRET, now: NOW })).toEqual({ ok: false, status: 400, reason: 'the notification has no created_at time' });
    expect(authenticateWebhook({ tool: 'intercom', headers: signed('not json'), rawBody: 'not json', secret: CLIENT_SECRET, now: NOW })).toMatchObject({ ok: false, status: 400 });
  });
});
