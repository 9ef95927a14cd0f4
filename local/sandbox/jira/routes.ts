import { addComment, deleteComment, getComment, getComments, updateComment } from './handlers/issue-comments';
import { getAllStatuses, getCreateIssueMetaIssueTypeId, getEditIssueMeta, getFields, getPriorities } from './handlers/issue-meta';
import { deleteIssueProperty, getIssueProperty, getIssuePropertyKeys, setIssueProperty } from './handlers/issue-properties';
import { searchIssuesPost } from './handlers/issue-search';
import { doTransition, getTransitions } from './handlers/issue-transitions';
import { createIssue, createIssues, deleteIssue, editIssue, getIssue } from './handlers/issues';
import { moveIssueControl, replaceWorkflow, setIssueDates } from './handlers/sandbox-issues';
import { createGroup, removeGroup } from './handlers/group-lifecycle';
import { addUserToGroup, removeUserFromGroup } from './handlers/group-membership';
import { bulkGetGroups, getUsersFromGroup } from './handlers/groups';
import { getBulkPermissions, getMyPermissions } from './handlers/permissions';
import { reportAccounts } from './handlers/personal-data';
import { getProject, searchProjects } from './handlers/projects';
import { closeAccount, configurePersonalDataReporting, generateUsers, updateAccount } from './handlers/sandbox-accounts';
import { listSandboxUsers, resetSandbox } from './handlers/sandbox-admin';
import { getServerInfo } from './handlers/server-info';
import { getRequestTypes, getServiceDeskById, getServiceDesks } from './handlers/service-desk';
import { getCustomers } from './handlers/service-desk-customers';
import { bulkGetUsers, findUsers, getAllUsers, getCurrentUser, getUser, getUserGroups } from './handlers/users';
import { addCustomers, createCustomer } from './handlers/customer-accounts';
import { createCustomerRequest, getCustomerRequestByIdOrKey, getCustomerRequests } from './handlers/customer-requests';
import { createRequestComment, getRequestComments } from './handlers/request-comments';
import { getCustomerTransitions, performCustomerTransition } from './handlers/request-transitions';
import { readWorkflows } from './handlers/workflows';
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
  // JSM requests, customers and workflows as the app raises and works them
  { method: 'GET', path: '/rest/servicedeskapi/servicedesk/{serviceDeskId}', family: 'jsm', operationId: 'getServiceDeskById', handle: getServiceDeskById },
  { method: 'POST', path: '/rest/servicedeskapi/customer', family: 'jsm', operationId: 'createCustomer', mutates: true, handle: createCustomer },
  { method: 'POST', path: '/rest/servicedeskapi/servicedesk/{serviceDeskId}/customer', family: 'jsm', operationId: 'addCustomers', mutates: true, handle: addCustomers },
  { method: 'POST', path: '/rest/servicedeskapi/request', family: 'jsm', operationId: 'createCustomerRequest', mutates: true, handle: createCustomerRequest },
  { method: 'GET', path: '/rest/servicedeskapi/request', family: 'jsm', operationId: 'getCustomerRequests', handle: getCustomerRequests },
  { method: 'GET', path: '/rest/servicedeskapi/request/{issueIdOrKey}', family: 'jsm', operationId: 'getCustomerRequestByIdOrKey', handle: getCustomerRequestByIdOrKey },
  { method: 'GET', path: '/rest/servicedeskapi/request/{issueIdOrKey}/comment', family: 'jsm', operationId: 'getRequestComments', handle: getRequestComments },
  { method: 'POST', path: '/rest/servicedeskapi/request/{issueIdOrKey}/comment', family: 'jsm', operationId: 'createRequestComment', mutates: true, handle: createRequestComment },
  { method: 'GET', path: '/rest/servicedeskapi/request/{issueIdOrKey}/transition', family: 'jsm', operationId: 'getCustomerTransitions', handle: getCustomerTransitions },
  { method: 'POST', path: '/rest/servicedeskapi/request/{issueIdOrKey}/transition', family: 'jsm', operationId: 'performCustomerTransition', mutates: true, handle: performCustomerTransition },
  { method: 'GET', path: '/rest/api/3/user/search', family: 'jira', operationId: 'findUsers', handle: findUsers },
  { method: 'POST', path: '/rest/api/3/workflows', family: 'jira', operationId: 'readWorkflows', handle: readWorkflows },
  // Personal data reporting (a platform API in no spec; a trailing slash is the same resource)
  { method: 'POST', path: '/app/report-accounts', family: 'privacy', handle: reportAccounts },
  // The sandbox's own controls (no spec, no authentication: loopback only)
  { method: 'GET', path: '/__sandbox/users', family: 'sandbox', anonymous: true, handle: listSandboxUsers },
  { method: 'POST', path: '/__sandbox/reset', family: 'sandbox', anonymous: true, handle: resetSandbox },
  { method: 'POST', path: '/__sandbox/users/generate', family: 'sandbox', anonymous: true, mutates: true, handle: generateUsers },
  { method: 'POST', path: '/__sandbox/accounts/{accountId}/close', family: 'sandbox', anonymous: true, mutates: true, handle: closeAccount },
  { method: 'POST', path: '/__sandbox/accounts/{accountId}/update', family: 'sandbox', anonymous: true, mutates: true, handle: updateAccount },
  { method: 'POST', path: '/__sandbox/personal-data/settings', family: 'sandbox', anonymous: true, handle: configurePersonalDataReporting },
  // Issues (handlers/issues.ts, issue-comments.ts, issue-transitions.ts, issue-properties.ts, issue-search.ts, issue-meta.ts)
  { method: 'POST', path: '/rest/api/3/issue', family: 'jira', operationId: 'createIssue', mutates: true, handle: createIssue },
  { method: 'POST', path: '/rest/api/3/issue/bulk', family: 'jira', operationId: 'createIssues', mutates: true, handle: createIssues },
  { method: 'GET', path: '/rest/api/3/issue/{issueIdOrKey}', family: 'jira', operationId: 'getIssue', handle: getIssue },
  { method: 'PUT', path: '/rest/api/3/issue/{issueIdOrKey}', family: 'jira', operationId: 'editIssue', mutates: true, handle: editIssue },
  { method: 'DELETE', path: '/rest/api/3/issue/{issueIdOrKey}', family: 'jira', operationId: 'deleteIssue', mutates: true, handle: deleteIssue },
  { method: 'GET', path: '/rest/api/3/issue/{issueIdOrKey}/comment', family: 'jira', operationId: 'getComments', handle: getComments },
  { method: 'POST', path: '/rest/api/3/issue/{issueIdOrKey}/comment', family: 'jira', operationId: 'addComment', mutates: true, handle: addComment },
  { method: 'GET', path: '/rest/api/3/issue/{issueIdOrKey}/comment/{id}', family: 'jira', operationId: 'getComment', handle: getComment },
  { method: 'PUT', path: '/rest/api/3/issue/{issueIdOrKey}/comment/{id}', family: 'jira', operationId: 'updateComment', mutates: true, handle: updateComment },
  { method: 'DELETE', path: '/rest/api/3/issue/{issueIdOrKey}/comment/{id}', family: 'jira', operationId: 'deleteComment', mutates: true, handle: deleteComment },
  { method: 'GET', path: '/rest/api/3/issue/{issueIdOrKey}/transitions', family: 'jira', operationId: 'getTransitions', handle: getTransitions },
  { method: 'POST', path: '/rest/api/3/issue/{issueIdOrKey}/transitions', family: 'jira', operationId: 'doTransition', mutates: true, handle: doTransition },
  { method: 'GET', path: '/rest/api/3/issue/{issueIdOrKey}/properties', family: 'jira', operationId: 'getIssuePropertyKeys', handle: getIssuePropertyKeys },
  { method: 'GET', path: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', family: 'jira', operationId: 'getIssueProperty', handle: getIssueProperty },
  { method: 'PUT', path: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', family: 'jira', operationId: 'setIssueProperty', mutates: true, handle: setIssueProperty },
  { method: 'DELETE', path: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', family: 'jira', operationId: 'deleteIssueProperty', mutates: true, handle: deleteIssueProperty },
  { method: 'POST', path: '/rest/api/3/search/jql', family: 'jira', operationId: 'searchAndReconsileIssuesUsingJqlPost', handle: searchIssuesPost },
  { method: 'GET', path: '/rest/api/3/issue/{issueIdOrKey}/editmeta', family: 'jira', operationId: 'getEditIssueMeta', handle: getEditIssueMeta },
  {
    method: 'GET',
    path: '/rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}',
    family: 'jira',
    operationId: 'getCreateIssueMetaIssueTypeId',
    handle: getCreateIssueMetaIssueTypeId,
  },
  { method: 'GET', path: '/rest/api/3/priority', family: 'jira', operationId: 'getPriorities', handle: getPriorities },
  { method: 'GET', path: '/rest/api/3/field', family: 'jira', operationId: 'getFields', handle: getFields },
  { method: 'GET', path: '/rest/api/3/project/{projectIdOrKey}/statuses', family: 'jira', operationId: 'getAllStatuses', handle: getAllStatuses },
  { method: 'POST', path: '/__sandbox/issues/{issueIdOrKey}/move', family: 'sandbox', anonymous: true, mutates: true, handle: moveIssueControl },
  { method: 'POST', path: '/__sandbox/issues/{issueIdOrKey}/dates', family: 'sandbox', anonymous: true, mutates: true, handle: setIssueDates },
  { method: 'PUT', path: '/__sandbox/projects/{projectIdOrKey}/workflow', family: 'sandbox', anonymous: true, mutates: true, handle: replaceWorkflow },
];
