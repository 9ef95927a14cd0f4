/**
 * Freshdesk webhooks end to end: the admin pastes Deskbridge's instructions into two automation
 * rules (the sandbox's /__sandbox/webhooks); every ticket change through the API (Deskbridge's
 * own included) then sends the filled-in content with the secret header, which authenticates.
 */
import { FRESHDESK_SANDBOX, type FreshdeskState } from '../../../../local/sandbox/freshdesk';
import type { ConnectionCredentials } from '../../../../src/connectors/connector';
import { DESKBRIDGE_SECRET_HEADER, authenticateWebhook, newWebhookSecret, parseWebhook, webhookSecretDigest } from '../../../../src/sync/webhooks';
import { useConnectorSandbox } from '../../../support/connector-harness';
import { headersOf, pasteTarget, useWebhookReceiver, type Received } from '../webhooks/webhook-receiver';

const fd = useConnectorSandbox<FreshdeskState>('freshdesk');
const hook = useWebhookReceiver();
const credentials: ConnectionCredentials = { domain: FRESHDESK_SANDBOX.domain, secret: FRESHDESK_SANDBOX.secret };
const SECRET = newWebhookSecret();
/** As the web trigger checks it: against the digest the integration keeps. */
const accept = (delivery: Received, secret = SECRET) => authenticateWebhook({ tool: 'freshdesk', headers: delivery.headers, rawBody: delivery.rawBody, secret: webhookSecretDigest(secret), now: Date.now() });

/** A person in Freshdesk: plain HTTP, no adapter. */
async function personUpdates(id: number, body: Record<string, unknown>) {
  const authorization = `Basic ${Buffer.from(`${FRESHDESK_SANDBOX.secret}:X`).toString('base64')}`;
  const response = await fetch(`${fd.sandbox.url}/api/v2/tickets/${id}`, { method: 'PUT', headers: { 'x-forwarded-host': FRESHDESK_SANDBOX.domain, authorization, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
}

beforeEach(async () => {
  // A delivery a failed test left under way must not land in the next one.
  await fd.sandbox.webhooks.settled();
  hook.receiver.clear();
  fd.sandbox.reset();
  const instructions = fd.connector.webhooks!.instructions({ url: hook.receiver.url, secretHeader: { name: DESKBRIDGE_SECRET_HEADER, value: SECRET } });
  // The "Ticket updates" rule (updates, replies, notes) and the "Ticket creation" rule, as the steps say.
  await pasteTarget(fd.sandbox.url, { url: instructions.url, headers: headersOf(instructions), payloadTemplate: instructions.payloadTemplate, events: ['ticket.updated', 'comment.created'] });
  await pasteTarget(fd.sandbox.url, { url: instructions.url, headers: headersOf(instructions), payloadTemplate: instructions.payloadTemplate.replace('ticket.updated', 'ticket.created'), events: ['ticket.created'] });
});

test('the scheme is a secret header; the instructions show its value only when given one', () => {
  const webhooks = fd.connector.webhooks!;
  expect(webhooks.scheme).toBe('secret-header');
  expect(webhooks.register).toBeUndefined();
  expect(webhooks.instructions({ url: 'https://x.test/h' }).headers).toEqual([{ name: 'X-Deskbridge-Secret', value: expect.not.stringContaining(SECRET) }]);
  expect(JSON.parse(webhooks.instructions({ url: 'https://x.test/h' }).payloadTemplate)).toEqual({ ticket_id: '{{ticket.id}}', event: 'ticket.updated', sent_at: "{{ 'now' | date: '%s' }}" });
});

test('Deskbridge’s create, a person’s update and Deskbridge’s note each arrive with the secret and a fresh sent_at, and parse', async () => {
  const created = await fd.run(() => fd.connector.createTicket(credentials, { subject: 'From Jira', description: '<p>x</p>' }));
  await personUpdates(2, { priority: 3 });
  await fd.run(() => fd.connector.addComment(credentials, '3', { body: '<p>note</p>', public: false }));
  await fd.sandbox.webhooks.settled();

  expect(hook.receiver.received.map((delivery) => delivery.headers['x-deskbridge-secret'])).toEqual([SECRET, SECRET, SECRET]);
  for (const delivery of hook.receiver.received) {
    expect(accept(delivery)).toEqual({ ok: true });
    expect(Math.abs(Number(JSON.parse(delivery.rawBody).sent_at) * 1000 - Date.now())).toBeLessThan(60_000);
  }
  expect(hook.receiver.received.map((delivery) => parseWebhook('freshdesk', delivery.rawBody))).toEqual([
    { ok: true, notice: { ticketId: created.id, event: 'ticket.created', occurredAt: expect.any(String) } },
    { ok: true, notice: { ticketId: '2', event: 'ticket.updated', occurredAt: expect.any(String) } },
    { ok: true, notice: { ticketId: '3', event: 'ticket.updated', occurredAt: expect.any(String) } },
  ]);
});

test('another integration’s secret does not authenticate these deliveries', async () => {
  await personUpdates(1, { priority: 4 });
  await fd.sandbox.webhooks.settled();
  expect(accept(hook.receiver.received[0], newWebhookSecret())).toMatchObject({ ok: false, status: 401 });
});

test('reads send nothing; a refused write sends nothing', async () => {
  await fd.run(() => fd.connector.getTicket(credentials, '1'));
  await expect(fd.run(() => fd.connector.updateTicket(credentials, '1', { statusId: '99' }))).rejects.toMatchObject({ kind: 'invalid' });
  await fd.sandbox.webhooks.settled();
  expect(hook.receiver.received).toEqual([]);
});

test('the sandbox control: targets listed without header values; a bad target refused; DELETE removes them all', async () => {
  const listed = (await (await fetch(`${fd.sandbox.url}/__sandbox/webhooks`)).json()) as { targets: { headers: string[] }[] };
  expect(listed.targets).toHaveLength(2);
  expect(listed.targets[0].headers).toEqual(['X-Deskbridge-Secret']);
  expect(JSON.stringify(listed)).not.toContain(SECRET);
  await expect(pasteTarget(fd.sandbox.url, { url: 'ftp://nowhere' })).rejects.toThrow('url must be an http or https URL');
  expect((await fetch(`${fd.sandbox.url}/__sandbox/webhooks`, { method: 'DELETE' })).status).toBe(204);
  await personUpdates(1, { priority: 2 });
  await fd.sandbox.webhooks.settled();
  expect(hook.receiver.received).toEqual([]);
});
