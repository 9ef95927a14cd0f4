import { badRequest } from '../http-error';
import type { IssueRecord } from '../state/site-state';
import { compile, sortIssues } from './jql-evaluate';
import type { SearchContext } from './jql-fields';
import { parseJql } from './jql-parser';

/**
 * Runs a JQL query over the issues `canSee` lets through. The enhanced search API refuses
 * unbounded queries (no clause at all), as Jira does, so every search says what it wants.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post
 */
export function runJql(context: SearchContext, jql: string, canSee: (issue: IssueRecord) => boolean): IssueRecord[] {
  const query = parseJql(jql);
  if (!query.where) throw badRequest('Unbounded JQL queries are not allowed here. Please add a search restriction to your query.');
  const matches = compile(context, query.where);
  return sortIssues(context, context.site.issues.filter((issue) => canSee(issue) && matches(issue)), query.orderBy);
}
