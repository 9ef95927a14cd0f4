/**
 * Zendesk webhook registration against Zendesk's OpenAPI description (zendesk-support-oas.yaml):
 * the trigger calls the connector makes and the sandbox's answers are validated like every other
 * exchange. The Webhooks API (POST/DELETE /api/v2/webhooks, GET …/signing_secret) is published as
 * its own reference and is not in this description, so those exchanges are asserted exactly as
 * "no operation": a new violation, or a webhook call the connector stops making, still fails.
 */
import { zendesk } from '../../src/connectors/zendesk';
import { describeWithZendeskSpec, runAsResolver as run, useZendeskContract, ZENDESK_ADMIN as admin } from './support/zendesk-contract';

const noOperation = (method: string, url: string) => ({ operationId: null, where: 'request', errors: [`the zendesk spec has no operation for ${method} ${url}`] });

describeWithZendeskSpec('Zendesk webhook registration ↔ zendesk-support-oas.yaml', () => {
  const contract = useZendeskContract();

  const take = () => contract.recorder.take().map(({ operationId, where, errors }) => ({ operationId, where, errors }));

  test('register: CreateTrigger (twice) conforms; its two Webhooks API calls are the only exchanges outside the description', async () => {
    const { webhookId } = await run(() => zendesk.webhooks!.register!(admin, { url: 'https://deskbridge.example/x1/webhook' }));
    expect(take()).toEqual([noOperation('POST', '/api/v2/webhooks'), noOperation('GET', `/api/v2/webhooks/${webhookId}/signing_secret`)]);
    expect(contract.recorder.exercised.has('CreateTrigger')).toBe(true);
  });

  test('unregister: ListTriggers and DeleteTrigger conform; DELETE /api/v2/webhooks/{id} is outside the description', async () => {
    const { webhookId } = await run(() => zendesk.webhooks!.register!(admin, { url: 'https://deskbridge.example/x1/webhook' }));
    contract.recorder.take();
    await run(() => zendesk.webhooks!.unregister!(admin, webhookId));
    expect(take()).toEqual([noOperation('DELETE', `/api/v2/webhooks/${webhookId}`)]);
    for (const operation of ['ListTriggers', 'DeleteTrigger']) expect(contract.recorder.exercised.has(operation)).toBe(true);
  });

  test('a ticket change in an account with Deskbridge’s triggers is still answered as described', async () => {
    await run(() => zendesk.webhooks!.register!(admin, { url: 'http://127.0.0.1:9/unreachable' }));
    contract.recorder.take();
    await run(() => zendesk.updateTicket(admin, '101', { priority: 'high' }));
    await contract.sandbox.webhooks.settled();
    expect(take()).toEqual([]);
    expect(contract.recorder.exercised.has('UpdateTicket')).toBe(true);
  });
});
