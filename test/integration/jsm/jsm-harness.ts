import { runInvocation } from '../../../local/runtime/invocation-scope';
import { SEED_SERVICE_DESK, SEED_USERS } from '../../../local/sandbox/jira';
import type { LocalDeskbridge } from '../../../local/local-deskbridge';
import { raiseRequest } from '../../../src/jsm/raise-request';

/** Runs src/jsm code as one Forge invocation of the local runtime (as a web trigger or consumer would call it). */
export const asInvocation = <T>(fn: () => Promise<T>) =>
  runInvocation({ functionKey: 'resolver', moduleKey: 'deskbridge-admin-page', moduleType: 'jira:adminPage', timeoutMs: 20_000 }, fn);

/** The UserFacingError message `promise` rejects with. */
export async function failureOf(promise: Promise<unknown>): Promise<{ kind: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return { kind: (error as { kind?: string }).kind ?? 'none', message: (error as Error).message };
  }
  throw new Error('expected a failure');
}

export const DESK = SEED_SERVICE_DESK.id;
export const GET_IT_HELP = SEED_SERVICE_DESK.requestTypes.getItHelp.id;

/** A fresh request of Casey's in SUP, raised through the service. */
export const newRequest = (summary = 'Laptop will not boot') =>
  asInvocation(() => raiseRequest({ serviceDeskId: DESK, requestTypeId: GET_IT_HELP, customer: { accountId: SEED_USERS.customerCasey.accountId }, summary }));

/** Puts an issue straight into a status in the sandbox's state (what a person did in Jira meanwhile). */
export function placeIn(deskbridge: LocalDeskbridge, key: string, statusId: string): void {
  const issue = deskbridge.sandbox!.site.issues.find((candidate) => candidate.key === key);
  if (!issue) throw new Error(`No issue ${key} in the sandbox`);
  issue.statusId = statusId;
}

export const resetSandbox = (deskbridge: LocalDeskbridge) => fetch(`${deskbridge.jiraUrl}/__sandbox/reset`, { method: 'POST' });
