/** Tools whose users may be given access through a `deskbridge-jira-<tool>` group (DESIGN.md §2). */
export const TOOLS = ['freshdesk', 'zendesk', 'intercom', 'servicenow', 'jsm'] as const;
export type Tool = (typeof TOOLS)[number];

export const toolGroupName = (tool: Tool): string => `deskbridge-jira-${tool}`;

/** What the server resolved about the caller, for the UI to hide what the caller can't do. */
export interface Me {
  accountId: string;
  isJiraAdmin: boolean;
  /** Key of the project in the module context when the caller administers it (project settings page). */
  adminOfProject: string | null;
  /** Tools whose `deskbridge-jira-<tool>` group the caller is a member of. */
  toolGroups: Tool[];
  /** True when none of the above holds: the pages show "no access". */
  isOutsider: boolean;
}

/** The app's own Jira account: the identity that replaces the integration user. */
export interface AppIdentity {
  app: { accountId: string; displayName: string; accountType: string };
  site: { url: string };
  callerAccountId: string;
}
