import { callSandbox, freshdeskProblem } from './sandbox-call';

/**
 * The Freshdesk sandbox's stand-in for Freshdesk's automation rules (`/__sandbox/webhooks`, see
 * local/sandbox/vendor/webhook-control.ts): what an admin pastes into a rule's "Trigger webhook"
 * action, and what the rules have sent. Freshdesk has no API for rules, so these calls are the
 * sandbox's own; they need no API key, as the sandbox's other `/__sandbox` endpoints.
 */

/** A pasted webhook as the sandbox lists it: header names only, never their values. */
export interface PastedWebhook {
  id: string;
  url: string;
  headers: string[];
  payloadTemplate: string;
  events?: string[];
}

/** One delivery a rule made (or dropped on purpose). */
export interface WebhookDelivery {
  label: string;
  url: string;
  attempts: number;
  status?: number;
  error?: string;
  dropped: boolean;
  at: string;
}

export interface NewPastedWebhook {
  url: string;
  headers: Record<string, string>;
  payloadTemplate: string;
  /** What fires it; every change when absent (both rules). */
  events?: string[];
}

/** The rule kinds a pasted webhook can stand for, and the sandbox events each fires on. */
export const WEBHOOK_RULES = [
  { value: 'both', label: 'Both rules: ticket creation and ticket updates', fires: 'every ticket change', events: undefined },
  { value: 'created', label: 'Ticket creation rule only', fires: 'new tickets', events: ['ticket.created'] },
  { value: 'updated', label: 'Ticket updates rule only (changes, replies, notes)', fires: 'ticket changes, replies and notes', events: ['ticket.updated', 'comment.created'] },
] as const;

/** How many deliveries the page lists, newest first. */
export const DELIVERIES_SHOWN = 10;

const control = (sandboxUrl: string, method: string, body?: unknown) =>
  callSandbox(
    'The Freshdesk sandbox',
    `${sandboxUrl}/__sandbox/webhooks`,
    {
      method,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    },
    freshdeskProblem,
  );

export async function listPastedWebhooks(sandboxUrl: string): Promise<{ targets: PastedWebhook[]; deliveries: WebhookDelivery[] }> {
  const answer = (await control(sandboxUrl, 'GET')) as { targets?: PastedWebhook[]; deliveries?: WebhookDelivery[] } | undefined;
  const deliveries = [...(answer?.deliveries ?? [])].reverse().slice(0, DELIVERIES_SHOWN);
  return { targets: answer?.targets ?? [], deliveries };
}

export async function pasteWebhook(sandboxUrl: string, webhook: NewPastedWebhook): Promise<{ id: string }> {
  return (await control(sandboxUrl, 'POST', webhook)) as { id: string };
}

/** Every pasted webhook removed (as deleting the automation rules would). */
export async function removePastedWebhooks(sandboxUrl: string): Promise<void> {
  await control(sandboxUrl, 'DELETE');
}
