import type { HelpDeskSandboxOptions } from '../help-desks';
import { startVendorSandbox, type VendorSandbox } from '../vendor/vendor-sandbox';
import { handleIntercom } from './dispatch';
import { defaultSeed, SEED_ADMINS, SEED_TOKENS } from './seed';
import { seedFromFile } from './seed-file';
import type { IntercomState } from './state';

/**
 * The sandbox Intercom workspace (REST API 2.15): a stateful loopback server answering for
 * api.intercom.io, api.eu.intercom.io and api.au.intercom.io (whichever the client meant, from
 * `x-forwarded-host`). See README.md for what it serves and how to seed it.
 */
export async function startIntercomSandbox(options: HelpDeskSandboxOptions = {}): Promise<VendorSandbox<IntercomState>> {
  // A seed file is read and checked now, so a bad one stops the start with file:line: reason.
  const seed = options.seedFile ? seedFromFile(options.seedFile) : defaultSeed;
  return startVendorSandbox<IntercomState>({
    name: 'intercom',
    statePath: options.statePath,
    contract: options.contract,
    seed,
    handle: handleIntercom,
    pasteWebhooks: true,
  });
}

/**
 * Connection details of the seeded workspace: `secret` is Ada Lovelace's token (an admin with an
 * inbox seat); `limitedSecret` is Lee Viewer's, valid but without an inbox seat. Any other token
 * gets Intercom's 401. Intercom has no username.
 */
export const INTERCOM_SANDBOX = {
  domain: 'api.intercom.io',
  username: undefined as string | undefined,
  secret: SEED_TOKENS.full,
  limitedSecret: SEED_TOKENS.limited,
  /** The admin each token acts for. */
  adminId: SEED_ADMINS.ada.id,
  limitedAdminId: SEED_ADMINS.lee.id,
} as const;

export { SEED_ADMINS, SEED_APP, SEED_CONTACTS, SEED_TAGS, SEED_TOKENS, defaultSeed } from './seed';
export { ROUTES as INTERCOM_ROUTES } from './routes';
export type { IntercomState } from './state';
