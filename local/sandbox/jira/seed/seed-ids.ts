/**
 * Fixed identifiers of the seeded site. The local runtime, the local site and the tests name
 * accounts, groups and projects through these constants, so a seed change is one edit here and
 * every reference follows.
 */

export const SEED_SITE = {
  url: 'https://deskbridge-local.atlassian.net',
  cloudId: '7f1c2b6e-0d4a-4c1b-9a3e-5e6f7a8b9c0d',
} as const;

/** The password every sandbox account signs in with (`Basic base64("<accountId>:forge-local")`). */
export const SANDBOX_PASSWORD = 'forge-local';

export const SEED_USERS = {
  /** Deskbridge's own account: what `api.asApp()` acts as. */
  app: { accountId: '712020:0b5f7d8e-6a1c-4d2e-9f3a-1c2b3d4e5f60', displayName: 'Deskbridge', accountType: 'app' },
  /** Jira admin: member of jira-admins, which holds the global ADMINISTER permission. */
  admin: { accountId: '5b10a2844c20165700ede21a', displayName: 'Alana Admin', accountType: 'atlassian' },
  /** Administrators project role in SUP only. */
  projectAdmin: { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Priya Patel', accountType: 'atlassian' },
  /** Member of deskbridge-jira-freshdesk. */
  freshdeskAgent: { accountId: '5b109f2e9729b51b54dc274d', displayName: 'Felix Fischer', accountType: 'atlassian' },
  /** Member of jira-users only. */
  outsider: { accountId: '5b10a0effa615349cb016cd8', displayName: 'Olga Ortiz', accountType: 'atlassian' },
  /** Atlassian's GDPR test account that stays active. */
  gdprActive: { accountId: '5be24ad8b1653240376955d2', displayName: 'GDPR Test User', accountType: 'atlassian' },
  /** Atlassian's GDPR test account that is closed (active: false). */
  gdprClosed: { accountId: '5be24ba3f91c106033269289', displayName: 'Former user', accountType: 'atlassian' },
  /** JSM portal customers of SUP: not licensed Jira users, members of no group. */
  customerCasey: {
    accountId: 'qm:3c1f6a2e-8d4b-4f7a-9e21-5b6c7d8e9f01:6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d',
    displayName: 'Casey Customer',
    accountType: 'customer',
  },
  customerMorgan: {
    accountId: 'qm:3c1f6a2e-8d4b-4f7a-9e21-5b6c7d8e9f01:1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a',
    displayName: 'Morgan Moreau',
    accountType: 'customer',
  },
} as const;

export type SeedUserKey = keyof typeof SEED_USERS;

/**
 * When every seeded (and synthetic) profile last changed: a fixed past instant, so an app that
 * stored its copy later is told nothing changed until a test changes the profile
 * (`POST /__sandbox/accounts/{accountId}/update`).
 */
export const SEED_PROFILES_UPDATED_AT = '2024-01-01T00:00:00.000Z';

export const SEED_GROUPS = {
  jiraAdmins: { groupId: 'a4c9d1e2-3f4b-4a5c-8d6e-7f8091a2b3c4', name: 'jira-admins' },
  jiraUsers: { groupId: 'b5d0e2f3-4a5c-4b6d-9e7f-8091a2b3c4d5', name: 'jira-users' },
  freshdesk: { groupId: 'c6e1f3a4-5b6d-4c7e-8f90-91a2b3c4d5e6', name: 'deskbridge-jira-freshdesk' },
} as const;

export const SEED_ROLES = {
  administrators: { id: 10002, name: 'Administrators' },
  serviceDeskTeam: { id: 10003, name: 'Service Desk Team' },
  serviceDeskCustomers: { id: 10004, name: 'Service Desk Customers' },
} as const;

export const SEED_ISSUE_TYPES = {
  serviceRequest: { id: '10100', name: 'Service Request' },
  task: { id: '10101', name: 'Task' },
  bug: { id: '10102', name: 'Bug' },
} as const;

export const SEED_PROJECTS = {
  SUP: { id: '10000', key: 'SUP', name: 'Support', projectTypeKey: 'service_desk' },
  ENG: { id: '10001', key: 'ENG', name: 'Engineering', projectTypeKey: 'software' },
} as const;

export const SEED_SERVICE_DESK = {
  id: '1',
  projectId: SEED_PROJECTS.SUP.id,
  requestTypes: {
    getItHelp: { id: '10', name: 'Get IT help' },
    reportBug: { id: '11', name: 'Report a bug' },
  },
} as const;

/** Jira's default priorities, with the ids a new Cloud site gives them. */
export const SEED_PRIORITIES = {
  highest: { id: '1', name: 'Highest' },
  high: { id: '2', name: 'High' },
  medium: { id: '3', name: 'Medium' },
  low: { id: '4', name: 'Low' },
  lowest: { id: '5', name: 'Lowest' },
} as const;

/** Jira's default resolutions. */
export const SEED_RESOLUTIONS = {
  done: { id: '10000', name: 'Done' },
  wontDo: { id: '10001', name: "Won't Do" },
  duplicate: { id: '10002', name: 'Duplicate' },
  cannotReproduce: { id: '10003', name: 'Cannot Reproduce' },
} as const;

/** The site's custom fields, one of each kind a help desk maps onto. */
export const SEED_CUSTOM_FIELDS = {
  region: { id: 'customfield_10100', name: 'Region' },
  seats: { id: 'customfield_10101', name: 'Seats' },
  renewalDate: { id: 'customfield_10102', name: 'Renewal date' },
  plan: { id: 'customfield_10103', name: 'Plan', options: { free: '10200', standard: '10201', premium: '10202' } },
} as const;
