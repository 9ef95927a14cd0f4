import { ok, type RouteContext, type RouteResult } from '../route';
import { SEED_USERS, type SeedUserKey } from '../seed/seed-ids';
import { SYNTHETIC_PREFIX } from '../seed/synthetic-users';

/**
 * The sandbox's own endpoints (not Jira's): what the local site needs to offer "act as" choices
 * and to start over. They are outside every spec, so the contract recorder skips them.
 */

const KEY_BY_ACCOUNT = new Map((Object.keys(SEED_USERS) as SeedUserKey[]).map((key) => [SEED_USERS[key].accountId as string, key]));

/**
 * Every account on the site but the synthetic ones (which may number 100,000; they are counted in
 * `syntheticUsers` and listed by users/search); seeded ones carry the short key tests and the local site use.
 */
export function listSandboxUsers({ site }: RouteContext): RouteResult {
  const synthetic = (accountId: string) => accountId.startsWith(SYNTHETIC_PREFIX);
  return ok({
    syntheticUsers: site.users.reduce((count, user) => count + (synthetic(user.accountId) ? 1 : 0), 0),
    users: site.users.filter((user) => !synthetic(user.accountId)).map((user) => ({
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
