/**
 * The permissions the sandbox knows, with Jira's keys and ids. A key outside this list is
 * "invalid" the way Jira says it (400 from /permissions/check and /mypermissions), so adding a
 * permission the app starts asking for is one line here.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-permissions/#api-rest-api-3-permissions-get
 */

export interface PermissionDefinition {
  id: string;
  key: string;
  name: string;
  type: 'GLOBAL' | 'PROJECT';
  description: string;
}

const global = (id: string, key: string, name: string, description: string): PermissionDefinition => ({ id, key, name, type: 'GLOBAL', description });
const project = (id: string, key: string, name: string, description: string): PermissionDefinition => ({ id, key, name, type: 'PROJECT', description });

export const PERMISSIONS: PermissionDefinition[] = [
  global('0', 'ADMINISTER', 'Administer Jira', 'Create and administer projects, issue types, fields, workflows, and schemes for all projects.'),
  global('44', 'SYSTEM_ADMIN', 'Administer Jira system', 'Configure Jira system settings.'),
  global('27', 'USER_PICKER', 'Browse users and groups', 'View and select users or groups from the user picker, and share issues.'),
  global('22', 'CREATE_SHARED_OBJECTS', 'Share dashboards and filters', 'Share dashboards and filters with other users.'),
  global('24', 'MANAGE_GROUP_FILTER_SUBSCRIPTIONS', 'Manage group filter subscriptions', 'Create and delete group filter subscriptions.'),
  global('33', 'BULK_CHANGE', 'Make bulk changes', 'Modify collections of issues at once.'),
  project('23', 'ADMINISTER_PROJECTS', 'Administer Projects', 'Ability to administer a project in Jira.'),
  project('10', 'BROWSE_PROJECTS', 'Browse Projects', 'Ability to browse projects and the issues within them.'),
  project('11', 'CREATE_ISSUES', 'Create Issues', 'Ability to create issues.'),
  project('12', 'EDIT_ISSUES', 'Edit Issues', 'Ability to edit issues.'),
  project('46', 'TRANSITION_ISSUES', 'Transition Issues', 'Ability to transition issues.'),
  project('13', 'ASSIGN_ISSUES', 'Assign Issues', 'Ability to assign issues to other people.'),
  project('17', 'ASSIGNABLE_USER', 'Assignable User', 'Users with this permission may be assigned to issues.'),
  project('14', 'RESOLVE_ISSUES', 'Resolve Issues', 'Ability to resolve and reopen issues.'),
  project('18', 'CLOSE_ISSUES', 'Close Issues', 'Ability to close issues.'),
  project('16', 'DELETE_ISSUES', 'Delete Issues', 'Ability to delete issues.'),
  project('21', 'LINK_ISSUES', 'Link Issues', 'Ability to link issues together.'),
  project('15', 'ADD_COMMENTS', 'Add Comments', 'Ability to comment on issues.'),
  project('34', 'EDIT_ALL_COMMENTS', 'Edit All Comments', 'Ability to edit all comments made on issues.'),
  project('36', 'DELETE_ALL_COMMENTS', 'Delete All Comments', 'Ability to delete all comments made on issues.'),
  project('35', 'EDIT_OWN_COMMENTS', 'Edit Own Comments', 'Ability to edit own comments made on issues.'),
  project('37', 'DELETE_OWN_COMMENTS', 'Delete Own Comments', 'Ability to delete own comments made on issues.'),
  project('45', 'VIEW_READONLY_WORKFLOW', 'View Read-Only Workflow', 'Users with this permission may view a read-only version of a workflow.'),
  project('-1', 'SERVICEDESK_AGENT', 'Service Desk Agent', 'Allows users to interact with customers and access Jira Service Management features of a project.'),
];

const BY_KEY = new Map(PERMISSIONS.map((permission) => [permission.key, permission]));

export function findPermission(key: string): PermissionDefinition | undefined {
  return BY_KEY.get(key);
}

export const GLOBAL_PERMISSION_KEYS = PERMISSIONS.filter((p) => p.type === 'GLOBAL').map((p) => p.key);
export const PROJECT_PERMISSION_KEYS = PERMISSIONS.filter((p) => p.type === 'PROJECT').map((p) => p.key);

/** Permissions that only the Administrators role holds in the seeded schemes. */
export const ADMIN_ONLY_PROJECT_PERMISSIONS = ['ADMINISTER_PROJECTS', 'DELETE_ISSUES', 'EDIT_ALL_COMMENTS', 'DELETE_ALL_COMMENTS'];
