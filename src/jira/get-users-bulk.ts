import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';
import type { JiraUser } from './get-myself';

interface UserPage {
  values: JiraUser[];
  isLast?: boolean;
  startAt?: number;
}

/** Ids per request: Jira pages this operation, and long query strings fail at proxies first. */
export const BULK_USERS_PER_REQUEST = 100;
const MAX_QUERY_CHARS = 6_000;

/**
 * The accounts among `accountIds` that exist, read as the app in as few requests as the URL
 * length allows (usually one per 100 ids). Unknown ids are simply absent from the answer.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-users/#api-rest-api-3-user-bulk-get
 */
export async function getUsersBulk(accountIds: string[]): Promise<JiraUser[]> {
  const found: JiraUser[] = [];
  for (const chunk of chunks([...new Set(accountIds)])) {
    for (let startAt = 0; ; ) {
      const ids = new URLSearchParams(chunk.map((id) => ['accountId', id]));
      const { body } = await requestJira<UserPage>(route`/rest/api/3/user/bulk?startAt=${startAt}&maxResults=${BULK_USERS_PER_REQUEST}&${ids}`, {
        as: AS_APP,
      });
      found.push(...body.values);
      if (body.isLast !== false || body.values.length === 0) break;
      startAt += body.values.length;
    }
  }
  return found;
}

/** Groups ids so that each request stays under both the page size and a safe URL length. */
function chunks(ids: string[]): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const id of ids) {
    const cost = id.length + 'accountId=&'.length;
    if (current.length === BULK_USERS_PER_REQUEST || (current.length > 0 && length + cost > MAX_QUERY_CHARS)) {
      groups.push(current);
      current = [];
      length = 0;
    }
    current.push(id);
    length += cost;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
