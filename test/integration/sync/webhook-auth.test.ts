/**
 * The help-desk web trigger authenticates every call: without the integration's secret, with a
 * wrong one, too old, oversized or malformed, a call is refused with a status that says why and
 * nothing is written (KVS unchanged, nothing queued). Only a good call queues a change.
 */
import { useLocalDeskbridge, invokeOk, ROLES } from '../../support/local-app';
import { engConfig, settle, setUpFreshdeskSync } from '../../support/sync-harness';

const local = useLocalDeskbridge({ queueDelayScale: 0.001 });

async function withPastedWebhook() {
  const { deskbridge } = local;
  const { integrationId } = await setUpFreshdeskSync(deskbridge, engConfig(), { webhooks: false });
  const setup = await invokeOk(deskbridge, ROLES.jiraAdmin, 'sync-webhook/regenerate-secret', { integrationId });
  const secret = setup.instructions.headers[0].value as string;
  await settle(deskbridge);
  const path = `/${integrationId}`;
  const send = (body: string, headers: Record<string, string> = { 'x-deskbridge-secret': secret }, method = 'POST') =>
    deskbridge.runtime.invokeWebTrigger('helpdesk-webhook', { method, path, headers: { 'content-type': 'application/json', ...headers }, body });
  return { deskbridge, integrationId, secret, send };
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
const delivery = (ticketId: number, sentAt = nowSeconds()) => JSON.stringify({ ticket_id: String(ticketId), event: 'ticket.updated', sent_at: String(sentAt) });

test('refused calls answer why and write nothing', async () => {
  const { deskbridge, secret, send } = await withPastedWebhook();
  const before = deskbridge.runtime.kvs.snapshot();
  const cases: [string, Promise<{ statusCode: number; body: string }>, number][] = [
    ['no secret header', send(delivery(1), {}), 401],
    ['a wrong secret', send(delivery(1), { 'x-deskbridge-secret': `${secret}x` }), 401],
    ['sent six minutes ago', send(delivery(1, nowSeconds() - 360), { 'x-deskbridge-secret': secret }), 408],
    ['from the future', send(delivery(1, nowSeconds() + 600), { 'x-deskbridge-secret': secret }), 408],
    ['oversized', send(JSON.stringify({ ticket_id: '1', event: 'ticket.updated', sent_at: String(nowSeconds()), pad: 'x'.repeat(300_000) })), 413],
    ['not the template', send(JSON.stringify({ hello: 'world', sent_at: String(nowSeconds()) })), 400],
    ['a GET', send('', { 'x-deskbridge-secret': secret }, 'GET'), 405],
  ];
  for (const [about, answer, status] of cases) {
    const { statusCode, body } = await answer;
    expect({ about, statusCode }).toEqual({ about, statusCode: status });
    expect(body).not.toContain(secret);
  }
  await settle(deskbridge);
  expect(deskbridge.runtime.kvs.snapshot()).toBe(before);
});

test('an unknown integration id is refused like a wrong secret', async () => {
  const { deskbridge, secret } = await withPastedWebhook();
  const answer = await deskbridge.runtime.invokeWebTrigger('helpdesk-webhook', {
    method: 'POST',
    path: '/00000000-0000-4000-8000-000000000000',
    headers: { 'x-deskbridge-secret': secret },
    body: delivery(1),
  });
  expect(answer.statusCode).toBe(404);
});

test('a good call is accepted and syncs the ticket', async () => {
  const { deskbridge, integrationId, send } = await withPastedWebhook();
  const answer = await send(delivery(1));
  expect(answer.statusCode).toBe(202);
  await settle(deskbridge);
  const links = await invokeOk(deskbridge, ROLES.jiraAdmin, 'sync-links/list', { integrationId });
  expect(links.links.map((link: { ticketId: string }) => link.ticketId)).toEqual(['1']);
});
