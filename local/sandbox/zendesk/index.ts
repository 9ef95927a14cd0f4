import type { HelpDeskSandboxOptions } from '../help-desks';
import { startVendorSandbox, type VendorSandbox } from '../vendor/vendor-sandbox';
import { route } from './router';
import { seedState } from './seed';
import type { ZendeskSandboxState } from './state';

/**
 * The sandbox Zendesk Support account: a stateful loopback server that speaks the parts of the
 * Support API Deskbridge uses, with Zendesk's auth, error bodies and rate-limit headers
 * (README.md beside this file). The seed is read once at start, so a broken seed file fails
 * the start rather than a later reset.
 */
export async function startZendeskSandbox(options: HelpDeskSandboxOptions = {}): Promise<VendorSandbox<ZendeskSandboxState>> {
  seedState(options.seedFile);
  return startVendorSandbox<ZendeskSandboxState>({
    name: 'zendesk',
    statePath: options.statePath,
    contract: options.contract,
    seed: () => seedState(options.seedFile),
    handle: (request, state, webhooks) => route(request, state, new Date(), webhooks),
  });
}

export { ZENDESK_SANDBOX } from './state';
export type { ZendeskSandboxState } from './state';
