import { TOOLS, toolGroupName, type Me, type Tool } from '../../../src/shared/roles';

/**
 * What each page shows for the caller's role (DESIGN.md §2). The server checks the role again on
 * every resolver call; this only decides which panel or "no access" message to render.
 */

/** How a tool is named to people. Exhaustive over Tool, so a new tool fails the type check here. */
export const TOOL_LABELS: Record<Tool, string> = {
  freshdesk: 'Freshdesk',
  zendesk: 'Zendesk',
  intercom: 'Intercom',
  servicenow: 'ServiceNow',
  jsm: 'Jira Service Management',
};

export interface ToolGroup {
  tool: Tool;
  /** The Jira group, `deskbridge-jira-<tool>`. */
  group: string;
  label: string;
}

const describeTool = (tool: Tool): ToolGroup => ({ tool, group: toolGroupName(tool), label: TOOL_LABELS[tool] });

/** Every group that grants access to Deskbridge's global page, in the order of TOOLS. */
export const allToolGroups = (): ToolGroup[] => TOOLS.map(describeTool);

/** The caller's tool groups, in the order of TOOLS; unknown names from the server are ignored. */
export const memberToolGroups = (me: Me): ToolGroup[] =>
  TOOLS.filter((tool) => me.toolGroups.includes(tool)).map(describeTool);

export type ProjectAccess =
  | { canManage: true; because: 'jira-admin' | 'project-admin' }
  | { canManage: false };

/**
 * Project settings: Jira admins and administrators of this very project manage its integrations.
 * `adminOfProject` names the project the server checked, so it must equal the page's project.
 */
export function projectAccess(me: Me, projectKey: string): ProjectAccess {
  if (me.adminOfProject !== null && me.adminOfProject === projectKey) return { canManage: true, because: 'project-admin' };
  if (me.isJiraAdmin) return { canManage: true, because: 'jira-admin' };
  return { canManage: false };
}

/** Global page: outsiders get "no access"; everyone else sees what their role lets them do. */
export const hasGlobalAccess = (me: Me): boolean => !me.isOutsider;
