import { html, postForm, selectOptions, when, type Html } from './html';
import { ConsoleError } from './sandbox-call';
import { freshdeskAccount, type SandboxTargets } from './sandbox-targets';
import { DELIVERIES_SHOWN, listPastedWebhooks, WEBHOOK_RULES, type PastedWebhook, type WebhookDelivery } from './webhook-client';

/**
 * The console's stand-in for Freshdesk's automation rules: a form to paste what Deskbridge's
 * Webhook view shows (URL, the secret header, the JSON content), the webhooks pasted so far (header
 * names only: the sandbox never lists values) and the latest deliveries with the status Deskbridge
 * answered, which is how a person sees a wrong secret or a stale URL refused.
 */

export const DESKBRIDGE_HEADER = 'X-Deskbridge-Secret';

/** The shape of the content Deskbridge asks for (its Webhook view has the exact one to paste). */
const CONTENT_EXAMPLE = `{"ticket_id":"{{ticket.id}}","event":"ticket.updated","sent_at":"{{ 'now' | date: '%s' }}"}`;

export type WebhooksView = { ok: true; targets: PastedWebhook[]; deliveries: WebhookDelivery[] } | { ok: false; message: string };

export async function loadWebhooks(targets: SandboxTargets | undefined): Promise<WebhooksView> {
  const account = targets && freshdeskAccount(targets);
  if (!account) return { ok: false, message: 'The Freshdesk sandbox is not running on this site.' };
  try {
    return { ok: true, ...(await listPastedWebhooks(account.url)) };
  } catch (error) {
    if (error instanceof ConsoleError) return { ok: false, message: error.message };
    throw error;
  }
}

export function renderWebhooks(view: WebhooksView, actor: string): Html {
  const title = html`<h2>Freshdesk webhooks (stands in for Freshdesk's automation rules)</h2>`;
  if (!view.ok) return section(html`${title}<p class="problem" data-testid="fd-webhooks-problem">${view.message}</p>`);
  const paste = postForm(
    '/__local/sandboxes/freshdesk/webhooks',
    'fd-webhook-paste',
    actor,
    html`<label class="wide">Callback URL <input name="url" type="url" required maxlength="2000" placeholder="the Webhook URL Deskbridge shows"></label>
      <label>Fires on <select name="rule">${selectOptions(WEBHOOK_RULES.map(({ value, label }) => ({ value, label })), 'both')}</select></label>
      <label>Custom header name <input name="headerName" value="${DESKBRIDGE_HEADER}" maxlength="100"></label>
      <label>Header value <input name="headerValue" type="password" autocomplete="off" maxlength="500" placeholder="the secret, shown once"></label>
      <label class="wide">Content (JSON, "Advanced") <textarea name="payloadTemplate" rows="3" maxlength="5000" placeholder="${CONTENT_EXAMPLE}"></textarea></label>
      <button type="submit">Paste webhook</button>`,
  );
  const pasted = view.targets.length
    ? html`<ul class="targets">${view.targets.map(renderTarget)}</ul>${postForm('/__local/sandboxes/freshdesk/webhooks/clear', 'fd-webhook-clear', actor, html`<button type="submit">Remove every pasted webhook</button>`)}`
    : html`<p class="empty" data-testid="fd-webhooks-empty">No webhook pasted: Freshdesk tells no one about ticket changes (Deskbridge's five-minute poll still finds them).</p>`;
  const deliveries = view.deliveries.length
    ? html`<table class="deliveries"><thead><tr><th>When</th><th>Event</th><th>Answer</th><th>Tries</th><th>To</th></tr></thead><tbody>${view.deliveries.map(renderDelivery)}</tbody></table>`
    : html`<p class="empty">Nothing sent yet.</p>`;
  return section(html`${title}
    <p class="hint">Freshdesk has no API for automation rules: an admin pastes a "Trigger webhook" action into them. Paste here what Deskbridge's Webhook view shows (Integrations → Webhook): the URL, the header with the secret, and the JSON content. The sandbox then sends it after every ticket change made through its API, placeholders filled in.</p>
    <details open><summary>Paste a webhook</summary>${paste}</details>
    <h3>Pasted webhooks</h3>${pasted}
    <h3>Last ${DELIVERIES_SHOWN} deliveries</h3>${deliveries}`);
}

function section(body: Html): Html {
  return html`<section id="freshdesk-webhooks" data-testid="fd-webhooks-section">${body}</section>`;
}

function renderTarget(target: PastedWebhook): Html {
  const fires = WEBHOOK_RULES.find((rule) => sameEvents(rule.events, target.events))?.label ?? `on ${target.events?.join(', ')}`;
  return html`<li data-testid="fd-webhook-target" data-target-id="${target.id}">
    <div><code class="url">${target.url}</code></div>
    <small>${fires} · headers: ${target.headers.length ? target.headers.join(', ') : 'none'} (values not shown)</small>
    ${target.payloadTemplate ? html`<pre class="text">${target.payloadTemplate}</pre>` : ''}</li>`;
}

function renderDelivery(delivery: WebhookDelivery): Html {
  const answer = delivery.dropped ? 'dropped on purpose' : delivery.status !== undefined ? String(delivery.status) : `no answer (${delivery.error ?? 'error'})`;
  const outcome = delivery.dropped ? 'dropped' : delivery.status !== undefined && delivery.status < 300 ? 'ok' : 'refused';
  return html`<tr data-testid="fd-webhook-delivery" data-status="${delivery.status ?? ''}" data-outcome="${outcome}">
    <td>${when(delivery.at)}</td><td>${delivery.label}</td><td class="${outcome}">${answer}</td><td>${delivery.attempts}</td><td><code class="url">${delivery.url}</code></td></tr>`;
}

const sameEvents = (a: readonly string[] | undefined, b: readonly string[] | undefined) => (a ?? []).join(',') === (b ?? []).join(',');
