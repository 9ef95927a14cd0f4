/** replayKey: one key for every copy of a delivery, another for every other delivery. */
import { KEY } from '../../../../src/storage/keys';
import { replayKey } from '../../../../src/sync/webhooks';
import { INTERCOM } from './fixtures/intercom-notifications';
import { intercomDelivery, NOW, secretHeaderDelivery, zendeskDelivery } from './support/deliveries';

const SECRET = 'replay-test-secret';

test('an exact copy has the same key; the key is short, KVS-safe and holds no vendor value', () => {
  const delivery = zendeskDelivery({ secret: SECRET });
  const key = replayKey(delivery);
  expect(replayKey({ ...delivery, headers: { ...delivery.headers } })).toBe(key);
  expect(key).toMatch(/^zendesk:[0-9a-f]{64}$/);
  expect(KEY.webhookReplay(key).length).toBeLessThan(500);
  expect(key).not.toContain(String(delivery.headers['x-zendesk-webhook-signature']));
});

test('Zendesk: the same body signed at another time (a retry) is another delivery', () => {
  expect(replayKey(zendeskDelivery({ secret: SECRET, sentAt: NOW }))).not.toBe(replayKey(zendeskDelivery({ secret: SECRET, sentAt: NOW + 1000 })));
});

test('Intercom: a retry of the same notification (new attempt count, new signature) keeps its key; another notification does not', () => {
  const first = intercomDelivery({ notification: INTERCOM.userReplied, secret: SECRET });
  const retry = intercomDelivery({ notification: { ...INTERCOM.userReplied, delivery_attempts: 2 }, secret: SECRET });
  expect(retry.rawBody).not.toBe(first.rawBody);
  expect(replayKey(retry)).toBe(replayKey(first));
  expect(replayKey(intercomDelivery({ notification: { ...INTERCOM.userReplied, id: 'notif_other' }, secret: SECRET }))).not.toBe(replayKey(first));
});

test('Freshdesk and ServiceNow: the body with its sent_at; the same change sent a second later is another delivery', () => {
  const body = { ticket_id: '5', event: 'ticket.updated' };
  const now = secretHeaderDelivery({ tool: 'freshdesk', body, secret: SECRET, sentAt: '1772445600' });
  const later = secretHeaderDelivery({ tool: 'freshdesk', body, secret: SECRET, sentAt: '1772445601' });
  expect(replayKey(now)).toBe(replayKey({ ...now }));
  expect(replayKey(later)).not.toBe(replayKey(now));
});

test('the same bytes sent to two tools are two keys', () => {
  const freshdesk = secretHeaderDelivery({ tool: 'freshdesk', body: { ticket_id: '5', event: 'ticket.updated' }, secret: SECRET });
  expect(replayKey(freshdesk)).not.toBe(replayKey({ ...freshdesk, tool: 'servicenow' }));
});
