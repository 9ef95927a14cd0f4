/**
 * The sandbox's Webhooks and Triggers APIs, called directly (no server), as Zendesk answers them:
 * who may call, what is checked, and that a webhook's secret is shown only by its own endpoint.
 */
import { route } from '../../../../local/sandbox/zendesk/router';
import { seedState } from '../../../../local/sandbox/zendesk/seed';
import { ZENDESK_SANDBOX, type ZendeskSandboxState } from '../../../../local/sandbox/zendesk/state';

const basic = (email: string) => `Basic ${Buffer.from(`${email}/token:${ZENDESK_SANDBOX.secret}`).toString('base64')}`;
let state: ZendeskSandboxState;
beforeEach(() => {
  state = seedState();
});

function call(method: string, path: string, body?: unknown, email: string = ZENDESK_SANDBOX.username) {
  const url = new URL(path, 'https://sandbox');
  return route({ method, host: ZENDESK_SANDBOX.domain, path: url.pathname, query: url.searchParams, headers: { authorization: basic(email) }, body }, state).response;
}

const WEBHOOK = { name: 'Deskbridge', endpoint: 'https://example.test/hook', http_method: 'POST', request_format: 'json', status: 'active', subscriptions: ['conditional_ticket_events'] };
const createWebhook = () => (call('POST', '/api/v2/webhooks', { webhook: WEBHOOK }).body as { webhook: { id: string } }).webhook.id;
const trigger = (webhookId: string) => ({
  trigger: { title: 'Notify', conditions: { all: [{ field: 'update_type', operator: 'is', value: 'Change' }] }, actions: [{ field: 'notification_webhook', value: [webhookId, '{"id":"{{ticket.id}}"}'] }] },
});

describe('webhooks', () => {
  test('create answers 201 with the webhook (a ULID id, no secret in it); the secret has its own endpoint', () => {
    const created = call('POST', '/api/v2/webhooks.json', { webhook: WEBHOOK });
    expect(created).toMatchObject({ status: 201, body: { webhook: { ...WEBHOOK, id: expect.stringMatching(/^01[0-9A-Z]{24}$/), created_by: '9000001' } } });
    const id = (created.body as { webhook: { id: string } }).webhook.id;
    expect(JSON.stringify(created.body)).not.toContain('secret');
    expect(call('GET', `/api/v2/webhooks/${id}/signing_secret`)).toEqual({ status: 200, body: { signing_secret: { algorithm: 'SHA256', secret: expect.stringMatching(/^[A-Za-z0-9+/]{43}=$/) } }, headers: expect.any(Object) });
    expect(call('GET', `/api/v2/webhooks/${id}`)).toMatchObject({ status: 200, body: { webhook: { id } } });
  });

  test('checked fields answer 400 in the webhooks API’s own error shape', () => {
    expect(call('POST', '/api/v2/webhooks', { webhook: { ...WEBHOOK, endpoint: 'not a url' } })).toMatchObject({ status: 400, body: { errors: [{ code: 'InvalidValue', source: { pointer: '/webhook/endpoint' } }] } });
    expect(call('POST', '/api/v2/webhooks', { webhook: { ...WEBHOOK, subscriptions: ['conditional_ticket_events', 'zen:event-type:user.created'] } })).toMatchObject({ status: 400 });
    expect(call('POST', '/api/v2/webhooks', { nope: true })).toMatchObject({ status: 400 });
  });

  test('agents may not manage webhooks; a deleted webhook is gone', () => {
    expect(call('POST', '/api/v2/webhooks', { webhook: WEBHOOK }, ZENDESK_SANDBOX.agentUsername)).toMatchObject({ status: 403, body: { errors: [{ code: 'Forbidden' }] } });
    const id = createWebhook();
    expect(call('GET', `/api/v2/webhooks/${id}/signing_secret`, undefined, ZENDESK_SANDBOX.agentUsername).status).toBe(403);
    expect(call('DELETE', `/api/v2/webhooks/${id}`).status).toBe(204);
    expect(call('GET', `/api/v2/webhooks/${id}`)).toMatchObject({ status: 404, body: { errors: [{ code: 'WebhookNotFound' }] } });
  });
});

describe('triggers', () => {
  test('create goes last, list shows it, delete removes it', () => {
    const id = createWebhook();
    const created = call('POST', '/api/v2/triggers', trigger(id));
    expect(created).toMatchObject({ status: 201, body: { trigger: { id: 360000000001, title: 'Notify', active: true, position: 1, default: false, conditions: { all: [expect.any(Object)], any: [] } } } });
    expect(call('POST', '/api/v2/triggers', trigger(id)).body).toMatchObject({ trigger: { id: 360000000002, position: 2 } });
    expect(call('GET', '/api/v2/triggers')).toMatchObject({ status: 200, body: { count: 2, next_page: null, triggers: [{ id: 360000000001 }, { id: 360000000002 }] } });
    expect(call('DELETE', '/api/v2/triggers/360000000001').status).toBe(204);
    expect(call('GET', '/api/v2/triggers/360000000001')).toMatchObject({ status: 404, body: { error: 'RecordNotFound' } });
  });

  test('a title, an action and a condition are required; a webhook action must name a webhook connected to triggers', () => {
    const id = createWebhook();
    expect(call('POST', '/api/v2/triggers', { trigger: { ...trigger(id).trigger, title: ' ' } })).toMatchObject({ status: 422, body: { details: { title: [expect.any(Object)] } } });
    expect(call('POST', '/api/v2/triggers', { trigger: { ...trigger(id).trigger, actions: [] } })).toMatchObject({ status: 422 });
    expect(call('POST', '/api/v2/triggers', { trigger: { ...trigger(id).trigger, conditions: {} } })).toMatchObject({ status: 422 });
    expect(call('POST', '/api/v2/triggers', trigger('01NOSUCHWEBHOOK0000000000'))).toMatchObject({ status: 422, body: { details: { actions: [expect.any(Object)] } } });
    const subscribed = (call('POST', '/api/v2/webhooks', { webhook: { ...WEBHOOK, subscriptions: ['zen:event-type:user.created'] } }).body as { webhook: { id: string } }).webhook.id;
    expect(call('POST', '/api/v2/triggers', trigger(subscribed)).status).toBe(422);
  });

  test('a change without a server (no outbox) still works: webhooks go out only from a running sandbox', () => {
    call('POST', '/api/v2/triggers', trigger(createWebhook()));
    expect(call('PUT', '/api/v2/tickets/101', { ticket: { priority: 'high' } }).status).toBe(200);
  });
});
