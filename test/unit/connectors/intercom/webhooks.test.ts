/**
 * Intercom webhooks end to end: the admin subscribes the app's endpoint to Deskbridge's topics in
 * the Developer Hub (the sandbox's /__sandbox/webhooks, with the client secret); conversation
 * changes through the API then arrive as signed notifications that authenticate and parse.
 */
import { INTERCOM_SANDBOX, SEED_CONTACTS, type IntercomState } from '../../../../local/sandbox/intercom';
import type { ConnectionCredentials } from '../../../../src/connectors/connector';
import { INTERCOM_WEBHOOK_TOPICS } from '../../../../src/connectors/intercom/intercom-webhooks';
import { authenticateWebhook, parseWebhook, replayKey } from '../../../../src/sync/webhooks';
import { useConnectorSandbox } from '../../../support/connector-harness';
import { pasteTarget, useWebhookReceiver, type Received } from '../webhooks/webhook-receiver';
import { callSandbox } from './support/sandbox-client';

const ic = useConnectorSandbox<IntercomState>('intercom');
const hook = useWebhookReceiver();
const credentials: ConnectionCredentials = { domain: INTERCOM_SANDBOX.domain, secret: INTERCOM_SANDBOX.secret };
const CLIENT_SECRET = 'sandbox-app-client-secret-0001';
const accept = (delivery: Received, secret = CLIENT_SECRET) => authenticateWebhook({ tool: 'intercom', headers: delivery.headers, rawBody: delivery.rawBody, secret, now: Date.now() });

beforeEach(async () => {
  // A delivery a failed test left under way must not land in the next one.
  await ic.sandbox.webhooks.settled();
  hook.receiver.clear();
  ic.sandbox.reset();
  const { url } = ic.connector.webhooks!.instructions({ url: hook.receiver.url });
  await pasteTarget(ic.sandbox.url, { url, secret: CLIENT_SECRET, events: Object.keys(INTERCOM_WEBHOOK_TOPICS) });
});

test('the instructions name the topics and need no header or body', () => {
  const instructions = ic.connector.webhooks!.instructions({ url: hook.receiver.url });
  expect(ic.connector.webhooks!.scheme).toBe('vendor-signature');
  expect(instructions).toMatchObject({ method: 'POST', headers: [], payloadTemplate: '' });
  expect(instructions.steps.join('\n')).toContain('conversation.user.replied');
});

test('a customer’s reply and Deskbridge’s note arrive signed with the client secret, as notifications about the conversation', async () => {
  const reply = await callSandbox(ic.sandbox.url, 'POST', '/conversations/1002/reply', { body: { type: 'user', message_type: 'comment', intercom_user_id: SEED_CONTACTS.priya.id, body: 'Any news?' } });
  expect(reply.status).toBe(200);
  await ic.run(() => ic.connector.addComment(credentials, '1002', { body: '<p>Looking</p>', public: false }));
  await ic.sandbox.webhooks.settled();

  const [customer, note] = hook.receiver.received;
  for (const delivery of [customer, note]) expect(accept(delivery)).toEqual({ ok: true });
  expect(JSON.parse(customer.rawBody)).toMatchObject({ type: 'notification_event', app_id: 'acmesup1', topic: 'conversation.user.replied', data: { item: { type: 'conversation', id: '1002' } } });
  expect(JSON.parse(note.rawBody).topic).toBe('conversation.admin.noted');
  expect([customer, note].map((delivery) => parseWebhook('intercom', delivery.rawBody))).toEqual([
    { ok: true, notice: { ticketId: '1002', event: 'comment.created', occurredAt: expect.any(String) } },
    { ok: true, notice: { ticketId: '1002', event: 'comment.created', occurredAt: expect.any(String) } },
  ]);
});

test('closing a conversation is a ticket update; another app’s secret does not authenticate it', async () => {
  await ic.run(() => ic.connector.updateTicket(credentials, '1001', { statusId: 'closed' }));
  await ic.sandbox.webhooks.settled();
  const [closed] = hook.receiver.received;
  expect(parseWebhook('intercom', closed.rawBody)).toMatchObject({ ok: true, notice: { ticketId: '1001', event: 'ticket.updated' } });
  expect(accept(closed, 'another-apps-client-secret')).toMatchObject({ ok: false, status: 401 });
});

test('a retried notification is signed anew with the next attempt count and keeps its replay key', async () => {
  hook.receiver.answerNext(500);
  await ic.run(() => ic.connector.addComment(credentials, '1002', { body: '<p>Reply</p>', public: true }));
  await ic.sandbox.webhooks.settled();
  const [first, retry] = hook.receiver.received;
  expect([JSON.parse(first.rawBody).delivery_attempts, JSON.parse(retry.rawBody).delivery_attempts]).toEqual([1, 2]);
  expect(accept(retry)).toEqual({ ok: true });
  expect(replayKey({ tool: 'intercom', ...retry })).toBe(replayKey({ tool: 'intercom', ...first }));
});

test('a subscription without a topic sends nothing for it', async () => {
  await fetch(`${ic.sandbox.url}/__sandbox/webhooks`, { method: 'DELETE' });
  await pasteTarget(ic.sandbox.url, { url: hook.receiver.url, secret: CLIENT_SECRET, events: ['conversation.admin.closed'] });
  await ic.run(() => ic.connector.addComment(credentials, '1002', { body: '<p>Reply</p>', public: true }));
  await ic.sandbox.webhooks.settled();
  expect(hook.receiver.received).toEqual([]);
});
