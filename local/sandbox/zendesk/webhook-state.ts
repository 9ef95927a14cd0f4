import { randomBytes } from 'node:crypto';
import type { Json } from './state';

/**
 * Webhooks and triggers as a Zendesk account keeps them (saved with the account). A webhook's
 * signing secret is kept beside it and shown only by its own endpoint, as Zendesk does.
 * https://developer.zendesk.com/api-reference/webhooks/webhooks-api/webhooks/
 * https://developer.zendesk.com/api-reference/ticketing/business-rules/triggers/
 */
export interface WebhookRecord extends Json {
  id: string;
  name: string;
  description?: string;
  status: 'active' | 'inactive';
  endpoint: string;
  http_method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  request_format: 'json' | 'xml' | 'form_encoded';
  subscriptions: string[];
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  /** The sandbox's record of the signing secret (never part of a webhook's view). */
  signing_secret_value: string;
}

export interface TriggerCondition {
  field: string;
  operator: string;
  value?: unknown;
}

export interface TriggerRecord extends Json {
  id: number;
  url: string;
  title: string;
  raw_title: string;
  description?: string;
  active: boolean;
  position: number;
  default: boolean;
  conditions: { all: TriggerCondition[]; any: TriggerCondition[] };
  actions: { field: string; value: unknown }[];
  created_at: string;
  updated_at: string;
}

/** What an account holds of them; absent in states saved before webhooks existed. */
export interface WebhookHolder {
  webhooks?: WebhookRecord[];
  triggers?: TriggerRecord[];
}

export function webhookView(webhook: WebhookRecord): Json {
  const { signing_secret_value: _secret, ...view } = webhook;
  return view;
}

/** Crockford base32, as in Zendesk's webhook ids (ULIDs such as 01FMJQSY40HZBCBVPZB9212S8V). */
export function newWebhookId(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  return `01${[...randomBytes(24)].map((byte) => alphabet[byte % 32]).join('')}`;
}

export const newSigningSecret = (): string => randomBytes(32).toString('base64');

/** The webhooks API answers errors in its own shape, not the Support API's `{ error, description }`. */
export const webhookError = (status: number, code: string, title: string, detail: string, pointer?: string) => ({
  status,
  body: { errors: [{ code, title, detail, ...(pointer ? { source: { pointer } } : {}) }] },
});
