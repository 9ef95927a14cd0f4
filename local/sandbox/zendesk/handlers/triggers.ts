import { ok, recordInvalid, recordNotFound, badRequest } from '../responses';
import type { Json } from '../state';
import type { TriggerCondition, TriggerRecord, WebhookHolder } from '../webhook-state';
import { isoSeconds, type Context, type Handled } from './context';
import { findWebhook } from './webhooks';

/**
 * Ticket triggers: list, create, show, delete. Checked as Zendesk checks them (a title, at least
 * one action, conditions as `all`/`any` lists) and, for the action Deskbridge uses,
 * `notification_webhook: [webhook id, body]` must name a webhook connected to triggers.
 * https://developer.zendesk.com/api-reference/ticketing/business-rules/triggers/
 */

const holder = (ctx: Context): WebhookHolder => ctx.account;
const FIRST_ID = 360000000001;

/** Fields Zendesk sends that its description types without null are left out, as elsewhere in the sandbox. */
export function triggerView({ description, ...trigger }: TriggerRecord): Json {
  return { ...trigger, ...(description ? { description } : {}) };
}

/** GET /api/v2/triggers — one page: the sandbox's accounts never hold 100 triggers. */
export function listTriggers(ctx: Context): Handled {
  const triggers = [...(holder(ctx).triggers ?? [])].sort((a, b) => a.position - b.position || a.id - b.id);
  return { response: ok({ triggers: triggers.map(triggerView), next_page: null, previous_page: null, count: triggers.length }) };
}

/** GET /api/v2/triggers/{trigger_id} */
export function showTrigger(ctx: Context): Handled {
  const trigger = (holder(ctx).triggers ?? []).find((candidate) => String(candidate.id) === ctx.params.trigger_id);
  return { response: trigger ? ok({ trigger: triggerView(trigger) }) : recordNotFound() };
}

/** POST /api/v2/triggers — a new trigger goes last, as Zendesk places it. */
export function createTrigger(ctx: Context): Handled {
  const input = (ctx.request.body as Json | undefined)?.trigger as Json | undefined;
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { response: badRequest('The request body must be { "trigger": { ... } }') };
  if (typeof input.title !== 'string' || !input.title.trim()) return { response: recordInvalid('title', 'Title: cannot be blank', 'BlankValue') };
  const conditions = checkConditions(input.conditions);
  if (typeof conditions === 'string') return { response: recordInvalid('conditions', conditions) };
  const actions = Array.isArray(input.actions) ? (input.actions as { field?: unknown; value?: unknown }[]) : [];
  if (actions.length === 0 || actions.some((action) => typeof action?.field !== 'string')) return { response: recordInvalid('actions', 'Actions: cannot be blank', 'BlankValue') };
  for (const action of actions.filter((candidate) => candidate.field === 'notification_webhook')) {
    const [webhookId, body] = Array.isArray(action.value) ? action.value : [];
    const webhook = typeof webhookId === 'string' ? findWebhook(ctx, webhookId) : undefined;
    if (!webhook || !webhook.subscriptions.includes('conditional_ticket_events') || typeof body !== 'string') {
      return { response: recordInvalid('actions', 'Notify active webhook: choose a webhook connected to triggers and automations, and give its body', 'InvalidValue') };
    }
  }
  const triggers = (holder(ctx).triggers ??= []);
  const at = isoSeconds(ctx.now);
  const id = triggers.reduce((max, trigger) => Math.max(max, trigger.id + 1), FIRST_ID);
  const trigger: TriggerRecord = {
    url: `https://${ctx.account.host}/api/v2/triggers/${id}.json`,
    id,
    title: input.title.trim(),
    raw_title: input.title.trim(),
    ...(typeof input.description === 'string' && input.description ? { description: input.description } : {}),
    active: input.active !== false,
    position: typeof input.position === 'number' ? input.position : triggers.reduce((max, candidate) => Math.max(max, candidate.position + 1), 1),
    default: false,
    conditions,
    actions: actions.map((action) => ({ field: action.field as string, value: action.value })),
    created_at: at,
    updated_at: at,
  };
  triggers.push(trigger);
  return { response: ok({ trigger: triggerView(trigger) }, 201), changed: true };
}

/** DELETE /api/v2/triggers/{trigger_id} */
export function deleteTrigger(ctx: Context): Handled {
  const triggers = holder(ctx).triggers ?? [];
  const index = triggers.findIndex((trigger) => String(trigger.id) === ctx.params.trigger_id);
  if (index < 0) return { response: recordNotFound() };
  triggers.splice(index, 1);
  return { response: { status: 204 }, changed: true };
}

function checkConditions(input: unknown): TriggerRecord['conditions'] | string {
  const given = (input ?? {}) as { all?: unknown; any?: unknown };
  const list = (value: unknown): TriggerCondition[] | undefined =>
    value === undefined || value === null
      ? []
      : Array.isArray(value) && value.every((condition) => typeof condition?.field === 'string' && typeof condition?.operator === 'string')
        ? (value as TriggerCondition[])
        : undefined;
  const all = list(given.all);
  const any = list(given.any);
  if (typeof input !== 'object' || !all || !any) return 'Conditions: must be { all: [...], any: [...] } of { field, operator, value }';
  if (all.length === 0 && any.length === 0) return 'Conditions: a trigger needs at least one condition';
  return { all, any };
}
