import type { FieldRecord, IssueCounters, IssueRecord, IssueScreens, PriorityRecord, ResolutionRecord, ScreenField } from './issue-records';

export type * from './issue-records';

/**
 * The whole sandbox site as plain JSON data: one value that can be saved, loaded, reset and
 * inspected by tests. Handlers read and change it; nothing else holds site data, so a reset or
 * a reload can never leave a stale copy behind.
 */

export type AccountType = 'atlassian' | 'app' | 'customer';

export interface UserRecord {
  accountId: string;
  accountType: AccountType;
  displayName: string;
  /** Closed accounts stay in the directory (as Jira keeps them) but cannot sign in. */
  active: boolean;
  emailAddress?: string;
  /**
   * The profile's email visibility lets anyone see the address (Atlassian's "Anyone" setting).
   * Off by default, as on real sites: then only the owner sees it, never the app.
   * https://developer.atlassian.com/cloud/jira/platform/profile-visibility/
   */
  emailVisible?: boolean;
  /** The account was closed: the personal data reporting API answers `closed` for it. */
  closed?: boolean;
  /** When the profile last changed (ISO 8601): reporting answers `updated` if the app's copy is older. */
  profileUpdatedAt?: string;
  timeZone: string;
  locale: string;
}

export interface GroupRecord {
  groupId: string;
  name: string;
  memberIds: string[];
}

/** Who holds a grant: a group (by id, since names can change) or a project role. */
export type Holder = { group: string } | { role: number };

export interface StatusRecord {
  id: string;
  name: string;
  /** Jira's status category key: new, indeterminate or done. */
  category: 'new' | 'indeterminate' | 'done';
}

export interface TransitionRecord {
  id: string;
  name: string;
  /** Status ids the transition starts from; empty means "from any status" (a global transition). */
  from: string[];
  to: string;
  /** The transition's screen; absent means the transition has none. */
  fields?: ScreenField[];
}

export interface IssueTypeRecord {
  id: string;
  name: string;
  description: string;
  subtask: boolean;
  hierarchyLevel: number;
}

export interface ProjectRecord {
  id: string;
  key: string;
  name: string;
  description: string;
  projectTypeKey: 'software' | 'service_desk' | 'business';
  leadAccountId: string;
  uuid: string;
  issueTypeIds: string[];
  statuses: StatusRecord[];
  transitions: TransitionRecord[];
  /** Project role id → actors in this project. */
  roleActors: Record<string, { users: string[]; groups: string[] }>;
  /** The project's permission scheme: project permission key → holders. */
  permissions: Record<string, Holder[]>;
  /** Issue type id → its create and edit screens in this project. */
  screens: Record<string, IssueScreens>;
}

export interface RoleRecord {
  id: number;
  name: string;
  description: string;
}

export interface RequestTypeRecord {
  id: string;
  name: string;
  description: string;
  helpText: string;
  issueTypeId: string;
  groupIds: string[];
}

export interface ServiceDeskRecord {
  id: string;
  projectId: string;
  customerIds: string[];
  /**
   * JSM's customer access setting: true when anyone may raise requests ("open"); absent or false
   * when only the desk's customers may (restricted, the seeded desk), so a request raised on behalf
   * of an account that is not a customer is refused.
   */
  openAccess?: boolean;
  requestTypeGroups: { id: string; name: string }[];
  requestTypes: RequestTypeRecord[];
}

export interface SiteState {
  baseUrl: string;
  cloudId: string;
  users: UserRecord[];
  groups: GroupRecord[];
  /** Global permission key → the groups holding it (Jira grants global permissions to groups only). */
  globalPermissions: Record<string, string[]>;
  roles: RoleRecord[];
  issueTypes: IssueTypeRecord[];
  projects: ProjectRecord[];
  serviceDesks: ServiceDeskRecord[];
  priorities: PriorityRecord[];
  resolutions: ResolutionRecord[];
  /** System and custom fields, as GET /field lists them. */
  fields: FieldRecord[];
  issues: IssueRecord[];
  counters: IssueCounters;
}
