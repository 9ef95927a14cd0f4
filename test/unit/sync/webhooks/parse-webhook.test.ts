/** parseWebhook: each tool's body, as its template or Intercom fills it, to the notice the sync needs. */
import { freshdeskWebhooks } from '../../../../src/connectors/freshdesk/freshdesk-webhooks';
import { SERVICENOW_WEBHOOK_BODY } from '../../../../src/connectors/servicenow/servicenow-webhooks';
import { zendeskWebhookBody } from '../../../../src/connectors/zendesk/zendesk-webhook-api';
import { parseWebhook } from '../../../../src/sync/webhooks';
import { INTERCOM } from './fixtures/intercom-notifications';

/** Fills `{{…}}` / `${…}` the way the help desk would. */
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{\s*(.+?)\s*\}\}|\$\{(\w+)\}/g, (whole, liquid?: string, variable?: string) => values[(liquid ?? variable) as string] ?? whole);

describe('Zendesk: the trigger body', () => {
  test('ticket created and updated, with the time', () => {
    const body = fill(zendeskWebhookBody('ticket.created'), { 'ticket.id': '108', 'ticket.updated_at_with_timestamp': '2026-03-02T09:59:58Z' });
    expect(parseWebhook('zendesk', body)).toEqual({ ok: true, notice: { ticketId: '108', event: 'ticket.created', occurredAt: '2026-03-02T09:59:58.000Z' } });
    const updated = fill(zendeskWebhookBody('ticket.updated'), { 'ticket.id': '101', 'ticket.updated_at_with_timestamp': '2026-03-02T09:59Z' });
    expect(parseWebhook('zendesk', updated)).toEqual({ ok: true, notice: { ticketId: '101', event: 'ticket.updated', occurredAt: '2026-03-02T09:59:00.000Z' } });
  });

  test('a time Zendesk left empty is no time; a number id is fine', () => {
    expect(parseWebhook('zendesk', JSON.stringify({ ticket_id: 101, event: 'ticket.updated', updated_at: '' }))).toEqual({ ok: true, notice: { ticketId: '101', event: 'ticket.updated' } });
  });

  test('a placeholder left unfilled, an unknown event or another body → 400 naming the fields', () => {
    const unfilled = parseWebhook('zendesk', zendeskWebhookBody('ticket.updated'));
    expect(unfilled).toMatchObject({ ok: false, status: 400, message: expect.stringContaining('ticket_id: must be a number (was the placeholder left unfilled?)') });
    expect(parseWebhook('zendesk', JSON.stringify({ ticket_id: '1', event: 'ticket.exploded' }))).toMatchObject({ ok: false, message: expect.stringContaining('event') });
    expect(parseWebhook('zendesk', JSON.stringify({ say: 'hello' }))).toMatchObject({ ok: false, message: expect.stringContaining("This is not the body Deskbridge's Zendesk webhook sends") });
    expect(parseWebhook('zendesk', 'Ticket 101 has been updated.')).toMatchObject({ ok: false, status: 400, message: expect.stringContaining('not JSON') });
  });
});

describe('Freshdesk: the pasted automation rule content', () => {
  test('the instructions’ template, filled in, with sent_at as the time', () => {
    const { payloadTemplate } = freshdeskWebhooks.instructions({ url: 'https://example.test/hook' });
    const body = fill(payloadTemplate, { 'ticket.id': '5', "'now' | date: '%s'": '1772445600' });
    expect(parseWebhook('freshdesk', body)).toEqual({ ok: true, notice: { ticketId: '5', event: 'ticket.updated', occurredAt: '2026-03-02T10:00:00.000Z' } });
  });

  test('a ticket id that is not a number → 400', () => {
    expect(parseWebhook('freshdesk', JSON.stringify({ ticket_id: 'abc', event: 'ticket.updated', sent_at: '1772445600' }))).toMatchObject({ ok: false, status: 400 });
  });
});

describe('ServiceNow: the REST message content', () => {
  test('the incident by sys_id, each event the business rule sends', () => {
    for (const event of ['ticket.created', 'ticket.updated', 'comment.created', 'ticket.deleted'] as const) {
      const body = fill(SERVICENOW_WEBHOOK_BODY, { sys_id: '46d44a5dc0a8010e0000a21e5a4c4d3a', number: 'INC0010002', event, sent_at: '1772445600' });
      expect(parseWebhook('servicenow', body)).toEqual({ ok: true, notice: { ticketId: '46d44a5dc0a8010e0000a21e5a4c4d3a', event, occurredAt: '2026-03-02T10:00:00.000Z' } });
    }
  });

  test('an incident number instead of a sys_id → 400 naming sys_id', () => {
    expect(parseWebhook('servicenow', JSON.stringify({ sys_id: 'INC0010002', event: 'ticket.updated', sent_at: '1772445600' }))).toMatchObject({ ok: false, message: expect.stringContaining('sys_id') });
  });
});

describe('Intercom: notifications (conversations are the tickets)', () => {
  test.each([
    ['userCreated', '1007', 'ticket.created'],
    ['userReplied', '1002', 'comment.created'],
    ['adminNoted', '1002', 'comment.created'],
    ['adminClosed', '1002', 'ticket.updated'],
    ['deleted', '1003', 'ticket.deleted'],
  ] as const)('%s → conversation %s, %s, at the notification’s time', (fixture, ticketId, event) => {
    expect(parseWebhook('intercom', JSON.stringify(INTERCOM[fixture]))).toEqual({ ok: true, notice: { ticketId, event, occurredAt: '2026-03-02T10:00:00.000Z' } });
  });

  test('the test ping and topics Deskbridge did not ask for are ignored (answered 200, not retried)', () => {
    expect(parseWebhook('intercom', JSON.stringify(INTERCOM.ping))).toEqual({ ok: true, ignored: expect.stringContaining('ping') });
    expect(parseWebhook('intercom', JSON.stringify(INTERCOM.contactCreated))).toEqual({ ok: true, ignored: expect.stringContaining('contact.user.created') });
  });

  test('not a notification, or a conversation topic without a conversation → 400', () => {
    expect(parseWebhook('intercom', JSON.stringify({ ticket_id: '1' }))).toMatchObject({ ok: false, status: 400, message: expect.stringContaining('type') });
    const broken = { ...INTERCOM.userReplied, data: { type: 'notification_event_data', item: { type: 'contact', id: 'x' } } };
    expect(parseWebhook('intercom', JSON.stringify(broken))).toMatchObject({ ok: false, message: expect.stringContaining('data.item') });
  });
});
