import type { ReadinessCheck } from '../../shared/jsm';

/**
 * The project permissions Deskbridge needs as the app, each with why. Apps get project permissions
 * through the permission scheme like people do, usually via the atlassian-addons-project-access role.
 */
export const APP_PERMISSIONS = [
  'BROWSE_PROJECTS',
  'CREATE_ISSUES',
  'TRANSITION_ISSUES',
  'ADD_COMMENTS',
  'ASSIGN_ISSUES',
  'SERVICEDESK_AGENT',
  'ADMINISTER_PROJECTS',
  'VIEW_READONLY_WORKFLOW',
] as const;

const NEEDS: [key: string, name: string, why: string][] = [
  ['BROWSE_PROJECTS', 'Browse Projects', 'to read requests and their history'],
  ['CREATE_ISSUES', 'Create Issues', 'to raise requests for help-desk tickets'],
  ['TRANSITION_ISSUES', 'Transition Issues', 'to move requests when the ticket changes status'],
  ['ADD_COMMENTS', 'Add Comments', 'to copy replies and notes onto requests'],
  ['ASSIGN_ISSUES', 'Assign Issues', 'to set who resolved a request'],
];

export function permissionChecks(projectKey: string, held: Record<string, boolean>): ReadinessCheck[] {
  const grant = (name: string) => `Grant ${name} to the app in ${projectKey}'s permission scheme (Project settings → Permissions), for example through the atlassian-addons-project-access role.`;
  const checks: ReadinessCheck[] = NEEDS.map(([key, name, why]) => ({
    id: `permission:${key}`,
    area: 'permissions',
    outcome: held[key] ? 'pass' : 'fail',
    title: `Deskbridge has ${name}`,
    detail: held[key] ? `Deskbridge can ${why.slice(3)}.` : `Deskbridge needs it ${why}.`,
    ...(held[key] ? {} : { fix: grant(name) }),
  }));
  // JSM lets project admins add customers, and agents invite them; either lets Deskbridge add a help desk's requester.
  const addsCustomers = held.SERVICEDESK_AGENT || held.ADMINISTER_PROJECTS;
  checks.push({
    id: 'permission:add-customers',
    area: 'permissions',
    outcome: addsCustomers ? 'pass' : 'fail',
    title: 'Deskbridge can add customers to the desk and raise requests for them',
    detail: addsCustomers
      ? `Deskbridge is ${held.ADMINISTER_PROJECTS ? 'an administrator' : 'an agent'} of ${projectKey} (${held.ADMINISTER_PROJECTS ? 'Administer Projects' : 'Service Desk Agent'}).`
      : 'Without Service Desk Agent (or Administer Projects) Deskbridge cannot add a requester as a customer or raise a request on their behalf.',
    ...(addsCustomers ? {} : { fix: grant('Service Desk Agent') }),
  });
  return checks;
}

/** The check shown instead of the workflow checks when the app may not read the workflows. */
export function workflowAccessCheck(projectKey: string): ReadinessCheck {
  return {
    id: 'permission:read-workflows',
    area: 'workflow',
    outcome: 'unknown',
    title: 'Deskbridge can read the workflows',
    detail: `Jira did not show Deskbridge the workflows of ${projectKey}'s request types, so their transitions could not be checked.`,
    fix: readWorkflowsFix(projectKey),
  };
}

const readWorkflowsFix = (projectKey: string) =>
  `Grant View Read-Only Workflow to the app in ${projectKey}'s permission scheme (Project settings → Permissions); Deskbridge only reads workflows, it never changes them.`;
