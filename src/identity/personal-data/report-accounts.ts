import { privacy } from '@forge/api';
import { Queue, type AsyncEvent } from '@forge/events';
import { KEY, QUEUE } from '../../storage/keys';
import { claim } from '../event-claim';
import { accountKeyOf } from '../identity-keys';
import { eraseAccount, refreshAccount } from './erase-account';
import type { ReportEvent } from './report-walker';

/** How often one report may be pushed back for a 429 before it counts as a failure. */
const MAX_RATE_LIMITED = 20;

/**
 * One report request: up to 90 accounts with the time Deskbridge last copied their data, sent
 * with `privacy.reportPersonalData()` (scope report:personal-data). Atlassian answers which were
 * closed (erase them everywhere) and which changed since (refresh them).
 *
 * A 429 pushes the same report again, after the API's Retry-After plus a little spread (so the
 * pushed-back reports do not collide again), as a new event: Forge's own retries (four) would be
 * used up by a rate limit lower than the walk's pace, and the accounts would go unreported.
 * Other failures throw and Forge retries them. Each account is erased or refreshed once per cycle
 * (a claim), and both are idempotent, so a retried event does no harm.
 * https://developer.atlassian.com/cloud/jira/platform/user-privacy-developer-guide/#personal-data-reporting-api-reference
 */
export async function reportAccounts(event: AsyncEvent): Promise<void> {
  const report = event.body as unknown as ReportEvent;
  let answers;
  try {
    answers = await reportOnce(report);
  } catch (error) {
    const status = (error as { status?: number }).status;
    const rateLimited = (report.rateLimited ?? 0) + 1;
    if (status === 429 && rateLimited <= MAX_RATE_LIMITED) {
      const retryAfter = Math.max(1, Math.ceil(Number((error as Response).headers?.get('retry-after')) || 5));
      const body: ReportEvent = { ...report, rateLimited };
      await new Queue({ key: QUEUE.personalData }).push({ body: { ...body }, delayInSeconds: Math.min(900, retryAfter + Math.floor(Math.random() * (retryAfter + 2))) });
      return;
    }
    // The SDK rejects with the raw response, whose body may hold personal data: name the status only.
    if (status !== undefined) throw new Error(`The personal data reporting API answered ${status}`);
    throw new Error(`The personal data reporting API could not be reached (${(error as Error | undefined)?.name ?? 'unknown error'})`);
  }
  for (const { accountId, status } of answers) {
    if (status !== 'closed' && status !== 'updated') continue;
    // An account held in several stores is reported by each; the first answer acts on all of them.
    const action = status === 'closed' ? 'erase' : 'refresh';
    if (!(await claim(KEY.accountClaim(report.cycleId, action, await accountKeyOf(accountId)), event.eventId))) continue;
    if (status === 'closed') await eraseAccount(accountId);
    else await refreshAccount(accountId);
  }
}

/** One request; a network failure (fetch rejects with a TypeError) is tried once more at once, as requestJira does. */
async function reportOnce(report: ReportEvent) {
  const accounts = report.accounts.map(([accountId, at]) => ({ accountId, updatedAt: new Date(at).toISOString() }));
  try {
    return await privacy.reportPersonalData(accounts);
  } catch (error) {
    if ((error as Error | undefined)?.name !== 'TypeError') throw error;
    return privacy.reportPersonalData(accounts);
  }
}
