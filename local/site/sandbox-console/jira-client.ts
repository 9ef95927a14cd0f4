import { SANDBOX_PASSWORD } from '../../sandbox/jira';
import { adfToText, textToAdf } from './adf-text';
import { callSandbox, jiraProblem } from './sandbox-call';
import { JIRA_PROJECTS, type JiraActor } from './sandbox-targets';

/**
 * The console's Jira REST v3 calls, made as a seeded human with that person's Basic credentials
 * (`<accountId>:forge-local`, see the sandbox Jira README). Jira then raises product events in
 * that person's name, which Deskbridge's ignoreSelf triggers let through; acting as the app
 * would hide every change from the sync engine.
 */

/** The issues of SUP and ENG a page view lists, most recently updated first. */
export const ISSUES_SHOWN = 25;

export interface IssueRow {
  id: string;
  key: string;
  summary: string;
  status: string;
  updated: string;
  /** The `deskbridge` issue property Deskbridge writes on linked issues, when present. */
  link?: { syncState?: string; tool?: string; ticketId?: string };
}

export interface CommentRow {
  id: string;
  author: string;
  text: string;
  created: string;
  /** A JSM internal note (`jsdPublic: false`). */
  internal: boolean;
  /** `role Administrators`, `group jira-admins`, ... when the comment is restricted. */
  restrictedTo?: string;
}

export interface TransitionRow {
  id: string;
  name: string;
  to: string;
  /** The resolutions its screen asks for, when it asks for one. */
  resolutions?: { id: string; name: string }[];
}

export type CommentVisibility = 'public' | 'internal' | 'role:Administrators' | 'group:jira-admins';

export function jiraClient(jiraUrl: string, actor: JiraActor) {
  const request = (method: string, path: string, body?: unknown) =>
    callSandbox(
      'Jira',
      `${jiraUrl}${path}`,
      {
        method,
        headers: {
          authorization: `Basic ${Buffer.from(`${actor.accountId}:${SANDBOX_PASSWORD}`).toString('base64')}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      },
      jiraProblem,
    );
  const issuePath = (key: string) => `/rest/api/3/issue/${encodeURIComponent(key)}`;

  return {
    /** https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post */
    async listIssues(): Promise<IssueRow[]> {
      const jql = `project in (${JIRA_PROJECTS.join(', ')}) ORDER BY updated DESC`;
      const answer = (await request('POST', '/rest/api/3/search/jql', { jql, fields: ['summary', 'status', 'updated'], properties: ['deskbridge'], maxResults: ISSUES_SHOWN })) as {
        issues: { id: string; key: string; fields: { summary: string; status?: { name: string }; updated: string }; properties?: { deskbridge?: IssueRow['link'] } }[];
      };
      return answer.issues.map((issue) => ({
        id: issue.id,
        key: issue.key,
        summary: issue.fields.summary,
        status: issue.fields.status?.name ?? '',
        updated: issue.fields.updated,
        link: issue.properties?.deskbridge,
      }));
    },

    /** https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-get */
    async listComments(key: string): Promise<CommentRow[]> {
      const answer = (await request('GET', `${issuePath(key)}/comment?maxResults=100`)) as {
        comments: { id: string; author?: { displayName?: string }; body: unknown; created: string; jsdPublic?: boolean; visibility?: { type: string; value: string } }[];
      };
      return answer.comments.map((comment) => ({
        id: comment.id,
        author: comment.author?.displayName ?? 'unknown',
        text: adfToText(comment.body),
        created: comment.created,
        internal: comment.jsdPublic === false,
        restrictedTo: comment.visibility ? `${comment.visibility.type} ${comment.visibility.value}` : undefined,
      }));
    },

    /** https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-transitions-get */
    async listTransitions(key: string, transitionId?: string): Promise<TransitionRow[]> {
      const query = new URLSearchParams({ expand: 'transitions.fields', ...(transitionId ? { transitionId } : {}) });
      const answer = (await request('GET', `${issuePath(key)}/transitions?${query}`)) as {
        transitions: { id: string; name: string; to?: { name?: string }; fields?: { resolution?: { allowedValues?: { id: string; name: string }[] } } }[];
      };
      return answer.transitions.map((transition) => ({
        id: transition.id,
        name: transition.name,
        to: transition.to?.name ?? '',
        resolutions: transition.fields?.resolution ? (transition.fields.resolution.allowedValues ?? []) : undefined,
      }));
    },

    /** The issue types a project offers, for the create form. https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-projectidorkey-get */
    async issueTypes(projectKey: string): Promise<{ id: string; name: string }[]> {
      const project = (await request('GET', `/rest/api/3/project/${encodeURIComponent(projectKey)}`)) as { issueTypes?: { id: string; name: string; subtask?: boolean }[] };
      return (project.issueTypes ?? []).filter((type) => !type.subtask).map(({ id, name }) => ({ id, name }));
    },

    /** https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-post */
    async createIssue(input: { projectKey: string; issueTypeId: string; summary: string; description: string }): Promise<{ key: string }> {
      const fields = {
        project: { key: input.projectKey },
        issuetype: { id: input.issueTypeId },
        summary: input.summary,
        ...(input.description.trim() ? { description: textToAdf(input.description) } : {}),
      };
      return (await request('POST', '/rest/api/3/issue', { fields })) as { key: string };
    },

    /**
     * A JSM internal note is a comment with the `sd.public.comment` property `{ internal: true }`;
     * a restricted one carries `visibility`.
     * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-post
     */
    async addComment(key: string, text: string, visibility: CommentVisibility): Promise<void> {
      const [type, value] = visibility.split(':');
      await request('POST', `${issuePath(key)}/comment`, {
        body: textToAdf(text),
        ...(visibility === 'internal' ? { properties: [{ key: 'sd.public.comment', value: { internal: true } }] } : {}),
        ...(value ? { visibility: { type, value } } : {}),
      });
    },

    /** https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-transitions-post */
    async transition(key: string, transitionId: string, resolutionId?: string): Promise<void> {
      await request('POST', `${issuePath(key)}/transitions`, { transition: { id: transitionId }, ...(resolutionId ? { fields: { resolution: { id: resolutionId } } } : {}) });
    },
  };
}

export type JiraClient = ReturnType<typeof jiraClient>;
