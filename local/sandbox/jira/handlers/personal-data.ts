import { badRequest, errorBody, forbidden, HttpError } from '../http-error';
import { accountStatus, parseRfc3339, type AccountStatus } from '../privacy/account-status';
import { objectBody } from '../request-body';
import type { RouteContext, RouteResult } from '../route';

/**
 * The personal data reporting API, which `privacy.reportPersonalData()` in @forge/api calls as the
 * app (`POST /app/report-accounts`, at most 90 accounts a request). It is a platform API, not
 * Jira's, so no OpenAPI description covers it: the contract recorder skips it and unit tests
 * (test/unit/sandbox/jira-sandbox-personal-data.test.ts) hold it to the guide instead.
 */

/** The guide's limit per request; @forge/api splits larger lists into requests of this size. */
export const MAX_ACCOUNTS_PER_REPORT = 90;

/**
 * Reports the accounts an app stores personal data for; answers which to erase (`closed`) and
 * which to fetch again (`updated`), or 204 when there is nothing to do. Every answer but an error
 * carries `Cycle-Period`, the seconds the app must wait before reporting an account again.
 * https://developer.atlassian.com/cloud/jira/platform/user-privacy-developer-guide/#personal-data-reporting-api-reference
 */
export function reportAccounts({ site, caller, body, store }: RouteContext): RouteResult {
  if (caller.accountType !== 'app') throw forbidden('Only apps report the accounts they store personal data for.');
  const admission = store.reporting.admit();
  if (!admission.admitted) {
    const limited = new HttpError(429, ['Rate limit exceeded. Wait for the number of seconds in Retry-After, then send the report again.']);
    return { status: 429, headers: { 'Retry-After': String(admission.retryAfterSeconds) }, body: errorBody('privacy', limited) };
  }
  const reported = readAccounts(body);
  const answers: { accountId: string; status: AccountStatus }[] = [];
  const answered = new Set<string>();
  for (const { accountId, updatedAt } of reported) {
    if (answered.has(accountId)) continue;
    const status = accountStatus(site, accountId, updatedAt);
    if (!status) continue;
    answered.add(accountId);
    answers.push({ accountId, status });
  }
  const headers = { 'Cycle-Period': String(store.reporting.settings.cyclePeriodSeconds) };
  return answers.length > 0 ? { status: 200, headers, body: { accounts: answers } } : { status: 204, headers };
}

/** `{ accounts: [{ accountId, updatedAt }] }`, checked the way the guide describes each field. */
function readAccounts(body: unknown): { accountId: string; updatedAt: number }[] {
  const accounts = objectBody(body).accounts;
  if (!Array.isArray(accounts)) throw badRequest("The request body must be { accounts: [{ accountId, updatedAt }] }: 'accounts' is missing or not an array.");
  if (accounts.length > MAX_ACCOUNTS_PER_REPORT) {
    throw badRequest(`A report may list at most ${MAX_ACCOUNTS_PER_REPORT} accounts; this one lists ${accounts.length}. Split it into several requests.`);
  }
  return accounts.map((entry: unknown, index) => {
    const { accountId, updatedAt } = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
    // "An accountId is 1-128 characters long, and may contain alphanumeric characters, as well as - and :".
    if (typeof accountId !== 'string' || !/^[A-Za-z0-9:-]{1,128}$/.test(accountId)) {
      throw badRequest(`accounts[${index}].accountId must be an Atlassian account id (1-128 letters, digits, '-' or ':').`);
    }
    if (accountId === 'unknown') throw badRequest(`accounts[${index}]: 'unknown' is not an account; do not store or report it.`);
    const parsed = parseRfc3339(updatedAt);
    if (parsed === undefined) {
      throw badRequest(`accounts[${index}].updatedAt must be an RFC 3339 date-time such as 2018-10-25T23:08:51.382Z, not ${JSON.stringify(updatedAt)}.`);
    }
    return { accountId, updatedAt: parsed };
  });
}
