/**
 * ServiceNow webhooks end to end: the admin creates Deskbridge's REST message and business rule
 * (the sandbox's /__sandbox/webhooks); incident changes through the Table API then send the REST
 * message's content with its variables set, and the secret header, which authenticates.
 */
import { SERVICENOW_SANDBOX, type ServicenowState } from '../../../../local/sandbox/servicenow';
import type { ConnectionCredentials } from '../../../../src/connectors/connector';
import { SERVICENOW_BUSINESS_RULE } from '../../../../src/connectors/servicenow/servicenow-webhooks';
import { DESKBRIDGE_SECRET_HEADER, authenticateWebhook, newWebhookSecret, parseWebhook, webhookSecretDigest } from '../../../../src/sync/webhooks';
import { useConnectorSandbox } from '../../../support/connector-harness';
import { headersOf, pasteTarget, useWebhookReceiver, type Received } from '../webhooks/webhook-receiver';

const sn = useConnectorSandbox<ServicenowState>('servicenow');
const hook = useWebhookReceiver();
const credentials: ConnectionCredentials = { domain: SERVICENOW_SANDBOX.domain, username: SERVICENOW_SANDBOX.username, secret: SERVICENOW_SANDBOX.secret };
const SECRET = newWebhookSecret();
/** As the web trigger checks it: against the digest the integration keeps. */
const accept = (delivery: Received) => authenticateWebhook({ tool: 'servicenow', headers: delivery.headers, rawBody: delivery.rawBody, secret: webhookSecretDigest(SECRET), now: Date.now() });
const incident = (number: string) => sn.sandbox.state.tables.incident.find((record) => record.number === number)!;

beforeEach(async () => {
  await sn.sandbox.webhooks.settled();
  hook.receiver.clear();
  sn.sandbox.reset();
  const instructions = sn.connector.webhooks!.instructions({ url: hook.receiver.url, secretHeader: { name: DESKBRIDGE_SECRET_HEADER, value: SECRET } });
  await pasteTarget(sn.sandbox.url, { url: instructions.url, headers: headersOf(instructions), payloadTemplate: instructions.payloadTemplate });
});

test('the instructions carry the REST message content and the business rule that fills it', () => {
  const instructions = sn.connector.webhooks!.instructions({ url: hook.receiver.url });
  expect(sn.connector.webhooks!.scheme).toBe('secret-header');
  expect(instructions.payloadTemplate).toBe('{"sys_id":"${sys_id}","number":"${number}","event":"${event}","sent_at":"${sent_at}"}');
  expect(instructions.steps).toContain(SERVICENOW_BUSINESS_RULE);
  for (const variable of ['sys_id', 'number', 'event', 'sent_at']) expect(SERVICENOW_BUSINESS_RULE).toContain(`setStringParameterNoEscape('${variable}'`);
});

test('an insert, a field update and a comment each arrive as their event, by sys_id, and authenticate', async () => {
  const created = await sn.run(() => sn.connector.createTicket(credentials, { subject: 'Printer on fire', description: 'Smoke' }));
  const second = incident('INC0010002');
  await sn.run(() => sn.connector.updateTicket(credentials, second.sys_id, { priority: '1' }));
  await sn.run(() => sn.connector.addComment(credentials, second.sys_id, { body: '<p>On it</p>', public: true }));
  await sn.sandbox.webhooks.settled();

  for (const delivery of hook.receiver.received) expect(accept(delivery)).toEqual({ ok: true });
  expect(hook.receiver.received.map((delivery) => parseWebhook('servicenow', delivery.rawBody))).toEqual([
    { ok: true, notice: { ticketId: created.id, event: 'ticket.created', occurredAt: expect.any(String) } },
    { ok: true, notice: { ticketId: second.sys_id, event: 'ticket.updated', occurredAt: expect.any(String) } },
    { ok: true, notice: { ticketId: second.sys_id, event: 'comment.created', occurredAt: expect.any(String) } },
  ]);
  expect(JSON.parse(hook.receiver.received[1].rawBody).number).toBe('INC0010002');
});

test('a write the instance refuses (a data policy) sends nothing', async () => {
  // A person putting an incident on hold without a reason: the base data policy refuses it.
  const authorization = `Basic ${Buffer.from(`${SERVICENOW_SANDBOX.username}:${SERVICENOW_SANDBOX.secret}`).toString('base64')}`;
  const refused = await fetch(`${sn.sandbox.url}/api/now/table/incident/${incident('INC0010001').sys_id}`, {
    method: 'PATCH',
    headers: { 'x-forwarded-host': SERVICENOW_SANDBOX.domain, authorization, 'content-type': 'application/json' },
    body: JSON.stringify({ state: '3' }),
  });
  expect(refused.status).toBe(403);
  await sn.sandbox.webhooks.settled();
  expect(hook.receiver.received).toEqual([]);
});

test('without the secret header (a REST message pasted without it) the delivery is refused', async () => {
  await fetch(`${sn.sandbox.url}/__sandbox/webhooks`, { method: 'DELETE' });
  const { url, payloadTemplate } = sn.connector.webhooks!.instructions({ url: hook.receiver.url });
  await pasteTarget(sn.sandbox.url, { url, payloadTemplate });
  await sn.run(() => sn.connector.updateTicket(credentials, incident('INC0010002').sys_id, { priority: '2' }));
  await sn.sandbox.webhooks.settled();
  expect(accept(hook.receiver.received[0])).toEqual({ ok: false, status: 401, reason: 'missing X-Deskbridge-Secret' });
});
