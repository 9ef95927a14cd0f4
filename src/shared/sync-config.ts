/**
 * What an integration syncs and how: the integration editor produces it, the server validates it
 * against Jira and the help desk when it is saved, and the sync engine (src/sync) follows it.
 * Shared with static/ so the editor and the server speak the same shape.
 */

/** Which way changes flow. `none` switches a field (or the whole integration) off. */
export const DIRECTIONS = ['both', 'to-jira', 'to-helpdesk', 'none'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The four status buckets of DESIGN.md (help-desk statuses and Jira statuses both fall into one). */
export const BUCKETS = ['new', 'in-progress', 'waiting', 'resolved'] as const;
export type Bucket = (typeof BUCKETS)[number];

export type CustomFieldType = 'text' | 'number' | 'date' | 'select';

export interface CustomFieldMapping {
  /** The help desk's field name (e.g. Freshdesk `cf_region`, Zendesk field id). */
  ticketField: string;
  /** Jira field id (e.g. `customfield_10042`). */
  jiraFieldId: string;
  type: CustomFieldType;
  direction: Direction;
  /** Select fields: help-desk value → Jira option value (both ways, read backwards for to-helpdesk). */
  valueMap?: Record<string, string>;
}

/** Which help-desk tickets create Jira issues on their own (all listed conditions must hold; empty lists match all). */
export interface TicketFilter {
  statusIds: string[];
  tags: string[];
  priorities: string[];
}

export interface LinkingRules {
  /** New tickets matching `ticketFilter` create an issue. */
  ticketsCreateIssues: boolean;
  ticketFilter: TicketFilter;
  /** New issues matching `issueJql` (within the integration's project) create a ticket. */
  issuesCreateTickets: boolean;
  issueJql: string;
}

export interface FieldRules {
  /** Ticket subject ↔ issue summary. */
  summary: Direction;
  /** Ticket description (HTML) ↔ issue description (Atlassian Document Format). */
  description: Direction;
  /** Help-desk priority name → Jira priority name; read backwards for to-helpdesk. */
  priority: { direction: Direction; valueMap: Record<string, string> };
  /** Ticket tags ↔ issue labels. */
  labels: Direction;
  /** The ticket's requester recorded on the issue (JSM: the request's customer, by the identity map). */
  requester: Direction;
  custom: CustomFieldMapping[];
}

export interface StatusRules {
  direction: Direction;
  /** Help-desk status id → Jira status id (used for to-jira; Jira moves through workflow transitions). */
  toJira: Record<string, string>;
  /** Jira status id → help-desk status id (used for to-helpdesk). */
  toHelpdesk: Record<string, string>;
}

export interface CommentRules {
  /** Public replies ↔ public comments. */
  publicReplies: Direction;
  /** Private notes ↔ internal comments (JSM) or restricted comments (software projects). */
  privateNotes: Direction;
  /** Whether Jira comments go out to the help desk at all. */
  jiraCommentsOut: boolean;
  /** Software projects: the project role a private note is restricted to. */
  restrictedRole: string;
}

export interface SyncConfig {
  /** Sync runs only when enabled (after the review step). */
  enabled: boolean;
  /** The integration-wide direction: a field never syncs wider than this. */
  direction: Direction;
  /** Issue type new issues get (software projects) or the issue type behind `requestTypeId` (JSM). */
  issueTypeId: string;
  /** JSM service desks: the request type new tickets are raised as. */
  requestTypeId?: string;
  linking: LinkingRules;
  fields: FieldRules;
  statuses: StatusRules;
  comments: CommentRules;
}

/** True when a change may flow toward `side` under both the integration's and the field's direction. */
export function flows(integrationDirection: Direction, fieldDirection: Direction, side: 'jira' | 'helpdesk'): boolean {
  const allows = (direction: Direction) => direction === 'both' || direction === (side === 'jira' ? 'to-jira' : 'to-helpdesk');
  return allows(integrationDirection) && allows(fieldDirection);
}
