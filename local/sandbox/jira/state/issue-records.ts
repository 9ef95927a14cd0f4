/**
 * Issues, comments and the site configuration they depend on (priorities, resolutions, fields,
 * screens), as plain JSON inside SiteState. Kept apart from site-state.ts so the directory side
 * (users, groups, projects) and the work side (issues) each stay readable on one screen.
 */

/** An Atlassian Document Format document (https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/). */
export interface AdfDocument {
  type: 'doc';
  version: 1;
  content: unknown[];
}

/** Who may see a comment besides the people who can see the issue (Jira's `Visibility`). */
export interface CommentVisibility {
  type: 'role' | 'group';
  value: string;
  identifier?: string;
}

export interface CommentRecord {
  id: string;
  authorAccountId: string;
  /** Who edited it last; the author until someone edits it. */
  updateAuthorAccountId: string;
  body: AdfDocument;
  created: string;
  updated: string;
  /** A JSM internal note: Jira keeps it as the comment property `sd.public.comment` `{ internal: true }`. */
  internal: boolean;
  visibility?: CommentVisibility;
  /** Comment entity properties (the `sd.public.comment` one is derived from `internal`, not stored here). */
  properties: Record<string, unknown>;
}

export interface IssueRecord {
  /** Numeric string; never changes, not even when the issue moves to another project. */
  id: string;
  key: string;
  projectId: string;
  issueTypeId: string;
  summary: string;
  description: AdfDocument | null;
  statusId: string;
  priorityId?: string;
  labels: string[];
  assigneeAccountId?: string;
  reporterAccountId: string;
  creatorAccountId: string;
  resolution?: { id: string; name: string };
  /** When the issue was last resolved (ISO); cleared with the resolution. */
  resolutionDate?: string;
  created: string;
  updated: string;
  /** Custom field id → stored value (select options by option id). */
  customFields: Record<string, unknown>;
  /** Issue entity properties. */
  properties: Record<string, unknown>;
  comments: CommentRecord[];
  /** The JSM request type, for issues raised as service requests. */
  requestTypeId?: string;
  /** Keys the issue had before it moved, oldest first: Jira still resolves them. */
  history: string[];
}

export interface PriorityRecord {
  id: string;
  name: string;
  description: string;
  statusColor: string;
}

export interface ResolutionRecord {
  id: string;
  name: string;
  description: string;
}

/** Jira's `JsonTypeBean`: how a field's value is shaped. */
export interface FieldSchema {
  type: string;
  items?: string;
  system?: string;
  custom?: string;
  customId?: number;
}

export interface FieldRecord {
  id: string;
  name: string;
  custom: boolean;
  schema: FieldSchema;
  /** Names JQL knows the field by. */
  clauseNames: string[];
  orderable: boolean;
  navigable: boolean;
  searchable: boolean;
  /** Options of a select field. */
  options?: { id: string; value: string }[];
}

/** One field on a screen (create, edit or a transition's). */
export interface ScreenField {
  fieldId: string;
  required: boolean;
}

/** The create and edit screens of one issue type in one project. */
export interface IssueScreens {
  create: ScreenField[];
  edit: ScreenField[];
}

export interface IssueCounters {
  nextIssueId: number;
  nextCommentId: number;
  /** Project id → the number the next issue key in that project gets. */
  nextIssueNumber: Record<string, number>;
}
