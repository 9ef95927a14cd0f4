import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';

export type CreateCustomerAnswer = { created: true; accountId: string } | { created: false; reason: 'exists' };

/**
 * Creates a JSM customer account (portal-only, no licence) for an email, as the app.
 * `strictConflictStatusCode` makes JSM answer 409 when the email already has an account instead of
 * a 400 indistinguishable from a bad body; the answer does not say which account, so the caller
 * must find it some other way (or explain why it cannot).
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-customer/#api-rest-servicedeskapi-customer-post
 */
export async function createCustomer(email: string, displayName: string): Promise<CreateCustomerAnswer> {
  const { status, body } = await requestJira<{ accountId: string }>(route`/rest/servicedeskapi/customer?strictConflictStatusCode=true`, {
    as: AS_APP,
    method: 'POST',
    body: { email, displayName },
    expect: [409],
  });
  return status === 409 ? { created: false, reason: 'exists' } : { created: true, accountId: body.accountId };
}
