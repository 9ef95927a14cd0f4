import { listAllIntegrations } from '../../integrations/integration-store';
import { listDeskCustomers, type DeskCustomer } from '../../jira/list-desk-customers';
import { listServiceDesks } from '../../jira/list-service-desks';
import { UserFacingError } from '../../shared/errors';
import { getDirectoryBatch, KVS_BATCH, saveDirectoryBatch } from './directory-store';
import type { DirectoryRun } from './directory-run';
import { toDirectoryUser } from './directory-user';

/**
 * The service desks whose customers matter: those of projects some integration targets.
 * Customers of other desks are no requester Deskbridge will ever map, so they are not read (any tool's
 * integration counts: a JSM desk can be the target of any help desk).
 */
async function desksOfIntegrations(): Promise<string[]> {
  const projects = new Set((await listAllIntegrations()).map((integration) => integration.projectId));
  if (projects.size === 0) return [];
  return (await listServiceDesks()).filter((desk) => projects.has(desk.projectId)).map((desk) => desk.id);
}

/**
 * One page of one desk's customers, merged into the directory: a customer already stored by this
 * run (from /users/search, without an email) gains the emailKey JSM shows; one not listed there is
 * added as accountType customer. A desk that cannot be read is skipped and marks the run
 * incomplete (so nobody is removed at its end), rather than failing the whole directory.
 */
export async function customersStep(run: DirectoryRun): Promise<number> {
  const checkpoint = run.checkpoint!;
  checkpoint.desks ??= await desksOfIntegrations();
  const desk = checkpoint.desks[checkpoint.deskIndex];
  if (desk === undefined) {
    checkpoint.phase = 'sweep';
    return 0;
  }
  let page;
  try {
    page = await listDeskCustomers(desk, checkpoint.deskStart);
  } catch (error) {
    if (!(error instanceof UserFacingError) || !['forbidden', 'not-found', 'invalid'].includes(error.kind)) throw error;
    checkpoint.incomplete = `The customers of service desk ${desk} could not be read (${error.kind}); give Deskbridge access to them. Until then, no account is removed from the directory.`;
    nextDesk(run);
    return 0;
  }
  for (let i = 0; i < page.customers.length; i += KVS_BATCH) await mergeCustomers(run, page.customers.slice(i, i + KVS_BATCH));
  run.processed += page.customers.length;
  if (page.isLastPage) nextDesk(run);
  else checkpoint.deskStart += page.customers.length; // what JSM gave, in case it capped the page
  return page.customers.length;
}

function nextDesk(run: DirectoryRun): void {
  run.checkpoint!.deskIndex += 1;
  run.checkpoint!.deskStart = 0;
}

async function mergeCustomers(run: DirectoryRun, customers: DeskCustomer[]): Promise<void> {
  const active = customers.filter((customer) => customer.active !== false);
  const existing = await getDirectoryBatch(active.map((customer) => customer.accountId));
  const fetchedAt = Date.now();
  const entries = await Promise.all(
    active.map(async (customer) => {
      const before = existing.get(customer.accountId);
      const seenThisRun = before?.seenRun === run.runId;
      const fresh = await toDirectoryUser({ accountType: before?.accountType ?? 'customer', active: true, emailAddress: customer.emailAddress ?? undefined }, run.runId, fetchedAt);
      const emailKey = fresh.emailKey ?? (seenThisRun ? before?.emailKey : undefined);
      if (!seenThisRun) run.users += 1;
      if (emailKey && !(seenThisRun && before?.emailKey)) run.withEmail += 1;
      return { accountId: customer.accountId, user: { ...fresh, ...(emailKey ? { emailKey } : {}) } };
    }),
  );
  await saveDirectoryBatch(entries);
}
