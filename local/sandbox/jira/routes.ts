import { createGroup, removeGroup } from './handlers/group-lifecycle';
import { addUserToGroup, removeUserFromGroup } from './handlers/group-membership';
import { bulkGetGroups, getUsersFromGroup } from './handlers/groups';
import { getBulkPermissions, getMyPermissions } from './handlers/permissions';
import { reportAccounts } from './handlers/personal-data';
import { getProject, searchProjects } from './handlers/projects';
import { closeAccount, configurePersonalDataReporting, generateUsers, updateAccount } from './handlers/sandbox-accounts';
import { listSandboxUsers, resetSandbox } from './handlers/sandbox-admin';
import { getServerInfo } from './handlers/server-info';
import { getRequestTypes, getServiceDesks } from './handlers/service-desk';
import { getCustomers } from './handlers/service-desk-customers';
import { bulkGetUsers, getAllUsers, getCurrentUser, getUser, getUserGroups } from './handlers/users';
import type { Route } from './route';

/**
 * Every endpoint the sandbox serves. Adding one is a handler in handlers/ plus a line here, with
 * the spec's path template and operationId; the contract test then fails until a test calls it.
 */
export const ROUTES: readonly Route[] = [
  // Jira platform REST v3
  { method: 'GET', path: '/rest/api/3/myself', family: 'jira', operationId: 'getCurrentUser', handle: getCurrentUser },
  { method: 'GET', path: '/rest/api/3/user', family: 'jira', operationId: 'getUser', handle: getUser },
  { method: 'GET', path: '/rest/api/3/user/groups', family: 'jira', operationId: 'getUserGroups', handle: getUserGroups },
  { method: 'GET', path: '/rest/api/3/user/bulk', family: 'jira', operationId: 'bulkGetUsers', handle: bulkGetUsers },
  { method: 'GET', path: '/rest/api/3/users/search', family: 'jira', operationId: 'getAllUsers', handle: getAllUsers },
  { method: 'POST', path: '/rest/api/3/permissions/check', family: 'jira', operationId: 'getBulkPermissions', anonymous: true, handle: getBulkPermissions },
  { method: 'GET', path: '/rest/api/3/mypermissions', family: 'jira', operationId: 'getMyPermissions', handle: getMyPermissions },
  { method: 'GET', path: '/rest/api/3/serverInfo', family: 'jira', operationId: 'getServerInfo', anonymous: true, handle: getServerInfo },
  { method: 'GET', path: '/rest/api/3/project/search', family: 'jira', operationId: 'searchProjects', handle: searchProjects },
  { method: 'GET', path: '/rest/api/3/project/{projectIdOrKey}', family: 'jira', operationId: 'getProject', handle: getProject },
  { method: 'GET', path: '/rest/api/3/group/bulk', family: 'jira', operationId: 'bulkGetGroups', handle: bulkGetGroups },
  { method: 'GET', path: '/rest/api/3/group/member', family: 'jira', operationId: 'getUsersFromGroup', handle: getUsersFromGroup },
  { method: 'POST', path: '/rest/api/3/group', family: 'jira', operationId: 'createGroup', mutates: true, handle: createGroup },
  { method: 'DELETE', path: '/rest/api/3/group', family: 'jira', operationId: 'removeGroup', mutates: true, handle: removeGroup },
  { method: 'POST', path: '/rest/api/3/group/user', family: 'jira', operationId: 'addUserToGroup', mutates: true, handle: addUserToGroup },
  { method: 'DELETE', path: '/rest/api/3/group/user', family: 'jira', operationId: 'removeUserFromGroup', mutates: true, handle: removeUserFromGroup },
  // Jira Service Management REST
  { method: 'GET', path: '/rest/servicedeskapi/servicedesk', family: 'jsm', operationId: 'getServiceDesks', handle: getServiceDesks },
  {
    method: 'GET',
    path: '/rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype',
    family: 'jsm',
    operationId: 'getRequestTypes',
    handle: getRequestTypes,
  },
  { method: 'GET', path: '/rest/servicedeskapi/servicedesk/{serviceDeskId}/customer', family: 'jsm', operationId: 'getCustomers', handle: getCustomers },
  // Personal data reporting (a platform API in no spec; a trailing slash is the same resource)
  { method: 'POST', path: '/app/report-accounts', family: 'privacy', handle: reportAccounts },
  // The sandbox's own controls (no spec, no authentication: loopback only)
  { method: 'GET', path: '/__sandbox/users', family: 'sandbox', anonymous: true, handle: listSandboxUsers },
  { method: 'POST', path: '/__sandbox/reset', family: 'sandbox', anonymous: true, handle: resetSandbox },
  { method: 'POST', path: '/__sandbox/users/generate', family: 'sandbox', anonymous: true, mutates: true, handle: generateUsers },
  { method: 'POST', path: '/__sandbox/accounts/{accountId}/close', family: 'sandbox', anonymous: true, mutates: true, handle: closeAccount },
  { method: 'POST', path: '/__sandbox/accounts/{accountId}/update', family: 'sandbox', anonymous: true, mutates: true, handle: updateAccount },
  { method: 'POST', path: '/__sandbox/personal-data/settings', family: 'sandbox', anonymous: true, handle: configurePersonalDataReporting },
];
