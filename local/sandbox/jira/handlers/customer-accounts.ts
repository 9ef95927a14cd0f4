import { randomUUID } from 'node:crypto';
import { badRequest, HttpError, notFound, forbidden } from '../http-error';
import { hasGlobalPermission } from '../permissions/evaluate';
import { objectBody, optionalArray, optionalString } from '../request-body';
import { created, type RouteContext, type RouteResult } from '../route';
import { findServiceDesk, findUser, projectOfDesk } from '../state/lookups';
import type { UserRecord } from '../state/site-state';
import { jsmUserView } from '../views/request-view';
import { isAgent } from './request-access';

/**
 * JSM customer accounts: creating a portal-only account for an email, and making accounts
 * customers of a desk. Deskbridge does both as the app when a help desk's requester has no account
 * yet; its `manage:servicedesk-customer` scope is what lets an app do what otherwise needs
 * Administer Jira (creating) or an agent or admin of the desk (adding).
 */

/** The directory prefix of portal-only customer accounts on this site (as on the seeded customers). */
const CUSTOMER_PREFIX = 'qm:3c1f6a2e-8d4b-4f7a-9e21-5b6c7d8e9f01:';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Body `{ email, displayName }`. A new customer's email shows to agents and apps (portal-only
 * accounts have no profile visibility settings of their own). An email that already has an
 * account answers 400, or 409 with `strictConflictStatusCode=true`; neither says which account.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-customer/#api-rest-servicedeskapi-customer-post
 */
export function createCustomer({ site, caller, body, query }: RouteContext): RouteResult {
  if (caller.accountType !== 'app' && !hasGlobalPermission(site, caller, 'ADMINISTER')) {
    throw forbidden('You must be a Jira administrator to create customers.');
  }
  const request = objectBody(body);
  const email = optionalString(request.email, 'email')?.trim();
  const displayName = (optionalString(request.displayName, 'displayName') ?? optionalString(request.fullName, 'fullName'))?.trim();
  if (!email || !EMAIL.test(email)) throw badRequest('Please provide a valid email address.');
  if (!displayName) throw badRequest('Please provide a display name.');
  if (site.users.some((user) => user.emailAddress?.toLowerCase() === email.toLowerCase())) {
    const strict = query.get('strictConflictStatusCode') === 'true';
    throw new HttpError(strict ? 409 : 400, ['An account already exists for this email.']);
  }
  const user: UserRecord = {
    accountId: `${CUSTOMER_PREFIX}${randomUUID()}`,
    accountType: 'customer',
    displayName,
    active: true,
    emailAddress: email,
    emailVisible: true,
    profileUpdatedAt: new Date().toISOString(),
    timeZone: 'Etc/UTC',
    locale: 'en_US',
  };
  site.users.push(user);
  return created(jsmUserView(site, user.accountId, caller));
}

/**
 * Body `{ accountIds }`. Project admins and agents of the desk (JSM lets agents invite customers)
 * may add; accounts already customers are left alone. Answers 204.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/#api-rest-servicedeskapi-servicedesk-servicedeskid-customer-post
 */
export function addCustomers({ site, caller, params, body }: RouteContext): RouteResult {
  const desk = findServiceDesk(site, params.serviceDeskId);
  if (!desk) throw notFound(`The service desk with id '${params.serviceDeskId}' does not exist.`);
  if (!isAgent(site, caller, projectOfDesk(site, desk))) throw forbidden(`You do not have permission to add customers to service desk '${desk.id}'.`);
  const ids = optionalArray(objectBody(body).accountIds, 'accountIds');
  if (ids.length === 0) throw badRequest('Provide at least one account id in accountIds.');
  for (const id of ids) {
    const user = typeof id === 'string' ? findUser(site, id) : undefined;
    if (!user || !user.active) throw badRequest(`The account '${String(id)}' does not exist or is inactive.`);
  }
  for (const id of ids as string[]) if (!desk.customerIds.includes(id)) desk.customerIds.push(id);
  return { status: 204 };
}
