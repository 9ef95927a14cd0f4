import { runJql } from '../jql/search';
import { badRequest } from '../http-error';
import { objectBody, optionalArray, optionalString } from '../request-body';
import { ok, type RouteContext, type RouteResult } from '../route';
import { selectFields, selectProperties } from '../views/field-selection';
import { issueView } from '../views/issue-view';
import { canBrowseIssue } from './issue-access';

/**
 * JQL search, the enhanced way: `nextPageToken` paging (no totals), `fields` defaulting to ids
 * only, `properties` to include entity properties. Only issues the caller may browse are found.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post
 */

/** Jira caps pages at 5000 when only ids are asked for and at 100 otherwise (quietly, like other page sizes). */
const MAX_IDS = 5000;
const MAX_WITH_FIELDS = 100;

export function searchIssuesPost({ site, caller, body, store }: RouteContext): RouteResult {
  const request = objectBody(body);
  const jql = optionalString(request.jql, 'jql') ?? '';
  const fields = selectFields(site, optionalArray(request.fields, 'fields').map(String), 'id');
  const properties = optionalArray(request.properties, 'properties').map(String);
  const requested = request.maxResults === undefined ? 50 : Number(request.maxResults);
  if (!Number.isInteger(requested) || requested < 0) throw badRequest("'maxResults' must be a whole number, zero or more.");
  // A page of none would never advance: at least one.
  const maxResults = Math.max(1, Math.min(requested, fields.size === 0 ? MAX_IDS : MAX_WITH_FIELDS));
  const offset = readToken(optionalString(request.nextPageToken, 'nextPageToken'));

  const found = runJql({ site, caller, indexed: store.indexedProperties, now: new Date() }, jql, (issue) => canBrowseIssue(site, caller, issue));
  const page = found.slice(offset, offset + maxResults);
  const isLast = offset + page.length >= found.length;
  return ok({
    issues: page.map((issue) => issueView(site, issue, fields, properties.length > 0 ? selectProperties(properties) : undefined)),
    ...(isLast ? {} : { nextPageToken: Buffer.from(JSON.stringify({ offset: offset + page.length })).toString('base64url') }),
    isLast,
  });
}

/** Page tokens are opaque to callers; here, the next offset. */
function readToken(token: string | undefined): number {
  if (!token) return 0;
  try {
    const { offset } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { offset?: unknown };
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // fall through
  }
  throw badRequest('The nextPageToken is invalid or has expired.');
}
