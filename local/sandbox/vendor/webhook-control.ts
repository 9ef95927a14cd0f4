import type { WebhookOutbox } from './webhook-outbox';
import type { VendorResponse } from './vendor-sandbox';

/**
 * The sandbox's stand-in for an admin pasting a webhook into a help desk that has no API for it
 * (Freshdesk's automation rules, Intercom's Developer Hub, ServiceNow's REST message and business
 * rule). Targets live in the sandbox state under `sandbox_webhooks` (the sandbox's own section,
 * saved with the account, gone after a reset), so the help desk's handlers find them.
 *
 *   POST   /__sandbox/webhooks       { url, headers?, payloadTemplate?, secret?, events? } → 201 { id }
 *   GET    /__sandbox/webhooks       → { targets (header names only, no secrets), deliveries }
 *   DELETE /__sandbox/webhooks       → 204, every target removed
 *   POST   /__sandbox/webhooks/drop  { drop: boolean, count? } → 204: lose deliveries on purpose
 */
export interface PasteWebhookTarget {
  id: string;
  url: string;
  /** Headers as pasted: Freshdesk's custom headers, ServiceNow's REST message headers. */
  headers: Record<string, string>;
  /** The body as pasted, with the vendor's placeholders, which the sandbox fills in. */
  payloadTemplate: string;
  /** Intercom: the app's client secret its notifications are signed with. */
  secret?: string;
  /** What fires it (the rule's events, Intercom's topics); everything when absent. */
  events?: string[];
}

type WithTargets = { sandbox_webhooks?: PasteWebhookTarget[] };

/** The targets a change fires. */
export function pasteTargets(state: unknown, event: string): PasteWebhookTarget[] {
  return ((state as WithTargets | undefined)?.sandbox_webhooks ?? []).filter((target) => !target.events || target.events.includes(event));
}

export function handleWebhookControl(
  request: { method: string; path: string; body: string },
  state: unknown,
  outbox: WebhookOutbox,
  options: { name: string; paste: boolean },
): { response: VendorResponse; changed?: boolean } {
  const holder = state as WithTargets;
  const body = parse(request.body);
  if (request.path === '/__sandbox/webhooks/drop' && request.method === 'POST') {
    if (typeof body?.drop !== 'boolean') return bad('drop must be true or false');
    outbox.drop({ drop: body.drop, count: typeof body.count === 'number' ? body.count : undefined });
    return { response: { status: 204 } };
  }
  if (request.path !== '/__sandbox/webhooks') return { response: { status: 404, body: { message: 'No such sandbox endpoint' } } };
  if (request.method === 'GET') {
    const targets = (holder.sandbox_webhooks ?? []).map(({ headers, secret, ...target }) => ({ ...target, headers: Object.keys(headers), ...(secret ? { secret: '(set)' } : {}) }));
    return { response: { status: 200, body: { targets, deliveries: outbox.deliveries } } };
  }
  if (request.method === 'DELETE') {
    holder.sandbox_webhooks = [];
    return { response: { status: 204 }, changed: true };
  }
  if (request.method !== 'POST') return { response: { status: 405, body: { message: 'GET, POST or DELETE' } } };
  if (!options.paste) return bad(`${options.name} webhooks are created through its own API, not pasted`);
  const target = toTarget(body, (holder.sandbox_webhooks ?? []).length + 1);
  if (typeof target === 'string') return bad(target);
  holder.sandbox_webhooks = [...(holder.sandbox_webhooks ?? []), target];
  return { response: { status: 201, body: { id: target.id } }, changed: true };
}

function toTarget(body: Record<string, unknown> | undefined, n: number): PasteWebhookTarget | string {
  if (!body) return 'the body must be a JSON object';
  let url: URL;
  try {
    url = new URL(String(body.url));
  } catch {
    return 'url must be an http or https URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'url must be an http or https URL';
  const headers = body.headers ?? {};
  if (typeof headers !== 'object' || Array.isArray(headers) || Object.values(headers).some((value) => typeof value !== 'string')) return 'headers must be an object of strings';
  if (body.payloadTemplate !== undefined && typeof body.payloadTemplate !== 'string') return 'payloadTemplate must be a string';
  if (body.secret !== undefined && typeof body.secret !== 'string') return 'secret must be a string';
  if (body.events !== undefined && (!Array.isArray(body.events) || body.events.some((event) => typeof event !== 'string'))) return 'events must be a list of strings';
  return {
    id: `target-${n}-${Date.now().toString(36)}`,
    url: url.toString(),
    headers: headers as Record<string, string>,
    payloadTemplate: (body.payloadTemplate as string | undefined) ?? '',
    ...(body.secret ? { secret: body.secret as string } : {}),
    ...(body.events ? { events: body.events as string[] } : {}),
  };
}

function parse(raw: string): Record<string, unknown> | undefined {
  try {
    const value = raw ? JSON.parse(raw) : {};
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const bad = (message: string) => ({ response: { status: 400, body: { message } } });
