import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';

export interface FoundAccount {
  accountId: string;
  accountType?: string;
}

const sameEmail = (a: string | null | undefined, b: string) => !!a && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The customer of one service desk whose email is `email`, if the desk has one and JSM shows the
 * address to the app. JSM's customer list takes a `query` matched against names and emails; only an
 * exact, visible email counts as a match (a name that happens to contain the text is not one).
 * Experimental in JSM, hence the opt-in header.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/#api-rest-servicedeskapi-servicedesk-servicedeskid-customer-get
 */
export async function findDeskCustomerByEmail(serviceDeskId: string, email: string): Promise<FoundAccount | undefined> {
  const { body } = await requestJira<{ values?: { accountId: string; emailAddress?: string | null }[] }>(
    route`/rest/servicedeskapi/servicedesk/${serviceDeskId}/customer?query=${email}&start=0&limit=50`,
    { as: AS_APP, headers: { 'X-ExperimentalApi': 'opt-in' } },
  );
  const match = (body.values ?? []).find((customer) => sameEmail(customer.emailAddress, email));
  return match ? { accountId: match.accountId, accountType: 'customer' } : undefined;
}

/**
 * Any active account on the site (licensed user or JSM customer of another desk) whose visible
 * email is `email`. Jira matches `query` against display names and emails, and applies each
 * profile's email visibility: an account hiding its email is not found this way, whatever it is.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-user-search/#api-rest-api-3-user-search-get
 */
export async function findAccountByEmail(email: string): Promise<FoundAccount | undefined> {
  const { body } = await requestJira<{ accountId: string; accountType?: string; emailAddress?: string; active?: boolean }[]>(
    route`/rest/api/3/user/search?query=${email}&maxResults=50`,
    { as: AS_APP },
  );
  const match = (body ?? []).find((user) => user.active !== false && sameEmail(user.emailAddress, email));
  return match ? { accountId: match.accountId, accountType: match.accountType } : undefined;
}
