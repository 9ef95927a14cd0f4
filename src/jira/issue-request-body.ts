import type { CreateIssueInput } from './jira-types';

/**
 * The create-issue body Jira takes (`{ fields, properties }`), from Deskbridge's input. Shared by
 * createIssue and bulkCreateIssues so both send exactly the same thing.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-post
 */
export function createIssueBody(input: CreateIssueInput): Record<string, unknown> {
  return {
    fields: {
      ...input.fields,
      project: { id: input.projectId },
      issuetype: { id: input.issueTypeId },
      summary: input.summary,
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.labels ? { labels: input.labels } : {}),
      ...(input.priorityName ? { priority: { name: input.priorityName } } : {}),
      ...(input.assigneeAccountId ? { assignee: { accountId: input.assigneeAccountId } } : {}),
      ...(input.reporterAccountId ? { reporter: { accountId: input.reporterAccountId } } : {}),
    },
    ...(input.properties?.length ? { properties: input.properties } : {}),
  };
}
