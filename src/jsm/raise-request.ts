import { createCustomerRequest } from '../jira/create-customer-request';
import { UserFacingError } from '../shared/errors';
import { loadDeskBuckets } from './bucket-map-store';
import { ensureCustomer } from './ensure-customer';
import type { CustomerRef, RequestView } from './jsm-types';
import { toRequestView } from './request-view';

/** Jira's summary limit. */
const MAX_SUMMARY = 255;

/**
 * Raises a JSM request as the app on a customer's behalf: the customer is found or created and
 * made a customer of the desk first (ensureCustomer), then becomes the request's reporter. The
 * answer is built from JSM's create answer (no second read): a new request has no assignee yet
 * unless automation sets one, which a later getRequest shows.
 */
export async function raiseRequest(input: { serviceDeskId: string; requestTypeId: string; customer: CustomerRef; summary: string; description?: string }): Promise<RequestView> {
  const summary = input.summary.trim();
  if (!summary) throw new UserFacingError('invalid', 'A request needs a summary.');
  if (summary.length > MAX_SUMMARY) throw new UserFacingError('invalid', `The summary is ${summary.length} characters long; Jira takes at most ${MAX_SUMMARY}.`);
  const { accountId } = await ensureCustomer(input.serviceDeskId, input.customer);
  const [request, buckets] = await Promise.all([
    createCustomerRequest({
      serviceDeskId: input.serviceDeskId,
      requestTypeId: input.requestTypeId,
      summary,
      description: input.description?.trim() || undefined,
      raiseOnBehalfOf: accountId,
    }),
    loadDeskBuckets(input.serviceDeskId),
  ]);
  return toRequestView(request, buckets);
}
