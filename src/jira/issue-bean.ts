import type { AdfDoc, JiraComment, JiraIssue, StatusCategoryKey } from './jira-types';

/**
 * Jira's IssueBean and Comment, as sent, turned into Deskbridge's JiraIssue and JiraComment.
 * Read defensively: a field left out by `fields=` is absent, a cleared one is null.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-get
 */

export interface IssueBean {
  id: string;
  key: string;
  fields?: Record<string, unknown>;
  properties?: Record<string, unknown>;
}

export interface CommentBean {
  id: string;
  body?: unknown;
  author?: { accountId?: string };
  created?: string;
  updated?: string;
  jsdPublic?: boolean;
  visibility?: { type?: string; value?: string };
  properties?: { key: string; value: unknown }[];
}

type Ref = { id?: string; name?: string; accountId?: string; statusCategory?: { key?: string } } | null | undefined;

const EMPTY_DOC: AdfDoc = { type: 'doc', version: 1, content: [] };

export function isAdf(value: unknown): value is AdfDoc {
  return !!value && typeof value === 'object' && (value as AdfDoc).type === 'doc' && Array.isArray((value as AdfDoc).content);
}

export function toJiraIssue(bean: IssueBean): JiraIssue {
  const fields = bean.fields ?? {};
  const ref = (name: string) => fields[name] as Ref;
  const status = ref('status');
  const priority = ref('priority');
  return {
    id: String(bean.id),
    key: bean.key,
    projectId: String(ref('project')?.id ?? ''),
    issueTypeId: String(ref('issuetype')?.id ?? ''),
    summary: typeof fields.summary === 'string' ? fields.summary : '',
    description: isAdf(fields.description) ? fields.description : null,
    status: { id: String(status?.id ?? ''), name: status?.name ?? '', categoryKey: (status?.statusCategory?.key ?? 'new') as StatusCategoryKey },
    labels: Array.isArray(fields.labels) ? (fields.labels as string[]) : [],
    ...(priority?.id ? { priority: { id: String(priority.id), name: priority.name ?? '' } } : {}),
    ...(ref('assignee')?.accountId ? { assigneeAccountId: ref('assignee')!.accountId } : {}),
    ...(ref('reporter')?.accountId ? { reporterAccountId: ref('reporter')!.accountId } : {}),
    created: typeof fields.created === 'string' ? fields.created : '',
    updated: typeof fields.updated === 'string' ? fields.updated : '',
    fields,
    properties: bean.properties ?? {},
  };
}

/** JSM keeps internal notes as the comment property `sd.public.comment` `{ internal: true }`; `jsdPublic: false` says the same. */
export function toJiraComment(bean: CommentBean): JiraComment {
  const properties = Object.fromEntries((bean.properties ?? []).map(({ key, value }) => [key, value]));
  const flag = properties['sd.public.comment'] as { internal?: boolean } | undefined;
  return {
    id: String(bean.id),
    body: isAdf(bean.body) ? bean.body : EMPTY_DOC,
    ...(bean.author?.accountId ? { authorAccountId: bean.author.accountId } : {}),
    created: bean.created ?? '',
    updated: bean.updated ?? bean.created ?? '',
    internal: flag?.internal === true || bean.jsdPublic === false,
    restricted: !!bean.visibility?.value,
    properties,
  };
}
