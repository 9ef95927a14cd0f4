import type { HelpDeskSandboxOptions } from '../help-desks';
import { startVendorSandbox, type VendorSandbox } from '../vendor/vendor-sandbox';
import { RateLimiter } from './rate-limit';
import { handleFreshdesk } from './router';
import { loadFreshdeskSeedFile } from './seed-file';
import { seedFreshdesk } from './seed';
import type { FreshdeskState } from './state';

export type FreshdeskSandbox = VendorSandbox<FreshdeskState> & {
  /** The account-wide per-minute credits (cleared by reset). */
  rateLimiter: RateLimiter;
};

/**
 * The sandbox Freshdesk (README.md): one account, reached through egress routing at its own
 * host, speaking API v2 with Freshdesk's auth, errors, paging and rate-limit headers.
 */
export async function startFreshdeskSandbox(options: HelpDeskSandboxOptions = {}): Promise<FreshdeskSandbox> {
  // A bad seed file fails here, at start, with file:line: reason.
  const seed = options.seedFile ? (loadFreshdeskSeedFile(options.seedFile), () => loadFreshdeskSeedFile(options.seedFile!)) : seedFreshdesk;
  const rateLimiter = new RateLimiter();
  const sandbox = (await startVendorSandbox<FreshdeskState>({
    name: 'freshdesk',
    statePath: options.statePath,
    contract: options.contract,
    seed,
    handle: (request, state, webhooks) => handleFreshdesk(request, state, rateLimiter, webhooks),
    pasteWebhooks: true,
  })) as FreshdeskSandbox;
  const reset = sandbox.reset;
  sandbox.reset = () => {
    reset();
    rateLimiter.reset();
  };
  sandbox.rateLimiter = rateLimiter;
  return sandbox;
}

export { FRESHDESK_SANDBOX, seedFreshdesk } from './seed';
export { FRESHDESK_ROUTES } from './router';
export { loadFreshdeskSeedFile } from './seed-file';
export type { FreshdeskState } from './state';
