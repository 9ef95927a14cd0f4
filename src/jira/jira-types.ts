/**
 * The shapes Deskbridge reads from Jira's issue endpoints, reduced to what sync needs and named
 * in Deskbridge's terms (ids, not REST envelopes). Raw `fields` stay available for custom fields,
 * whose shapes depend on the site's configuration.
 */

/** An Atlassian Document Format document: what Jira v3 takes and gives for rich text. */
export type AdfDoc = { type: 'doc'; version: 1; content: unknown[] };

/** Jira's status categories: To Do, In Progress, Done. */
export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface JiraStatusRef {
  id: string;
  name: string;
  categoryKey: StatusCategoryKey;
}

export interface JiraIssue {
  id: string;
  key: string;
  projectId: string;
  issueTypeId: string;
  summary: string;
  description: AdfDoc | null;
  status: JiraStatusRef;
  labels: string[];
  priority?: { id: string; name: string };
  assigneeAccountId?: string;
  reporterAccountId?: string;
  created: string;
  updated: string;
  /** The fields as Jira sent them, keyed by field id (custom fields included). */
  fields: Record<string, unknown>;
  /** The entity properties asked for, by key. */
  properties: Record<string, unknown>;
}

export interface JiraComment {
  id: string;
  body: AdfDoc;
  authorAccountId?: string;
  created: string;
  updated: string;
  /** A JSM internal note (comment property `sd.public.comment` `{ internal: true }`): agents only. */
  internal: boolean;
  /** Limited to a role or group (`visibility`): not everyone who sees the issue sees it. */
  restricted: boolean;
  properties: Record<string, unknown>;
}

export interface JiraTransition {
  id: string;
  name: string;
  to: JiraStatusRef;
  /** The transition screen's fields by id (empty unless asked for, or when it has no screen). */
  fields: Record<string, { required: boolean; name: string }>;
}

/** A field as a screen (create, edit, transition) offers it. */
export interface JiraScreenField {
  id: string;
  name: string;
  required: boolean;
  /** Jira's JsonTypeBean type: string, number, date, option, user, array, priority, ... */
  type: string;
  /** For arrays: the item type. */
  items?: string;
  /** For custom fields: the custom type key, e.g. `com.atlassian.jira.plugin.system.customfieldtypes:select`. */
  custom?: string;
  /** For select fields, and fields with fixed choices (priority, resolution). */
  allowedValues?: { id: string; name: string }[];
}

export interface JiraField {
  id: string;
  name: string;
  custom: boolean;
  type?: string;
  items?: string;
  customType?: string;
  clauseNames: string[];
}

export interface JiraPriority {
  id: string;
  name: string;
}

/** The statuses of one issue type in a project. */
export interface JiraIssueTypeStatuses {
  issueTypeId: string;
  issueTypeName: string;
  statuses: JiraStatusRef[];
}

/** Input of createIssue and bulkCreateIssues. */
export interface CreateIssueInput {
  projectId: string;
  issueTypeId: string;
  summary: string;
  description?: AdfDoc | null;
  labels?: string[];
  /** A priority by name, as help desks name them (Jira matches names case-insensitively). */
  priorityName?: string;
  assigneeAccountId?: string;
  reporterAccountId?: string;
  /** More fields by id, in Jira's REST value shapes (`{ customfield_10103: { value: 'Premium' } }`). */
  fields?: Record<string, unknown>;
  /** Entity properties to set in the same call (the link data, so it exists from the first event on). */
  properties?: { key: string; value: unknown }[];
}
