import { ok, type RouteContext, type RouteResult } from '../route';
import { SEED_USERS, type SeedUserKey } from '../seed/seed-ids';

/**
 * The sandbox's own endpoints (not Jira's): what the local site needs to offer "act as" choices
 * and to start over. They are outside every spec, so the contract recorder skips them.
 */

const KEY_BY_ACCOUNT = new Map((Object.keys(SEED_USERS) as SeedUserKey[]).map((key) => [SEED_USERS[key].accountId as string, key]));

/** Every account on the site; seeded ones carry the short key tests and the local site use. */
export function listSandboxUsers({ site }: RouteContext): RouteResult {
  return ok({
    users: site.users.map((user) => ({
      key: KEY_BY_ACCOUNT.get(user.accountId) ?? null,
      accountId: user.accountId,
      displayName: user.displayName,
      accountType: user.accountType,
      active: user.active,
    })),
  });
}

/** Back to the seed, saved at once, so a restart does not bring old state back. */
export function resetSandbox({ store }: RouteContext): RouteResult {
  store.reset();
  return ok({ reset: true });
}
