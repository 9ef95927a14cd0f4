/** Zendesk's signed webhooks: who may deliver, and when. */
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { authenticateWebhook } from '../../../../src/sync/webhooks';
import { isoSeconds, MINUTE, NOW, oversized, zendeskDelivery } from './support/deliveries';

const SECRET = 'dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ==';
const without = (headers: Record<string, string | string[]>, name: string) => Object.fromEntries(Object.entries(headers).filter(([key]) => key !== name));

test('a delivery signed with the webhook’s secret over timestamp + body is accepted', () => {
  expect(authenticateWebhook(zendeskDelivery({ secret: SECRET }))).toEqual({ ok: true });
});

test('header names are matched in any case, and a one-value list is a value', () => {
  const delivery = zendeskDelivery({ secret: SECRET });
  const headers = { 'X-ZENDESK-WEBHOOK-SIGNATURE': [delivery.headers['x-zendesk-webhook-signature'] as string], 'X-Zendesk-Webhook-Signature-Timestamp': delivery.headers['x-zendesk-webhook-signature-timestamp'] };
  expect(authenticateWebhook({ ...delivery, headers })).toEqual({ ok: true });
});

describe('refused', () => {
  test('unsigned: 401, naming the missing header', () => {
    const delivery = zendeskDelivery({ secret: SECRET });
    expect(authenticateWebhook({ ...delivery, headers: without(delivery.headers, 'x-zendesk-webhook-signature') })).toEqual({ ok: false, status: 401, reason: 'missing X-Zendesk-Webhook-Signature' });
    expect(authenticateWebhook({ ...delivery, headers: without(delivery.headers, 'x-zendesk-webhook-signature-timestamp') })).toMatchObject({ status: 401 });
  });

  test('badly signed: the body, the timestamp or the signature changed → 401', () => {
    const delivery = zendeskDelivery({ secret: SECRET });
    expect(authenticateWebhook({ ...delivery, rawBody: delivery.rawBody.replace('101', '102') })).toMatchObject({ ok: false, status: 401 });
    const moved = { ...delivery.headers, 'x-zendesk-webhook-signature-timestamp': isoSeconds(NOW + 1000) };
    expect(authenticateWebhook({ ...delivery, headers: moved })).toMatchObject({ ok: false, status: 401 });
    expect(authenticateWebhook({ ...delivery, headers: { ...delivery.headers, 'x-zendesk-webhook-signature': 'AAAA' } })).toMatchObject({ ok: false, status: 401 });
  });

  test('signed with another secret → 401, and the reason holds neither secret nor signature', () => {
    const delivery = zendeskDelivery({ secret: 'another-webhook-secret' });
    const verdict = authenticateWebhook({ ...delivery, secret: SECRET });
    expect(verdict).toMatchObject({ ok: false, status: 401 });
    const reason = (verdict as { reason: string }).reason;
    expect(reason).not.toContain(SECRET);
    expect(reason).not.toContain(String(delivery.headers['x-zendesk-webhook-signature']));
  });

  test('replayed: signed more than 5 minutes ago → 408; just inside the window passes', () => {
    expect(authenticateWebhook(zendeskDelivery({ secret: SECRET, sentAt: NOW - 6 * MINUTE }))).toEqual({ ok: false, status: 408, reason: 'the delivery is more than 5 minutes old' });
    expect(authenticateWebhook(zendeskDelivery({ secret: SECRET, sentAt: NOW - 5 * MINUTE + 1000 }))).toEqual({ ok: true });
  });

  test('dated more than 5 minutes in the future → 408', () => {
    expect(authenticateWebhook(zendeskDelivery({ secret: SECRET, sentAt: NOW + 6 * MINUTE }))).toMatchObject({ ok: false, status: 408 });
  });

  test('larger than 256 KB → 413, before anything is hashed', () => {
    expect(authenticateWebhook(zendeskDelivery({ secret: SECRET, body: oversized('ticket_id') }))).toMatchObject({ ok: false, status: 413 });
  });

  test('a signature header sent twice with different values → 400', () => {
    const delivery = zendeskDelivery({ secret: SECRET });
    const headers = { ...delivery.headers, 'x-zendesk-webhook-signature': [delivery.headers['x-zendesk-webhook-signature'] as string, 'b3RoZXI='] };
    expect(authenticateWebhook({ ...delivery, headers })).toMatchObject({ ok: false, status: 400 });
  });

  test('no secret configured → 401, even for a delivery signed with the empty key', () => {
    expect(authenticateWebhook(zendeskDelivery({ secret: '' }))).toMatchObject({ ok: false, status: 401 });
  });

  test('a validly signed timestamp that is not ISO 8601 → 400', () => {
    const delivery = zendeskDelivery({ secret: SECRET });
    const timestamp = String(Math.floor(NOW / 1000));
    const signature = createHmac('sha256', SECRET).update(timestamp + delivery.rawBody).digest('base64');
    const headers = { 'x-zendesk-webhook-signature': signature, 'x-zendesk-webhook-signature-timestamp': timestamp };
    expect(authenticateWebhook({ ...delivery, headers })).toMatchObject({ ok: false, status: 400 });
  });
});

test('property: any change to a signed body is refused', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.nat(), fc.string({ minLength: 1, maxLength: 3 }), (body, at, insert) => {
      const delivery = zendeskDelivery({ secret: SECRET, body });
      expect(authenticateWebhook(delivery).ok).toBe(true);
      const position = at % (body.length + 1);
      const tampered = body.slice(0, position) + insert + body.slice(position);
      expect(authenticateWebhook({ ...delivery, rawBody: tampered }).ok).toBe(false);
    }),
    { numRuns: 200 },
  );
});
