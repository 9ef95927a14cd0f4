/** Freshdesk and ServiceNow: the pasted secret header and the template's sent_at. */
import { authenticateWebhook } from '../../../../src/sync/webhooks';
import { isoSeconds, MINUTE, NOW, oversized, secretHeaderDelivery } from './support/deliveries';

const SECRET = 'k3J9vQ2mZ8xW4tR7yU1pL6nB5cF0dH-aSgEiOoTqXw';
const BODIES = {
  freshdesk: { ticket_id: '5', event: 'ticket.updated' },
  servicenow: { sys_id: '46d44a5dc0a8010e0000a21e5a4c4d3a', number: 'INC0010002', event: 'comment.created' },
} as const;

describe.each(['freshdesk', 'servicenow'] as const)('%s', (tool) => {
  const delivery = (options: { secret?: string; sentAt?: number | string } = {}) => secretHeaderDelivery({ tool, body: BODIES[tool], secret: options.secret ?? SECRET, sentAt: options.sentAt });

  test('the integration’s secret in X-Deskbridge-Secret and a recent sent_at (Unix seconds or ISO 8601) are accepted', () => {
    expect(authenticateWebhook(delivery())).toEqual({ ok: true });
    expect(authenticateWebhook(delivery({ sentAt: isoSeconds(NOW - MINUTE) }))).toEqual({ ok: true });
    expect(authenticateWebhook(delivery({ sentAt: Math.floor(NOW / 1000) }))).toEqual({ ok: true });
  });

  test('the header name in any case, its value as a list', () => {
    const given = delivery();
    expect(authenticateWebhook({ ...given, headers: { 'x-deskbridge-secret': [SECRET] } })).toEqual({ ok: true });
  });

  test('without the header → 401', () => {
    expect(authenticateWebhook({ ...delivery(), headers: { 'content-type': 'application/json' } })).toEqual({ ok: false, status: 401, reason: 'missing X-Deskbridge-Secret' });
  });

  test('the digest Deskbridge keeps does not pass as the header: a leaked store does not let anyone deliver', () => {
    const given = delivery();
    expect(authenticateWebhook({ ...given, headers: { 'X-Deskbridge-Secret': given.secret } })).toMatchObject({ ok: false, status: 401 });
  });

  test('a wrong secret, or the right one with a character more or less → 401, and the reason holds neither', () => {
    for (const secret of ['not-the-secret', `${SECRET}x`, SECRET.slice(0, -1)]) {
      const verdict = authenticateWebhook({ ...delivery(), headers: { 'X-Deskbridge-Secret': secret } });
      expect(verdict).toMatchObject({ ok: false, status: 401 });
      expect(JSON.stringify(verdict)).not.toContain(SECRET.slice(0, 8));
    }
  });

  test('replayed: sent more than 5 minutes ago → 408', () => {
    expect(authenticateWebhook(delivery({ sentAt: String(Math.floor((NOW - 6 * MINUTE) / 1000)) }))).toEqual({ ok: false, status: 408, reason: 'the delivery is more than 5 minutes old' });
  });

  test('dated more than 5 minutes in the future → 408', () => {
    expect(authenticateWebhook(delivery({ sentAt: isoSeconds(NOW + 6 * MINUTE) }))).toMatchObject({ ok: false, status: 408 });
  });

  test('larger than 256 KB → 413', () => {
    expect(authenticateWebhook({ ...delivery(), rawBody: oversized('sent_at') })).toMatchObject({ ok: false, status: 413 });
  });

  test('a body without sent_at, with a placeholder left unfilled, or not JSON → 400 (after the secret passed)', () => {
    const given = delivery();
    expect(authenticateWebhook({ ...given, rawBody: JSON.stringify(BODIES[tool]) })).toMatchObject({ ok: false, status: 400 });
    expect(authenticateWebhook({ ...given, rawBody: JSON.stringify({ ...BODIES[tool], sent_at: "{{ 'now' | date: '%s' }}" }) })).toMatchObject({ ok: false, status: 400 });
    expect(authenticateWebhook({ ...given, rawBody: 'sent_at=1' })).toMatchObject({ ok: false, status: 400 });
  });

  test('a wrong secret is refused before the body is looked at: an outsider learns nothing about timing', () => {
    expect(authenticateWebhook({ ...delivery({ sentAt: 'garbage' }), headers: { 'X-Deskbridge-Secret': 'nope' } })).toMatchObject({ status: 401 });
  });
});

test('a tool Deskbridge does not receive webhooks from → 400', () => {
  expect(authenticateWebhook({ ...secretHeaderDelivery({ tool: 'freshdesk', body: {}, secret: SECRET }), tool: 'jsm' as never })).toMatchObject({ ok: false, status: 400 });
});
