import { ADMIN_ONLY_PROJECT_PERMISSIONS, PROJECT_PERMISSION_KEYS } from '../permissions/catalogue';
import type { Holder, ProjectRecord, SiteState, UserRecord } from '../state/site-state';
import { SEED_GROUPS, SEED_ISSUE_TYPES, SEED_PROFILES_UPDATED_AT, SEED_PROJECTS, SEED_ROLES, SEED_SERVICE_DESK, SEED_USERS, SEED_SITE, type SeedUserKey } from './seed-ids';
import { seedFields, seedPriorities, seedResolutions } from './seed-fields';
import { engineeringScreens, supportScreens } from './seed-screens';
import { SERVICE_DESK_STATUSES, SERVICE_DESK_TRANSITIONS, SOFTWARE_STATUSES, SOFTWARE_TRANSITIONS } from './seed-workflows';

/**
 * Builds a fresh copy of the seeded site. A function rather than a constant so that every start
 * and every reset gets its own objects: handlers mutate state in place.
 */
export function seedSite(): SiteState {
  const humans = (['admin', 'projectAdmin', 'freshdeskAgent', 'outsider', 'gdprActive', 'gdprClosed'] as const).map((key) => SEED_USERS[key].accountId);
  return {
    baseUrl: SEED_SITE.url,
    cloudId: SEED_SITE.cloudId,
    users: (Object.keys(SEED_USERS) as SeedUserKey[]).map(userRecord),
    groups: [
      { ...SEED_GROUPS.jiraAdmins, memberIds: [SEED_USERS.admin.accountId] },
      { ...SEED_GROUPS.jiraUsers, memberIds: humans },
      { ...SEED_GROUPS.freshdesk, memberIds: [SEED_USERS.freshdeskAgent.accountId] },
    ],
    globalPermissions: {
      ADMINISTER: [SEED_GROUPS.jiraAdmins.groupId],
      SYSTEM_ADMIN: [SEED_GROUPS.jiraAdmins.groupId],
      USER_PICKER: [SEED_GROUPS.jiraUsers.groupId, SEED_GROUPS.jiraAdmins.groupId],
      CREATE_SHARED_OBJECTS: [SEED_GROUPS.jiraUsers.groupId],
      MANAGE_GROUP_FILTER_SUBSCRIPTIONS: [SEED_GROUPS.jiraUsers.groupId],
      BULK_CHANGE: [SEED_GROUPS.jiraUsers.groupId],
    },
    roles: [
      { ...SEED_ROLES.administrators, description: 'A project role that represents administrators in a project' },
      { ...SEED_ROLES.serviceDeskTeam, description: 'Members of the service desk team (agents)' },
      { ...SEED_ROLES.serviceDeskCustomers, description: 'Customers of the service desk' },
    ],
    issueTypes: [
      { ...SEED_ISSUE_TYPES.serviceRequest, description: 'Created by Jira Service Management.', subtask: false, hierarchyLevel: 0 },
      { ...SEED_ISSUE_TYPES.task, description: 'A small, distinct piece of work.', subtask: false, hierarchyLevel: 0 },
      { ...SEED_ISSUE_TYPES.bug, description: 'A problem or error.', subtask: false, hierarchyLevel: 0 },
    ],
    projects: [supportProject(), engineeringProject()],
    serviceDesks: [
      {
        id: SEED_SERVICE_DESK.id,
        projectId: SEED_SERVICE_DESK.projectId,
        customerIds: [SEED_USERS.customerCasey.accountId, SEED_USERS.customerMorgan.accountId],
        requestTypeGroups: [{ id: '1', name: 'General' }],
        requestTypes: [
          {
            ...SEED_SERVICE_DESK.requestTypes.getItHelp,
            description: 'Get help from the IT team.',
            helpText: 'Tell us what you need, in a sentence or two.',
            issueTypeId: SEED_ISSUE_TYPES.serviceRequest.id,
            groupIds: ['1'],
          },
          {
            ...SEED_SERVICE_DESK.requestTypes.reportBug,
            description: 'Something in one of our products is broken.',
            helpText: 'Say what you did, what happened and what you expected.',
            issueTypeId: SEED_ISSUE_TYPES.serviceRequest.id,
            groupIds: ['1'],
          },
        ],
      },
    ],
    priorities: seedPriorities(),
    resolutions: seedResolutions(),
    fields: seedFields(),
    issues: [],
    counters: { nextIssueId: 10001, nextCommentId: 10001, nextIssueNumber: { [SEED_PROJECTS.SUP.id]: 1, [SEED_PROJECTS.ENG.id]: 1 } },
  };
}

/** Accounts whose profile shows the email to anyone; the rest keep it hidden, as most people do. */
const EMAIL_VISIBLE: readonly SeedUserKey[] = ['freshdeskAgent', 'customerCasey'];

function userRecord(key: SeedUserKey): UserRecord {
  const seed = SEED_USERS[key];
  const human = seed.accountType === 'atlassian';
  return {
    accountId: seed.accountId,
    accountType: seed.accountType,
    displayName: seed.displayName,
    active: key !== 'gdprClosed',
    // Apps have no mailbox; people and customers do (whether callers see it is a privacy rule).
    ...(seed.accountType === 'app' ? {} : { emailAddress: `${key.toLowerCase()}@${human ? 'deskbridge-local.example' : 'customers.example'}` }),
    ...(EMAIL_VISIBLE.includes(key) ? { emailVisible: true } : {}),
    ...(key === 'gdprClosed' ? { closed: true } : {}),
    // Atlassian's active test account has not changed since it was made (its id's timestamp).
    profileUpdatedAt: key === 'gdprActive' ? '2018-11-07T02:15:52.000Z' : SEED_PROFILES_UPDATED_AT,
    timeZone: 'Europe/London',
    locale: 'en_GB',
  };
}

/**
 * Grants every project permission to `workers` and `admins`, the admin-only ones to `admins`.
 * SERVICEDESK_AGENT exists only in service projects.
 */
function scheme(workers: Holder[], admins: Holder[], serviceDesk: boolean): Record<string, Holder[]> {
  const keys = PROJECT_PERMISSION_KEYS.filter((key) => serviceDesk || key !== 'SERVICEDESK_AGENT');
  return Object.fromEntries(keys.map((key) => [key, ADMIN_ONLY_PROJECT_PERMISSIONS.includes(key) ? admins : [...admins, ...workers]]));
}

const administrators: Holder = { role: SEED_ROLES.administrators.id };

function supportProject(): ProjectRecord {
  return {
    ...SEED_PROJECTS.SUP,
    description: 'IT and product support requests from customers.',
    leadAccountId: SEED_USERS.projectAdmin.accountId,
    uuid: '0f9e8d7c-6b5a-4f3e-9d2c-1b0a9f8e7d6c',
    issueTypeIds: [SEED_ISSUE_TYPES.serviceRequest.id],
    statuses: structuredClone(SERVICE_DESK_STATUSES),
    transitions: structuredClone(SERVICE_DESK_TRANSITIONS),
    screens: supportScreens(),
    roleActors: {
      [SEED_ROLES.administrators.id]: { users: [SEED_USERS.projectAdmin.accountId], groups: [SEED_GROUPS.jiraAdmins.groupId] },
      [SEED_ROLES.serviceDeskTeam.id]: { users: [SEED_USERS.projectAdmin.accountId], groups: [] },
      [SEED_ROLES.serviceDeskCustomers.id]: { users: [SEED_USERS.customerCasey.accountId, SEED_USERS.customerMorgan.accountId], groups: [] },
    },
    // Agents work the queue; customers use the portal and hold no Jira project permission.
    permissions: scheme([{ role: SEED_ROLES.serviceDeskTeam.id }], [administrators], true),
  };
}

function engineeringProject(): ProjectRecord {
  return {
    ...SEED_PROJECTS.ENG,
    description: 'Product engineering: bugs and tasks escalated from support.',
    leadAccountId: SEED_USERS.admin.accountId,
    uuid: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    issueTypeIds: [SEED_ISSUE_TYPES.task.id, SEED_ISSUE_TYPES.bug.id],
    statuses: structuredClone(SOFTWARE_STATUSES),
    transitions: structuredClone(SOFTWARE_TRANSITIONS),
    screens: engineeringScreens(),
    roleActors: {
      [SEED_ROLES.administrators.id]: { users: [], groups: [SEED_GROUPS.jiraAdmins.groupId] },
    },
    // Every licensed user works in Engineering, the way a default software scheme is set up.
    permissions: scheme([{ group: SEED_GROUPS.jiraUsers.groupId }], [administrators], false),
  };
}
