import type { ActionOutcome, FormFields } from './form-fields';
import { ConsoleError } from './sandbox-call';
import { freshdeskAccount, type SandboxTargets } from './sandbox-targets';
import { pasteWebhook, removePastedWebhooks, WEBHOOK_RULES } from './webhook-client';

/**
 * What the webhook forms do: paste one "Trigger webhook" action (URL, one custom header, the JSON
 * content, which rule fires it) into the Freshdesk sandbox, or remove them all. The form is
 * checked here as Freshdesk's rule editor would: an http(s) URL, a header name made of token
 * characters, content that is JSON. The header value is passed on and never echoed back.
 */

/** RFC 9110 token characters, which is what a header name may be made of. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** `/freshdesk/webhooks...` after `/__local/sandboxes`; undefined when the path is not a webhook action. */
export async function webhookAction(path: string, form: FormFields, targets: SandboxTargets): Promise<ActionOutcome | undefined> {
  if (path !== '/freshdesk/webhooks' && path !== '/freshdesk/webhooks/clear') return undefined;
  const account = freshdeskAccount(targets);
  if (!account) throw new ConsoleError('The Freshdesk sandbox is not running on this site.');
  if (path === '/freshdesk/webhooks/clear') {
    await removePastedWebhooks(account.url);
    return { notice: 'Every pasted Freshdesk webhook was removed.', anchor: 'freshdesk-webhooks' };
  }

  const url = form.required('url', 2000);
  if (!isWebUrl(url)) throw new ConsoleError('Callback URL must be an http or https URL.');
  const rule = WEBHOOK_RULES.find((candidate) => candidate.value === form.oneOf('rule', WEBHOOK_RULES.map((choice) => choice.value)))!;
  const headerName = form.optional('headerName', 100);
  const headerValue = form.optional('headerValue', 500);
  if (headerValue && !headerName) throw new ConsoleError('Custom header name is required when a header value is given.');
  if (headerName && !HEADER_NAME.test(headerName)) throw new ConsoleError('Custom header name may contain only letters, digits and - (no spaces or colons).');
  if (headerName && !headerValue) throw new ConsoleError(`Header value is required: paste the ${headerName} value Deskbridge showed when you generated the secret.`);
  const payloadTemplate = form.optional('payloadTemplate', 5000);
  if (payloadTemplate && !isJson(payloadTemplate)) throw new ConsoleError('Content must be JSON, as Freshdesk\'s "Advanced" content is: paste the body Deskbridge shows.');

  await pasteWebhook(account.url, {
    url,
    headers: headerName ? { [headerName]: headerValue } : {},
    payloadTemplate,
    ...(rule.events ? { events: [...rule.events] } : {}),
  });
  return { notice: `Webhook pasted: Freshdesk now calls ${new URL(url).host} on ${rule.fires}.`, anchor: 'freshdesk-webhooks' };
}

function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function isJson(value: string): boolean {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}
