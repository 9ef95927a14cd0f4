import type { Tool } from '../../../src/shared/roles';
import type { WebhookSetupView } from '../../../src/shared/sync-links';
import { TOOL_LABELS } from '../access/page-access';

/**
 * What the Webhook view says and offers for one integration, from what `sync-webhook/get`
 * answered: whether Deskbridge registered the webhook itself or the admin must paste it, and
 * which of the three ways to set a secret applies (generate a header secret, paste the vendor's
 * signing secret, or let Deskbridge register it in Zendesk).
 */

export interface WebhookStatus {
  state: 'registered' | 'needs-secret' | 'paste';
  appearance: 'success' | 'warning' | 'information';
  title: string;
  text: string;
}

export function webhookStatus(tool: Tool, view: WebhookSetupView): WebhookStatus {
  const name = TOOL_LABELS[tool];
  if (view.registered) {
    return { state: 'registered', appearance: 'success', title: `Registered in ${name}`, text: `Deskbridge created the webhook in ${name} and keeps its signing secret: there is nothing to paste.` };
  }
  if (view.scheme === 'secret-header') {
    return view.hasSecret
      ? { state: 'paste', appearance: 'information', title: `Paste the webhook into ${name}`, text: `${name} has no API for webhooks: paste the URL, header and body below into it. A secret is set; Deskbridge cannot show it again, so if you no longer have it, generate a new one.` }
      : { state: 'needs-secret', appearance: 'warning', title: 'Not set up yet', text: `Generate a secret, then paste the webhook into ${name}. Until then, ${name} cannot tell Deskbridge about changes (the five-minute poll still catches them).` };
  }
  if (tool === 'zendesk') {
    return { state: 'needs-secret', appearance: 'warning', title: 'Not registered yet', text: 'Let Deskbridge create the webhook and its triggers in Zendesk, or follow the steps below by hand and paste the webhook\'s signing secret here.' };
  }
  return view.hasSecret
    ? { state: 'paste', appearance: 'information', title: `Paste the webhook into ${name}`, text: `The signing secret is set. Subscribe the endpoint in ${name} as the steps below say; Deskbridge refuses any notification not signed with that secret.` }
    : { state: 'needs-secret', appearance: 'warning', title: 'Not set up yet', text: `Subscribe the endpoint in ${name} as the steps below say, then paste the signing secret here: until then Deskbridge refuses every notification.` };
}

export interface WebhookOffers {
  /** `sync-webhook/set-up`: Deskbridge registers the webhook through the vendor's API. */
  setUp: boolean;
  /** `sync-webhook/regenerate-secret`: a secret header value, shown once. */
  generateSecret: boolean;
  /** `sync-webhook/set-signing-secret`: the secret the vendor signs with, pasted by the admin. */
  signingSecret?: { label: string; helper: string };
}

export function webhookOffers(tool: Tool, view: WebhookSetupView): WebhookOffers {
  const signing =
    view.scheme !== 'vendor-signature' || view.registered
      ? undefined
      : tool === 'intercom'
        ? { label: 'Intercom app client secret', helper: 'Developer Hub → your app → Basic information → Client secret.' }
        : { label: `${TOOL_LABELS[tool]} webhook signing secret`, helper: 'Only when you created the webhook by hand: its page → Reveal secret.' };
  return { setUp: tool === 'zendesk' && !view.registered, generateSecret: view.scheme === 'secret-header', signingSecret: signing };
}

/** A header as it is pasted: `Name: value`. */
export const headerLine = (header: { name: string; value: string }): string => `${header.name}: ${header.value}`;

/** A step that is code to paste (a script over several lines) is shown in a code block, not as a sentence. */
export const isCodeStep = (step: string): boolean => step.includes('\n');

/** The header values of an answer that carries a generated secret (the placeholder is `<…>`). */
export function revealedSecret(view: WebhookSetupView | null): { name: string; value: string } | undefined {
  return view?.instructions?.headers.find((header) => !/^<.*>$/.test(header.value));
}
