/**
 * Zendesk webhooks end to end: the connector registers a webhook and its triggers in the sandbox
 * account through the manifest's egress; the sandbox then signs a delivery for every ticket change
 * (a person's or Deskbridge's own), and authenticateWebhook accepts exactly those.
 */
import { ZENDESK_SANDBOX, type ZendeskSandboxState } from '../../../../local/sandbox/zendesk';
import type { ConnectionCredentials, WebhookRegistration } from '../../../../src/connectors/connector';
import { authenticateWebhook, parseWebhook } from '../../../../src/sync/webhooks';
import { useConnectorSandbox } from '../../../support/connector-harness';
import { useWebhookReceiver, type Received } from '../webhooks/webhook-receiver';

const zd = useConnectorSandbox<ZendeskSandboxState>('zendesk');
const hook = useWebhookReceiver();
const admin: ConnectionCredentials = { domain: ZENDESK_SANDBOX.domain, username: ZENDESK_SANDBOX.username, secret: ZENDESK_SANDBOX.secret };
const account = () => zd.sandbox.state.accounts[ZENDESK_SANDBOX.domain];
const webhooks = zd.connector.webhooks!;

/** A person working in Zendesk: plain HTTP to the sandbox, no adapter. */
async function personUpdates(id: number, ticket: Record<string, unknown>) {
  const authorization = `Basic ${Buffer.from(`${ZENDESK_SANDBOX.agentUsername}/token:${ZENDESK_SANDBOX.secret}`).toString('base64')}`;
  const response = await fetch(`${zd.sandbox.url}/api/v2/tickets/${id}`, {
    method: 'PUT',
    headers: { 'x-forwarded-host': ZENDESK_SANDBOX.domain, authorization, 'content-type': 'application/json' },
    body: JSON.stringify({ ticket }),
  });
  expect(response.status).toBe(200);
}

const accept = (delivery: Received, secret: string) => authenticateWebhook({ tool: 'zendesk', headers: delivery.headers, rawBody: delivery.rawBody, secret, now: Date.now() });

let registration: WebhookRegistration;
beforeEach(async () => {
  // A delivery a failed test left under way must not land in the next one.
  await zd.sandbox.webhooks.settled();
  hook.receiver.clear();
  zd.sandbox.reset();
  registration = await zd.run(() => webhooks.register!(admin, { url: hook.receiver.url }));
});

test('register creates one webhook connected to triggers, two triggers pointing at it, and returns its signing secret', () => {
  expect(webhooks.scheme).toBe('vendor-signature');
  const [webhook] = account().webhooks!;
  expect(webhook).toMatchObject({ id: registration.webhookId, endpoint: hook.receiver.url, http_method: 'POST', request_format: 'json', status: 'active', subscriptions: ['conditional_ticket_events'] });
  expect(registration.signingSecret).toBe(webhook.signing_secret_value);
  expect(account().triggers!.map((trigger) => [trigger.conditions.all, (trigger.actions[0].value as string[])[0]])).toEqual([
    [[{ field: 'update_type', operator: 'is', value: 'Create' }], registration.webhookId],
    [[{ field: 'update_type', operator: 'is', value: 'Change' }], registration.webhookId],
  ]);
});

test('Deskbridge’s own create and a person’s update and comment each send one signed delivery that authenticates and parses', async () => {
  const created = await zd.run(() => zd.connector.createTicket(admin, { subject: 'From Jira', description: '<p>x</p>' }));
  await personUpdates(101, { status: 'pending' });
  await personUpdates(102, { comment: { body: 'A reply', public: true } });
  await zd.sandbox.webhooks.settled();

  const notices = hook.receiver.received.map((delivery) => {
    expect(delivery.headers).toMatchObject({ 'x-zendesk-webhook-id': registration.webhookId, 'content-type': expect.stringContaining('application/json') });
    expect(accept(delivery, registration.signingSecret)).toEqual({ ok: true });
    return parseWebhook('zendesk', delivery.rawBody);
  });
  expect(notices).toEqual([
    { ok: true, notice: { ticketId: created.id, event: 'ticket.created', occurredAt: expect.any(String) } },
    { ok: true, notice: { ticketId: '101', event: 'ticket.updated', occurredAt: expect.any(String) } },
    { ok: true, notice: { ticketId: '102', event: 'ticket.updated', occurredAt: expect.any(String) } },
  ]);
});

test('a delivery checked with another secret, or altered on the way, is refused', async () => {
  await personUpdates(101, { priority: 'high' });
  await zd.sandbox.webhooks.settled();
  const [delivery] = hook.receiver.received;
  expect(accept(delivery, 'not-the-signing-secret')).toMatchObject({ ok: false, status: 401 });
  expect(accept({ ...delivery, rawBody: delivery.rawBody.replace('101', '102') }, registration.signingSecret)).toMatchObject({ ok: false, status: 401 });
});

test('the API call is answered without waiting for the delivery; a failing receiver gets a re-signed retry', async () => {
  hook.receiver.answerNext(503);
  await personUpdates(103, { priority: 'urgent' });
  // Answered already, while the delivery is still between its two attempts.
  expect(zd.sandbox.webhooks.deliveries).toHaveLength(0);
  await zd.sandbox.webhooks.settled();
  expect(hook.receiver.received).toHaveLength(2);
  for (const delivery of hook.receiver.received) expect(accept(delivery, registration.signingSecret)).toEqual({ ok: true });
  expect(zd.sandbox.webhooks.deliveries.at(-1)).toMatchObject({ attempts: 2, status: 200, dropped: false });
});

test('Zendesk webhooks come from its API: the sandbox’s paste control refuses them', async () => {
  const pasted = await fetch(`${zd.sandbox.url}/__sandbox/webhooks`, { method: 'POST', body: JSON.stringify({ url: hook.receiver.url }) });
  expect(pasted.status).toBe(400);
});

test('dropping only the next delivery loses that one and no other', async () => {
  await fetch(`${zd.sandbox.url}/__sandbox/webhooks/drop`, { method: 'POST', body: JSON.stringify({ drop: true, count: 1 }) });
  await personUpdates(101, { priority: 'low' });
  await personUpdates(101, { priority: 'high' });
  await zd.sandbox.webhooks.settled();
  expect(hook.receiver.received).toHaveLength(1);
  expect(zd.sandbox.webhooks.deliveries.map((delivery) => delivery.dropped)).toEqual([true, false]);
});

test('dropped deliveries (a lost webhook) never arrive, until dropping is switched off', async () => {
  const drop = (body: unknown) => fetch(`${zd.sandbox.url}/__sandbox/webhooks/drop`, { method: 'POST', body: JSON.stringify(body) });
  expect((await drop({ drop: true })).status).toBe(204);
  await personUpdates(101, { priority: 'low' });
  await zd.sandbox.webhooks.settled();
  expect(hook.receiver.received).toHaveLength(0);
  expect(zd.sandbox.webhooks.deliveries.at(-1)).toMatchObject({ dropped: true, label: expect.stringContaining('ticket.updated') });
  await drop({ drop: false });
  await personUpdates(101, { priority: 'normal' });
  await zd.sandbox.webhooks.settled();
  expect(hook.receiver.received).toHaveLength(1);
});

test('unregister removes the triggers and the webhook; later changes send nothing; a second unregister is fine', async () => {
  await zd.run(() => webhooks.unregister!(admin, registration.webhookId));
  expect(account().webhooks).toEqual([]);
  expect(account().triggers).toEqual([]);
  await personUpdates(101, { priority: 'high' });
  await zd.sandbox.webhooks.settled();
  expect(hook.receiver.received).toEqual([]);
  await expect(zd.run(() => webhooks.unregister!(admin, registration.webhookId))).resolves.toBeUndefined();
});

test('an agent who may not manage webhooks: forbidden, saying which role is needed, and nothing is left behind', async () => {
  const agent = { ...admin, username: ZENDESK_SANDBOX.agentUsername };
  await expect(zd.run(() => webhooks.register!(agent, { url: hook.receiver.url }))).rejects.toMatchObject({ kind: 'forbidden', message: expect.stringContaining('Zendesk admin') });
  expect(account().webhooks).toHaveLength(1);
});

test('a webhook id that is not one never reaches a URL', async () => {
  await expect(zd.run(() => webhooks.unregister!(admin, '../tickets/101'))).rejects.toMatchObject({ kind: 'invalid' });
});
