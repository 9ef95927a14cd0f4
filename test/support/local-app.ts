import path from 'node:path';
import { startLocalDeskbridge, type LocalDeskbridge, type LocalDeskbridgeOptions } from '../../local/local-deskbridge';
import { SEED_USERS } from '../../local/sandbox/jira';
import { LOCAL_PAGES, type LocalPage } from '../../local/site/local-pages';
import type { Result } from '../../src/shared/result';

export const repoRoot = path.resolve(__dirname, '../..');

/** The four roles of DESIGN.md §2, each as a seeded user on the page where that role works. */
export const ROLES = {
  jiraAdmin: { accountId: SEED_USERS.admin.accountId, page: 'admin' },
  projectAdmin: { accountId: SEED_USERS.projectAdmin.accountId, page: 'project' },
  toolMember: { accountId: SEED_USERS.freshdeskAgent.accountId, page: 'global' },
  outsider: { accountId: SEED_USERS.outsider.accountId, page: 'global' },
} as const;
export type Role = keyof typeof ROLES;
export const ROLE_NAMES = Object.keys(ROLES) as Role[];

/** Deskbridge on the local runtime, in memory, for one test file. */
export function useLocalDeskbridge(options: Partial<LocalDeskbridgeOptions> = {}) {
  const holder = {} as { deskbridge: LocalDeskbridge };
  beforeAll(async () => {
    holder.deskbridge = await startLocalDeskbridge({ repoRoot, port: 0, ...options });
  });
  afterAll(() => holder.deskbridge?.close());
  return holder;
}

/** Invokes a resolver the way the Custom UI does, as `accountId` on `page`. */
export async function invokeResolver<T = unknown>(
  deskbridge: LocalDeskbridge,
  as: { accountId: string; page: LocalPage['key'] | string },
  functionKey: string,
  payload: unknown = {},
): Promise<Result<T>> {
  const page = LOCAL_PAGES.find((candidate) => candidate.key === as.page)!;
  const module = deskbridge.runtime.manifest.uiModules.find((candidate) => candidate.type === page.moduleType)!;
  return (await deskbridge.runtime.invokeResolver({
    moduleKey: module.key,
    functionKey,
    payload,
    accountId: as.accountId,
    extension: page.extension,
  })) as Result<T>;
}

/** Like invokeResolver, for calls that must succeed: returns the data or fails the test with the error. */
export async function invokeOk<T = any>(deskbridge: LocalDeskbridge, as: { accountId: string; page: string }, functionKey: string, payload: unknown = {}): Promise<T> {
  const answer = await invokeResolver<T>(deskbridge, as, functionKey, payload);
  if (!answer.ok) throw new Error(`${functionKey} failed: ${answer.error.kind}: ${answer.error.message}`);
  return answer.data;
}
