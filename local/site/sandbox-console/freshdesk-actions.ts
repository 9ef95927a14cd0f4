import type { ActionOutcome, FormFields } from './form-fields';
import { addConversation, createTicket, setStatus } from './freshdesk-client';
import { FRESHDESK_PRIORITIES } from './freshdesk-section';
import { ConsoleError } from './sandbox-call';
import { freshdeskAccount, type SandboxTargets } from './sandbox-targets';

/**
 * What the Freshdesk forms do: each is one Freshdesk API call an agent's action would make, so
 * the sandbox raises whatever webhooks that action raises in Freshdesk. Answers the sentence to
 * show after the redirect and where on the page to land.
 */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `/freshdesk/...` after `/__local/sandboxes`; undefined when the path is not a Freshdesk action. */
export async function freshdeskAction(path: string, form: FormFields, targets: SandboxTargets): Promise<ActionOutcome | undefined> {
  const conversation = /^\/freshdesk\/tickets\/(\d+)\/conversations$/.exec(path);
  const status = /^\/freshdesk\/tickets\/(\d+)\/status$/.exec(path);
  if (path !== '/freshdesk/tickets' && !conversation && !status) return undefined;
  const account = freshdeskAccount(targets);
  if (!account) throw new ConsoleError('The Freshdesk sandbox is not running on this site.');

  if (conversation) {
    const ticketId = Number(conversation[1]);
    const kind = form.oneOf('kind', ['reply', 'note'] as const);
    await addConversation(account, ticketId, kind, form.required('body'));
    return { notice: `${kind === 'reply' ? 'Public reply' : 'Private note'} added to ticket #${ticketId}.`, anchor: `fd-ticket-${ticketId}` };
  }
  if (status) {
    const ticketId = Number(status[1]);
    const value = form.integer('status');
    await setStatus(account, ticketId, value);
    return { notice: `Ticket #${ticketId}: status changed.`, anchor: `fd-ticket-${ticketId}` };
  }
  const email = form.required('email', 254);
  if (!EMAIL.test(email)) throw new ConsoleError('Requester email must be an email address.');
  const priority = form.oneOf(
    'priority',
    FRESHDESK_PRIORITIES.map((choice) => choice.value),
  );
  const tags = form
    .optional('tags', 1000)
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  const created = await createTicket(account, {
    subject: form.required('subject', 255),
    description: form.required('description'),
    email,
    priority: Number(priority),
    tags,
  });
  return { notice: `Ticket #${created.id} created.`, anchor: `fd-ticket-${created.id}` };
}
