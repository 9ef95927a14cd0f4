import { route } from '@forge/api';
import { UserFacingError } from '../shared/errors';
import type { CustomerRequestDto } from './customer-request-dto';
import { AS_APP, requestJira } from './jira-request';

export interface NewCustomerRequest {
  serviceDeskId: string;
  requestTypeId: string;
  summary: string;
  description?: string;
  /** The customer the request is raised for: JSM makes them its reporter. */
  raiseOnBehalfOf: string;
}

/**
 * Raises a request in a service desk as the app on a customer's behalf (agents may; customers
 * only for themselves). JSM answers 400 when the customer may not raise requests in the desk or a
 * required field of the request type is missing; its message is not passed on (it may name the
 * customer), the fix is.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-post
 */
export async function createCustomerRequest(request: NewCustomerRequest): Promise<CustomerRequestDto> {
  const { status, body } = await requestJira<CustomerRequestDto>(route`/rest/servicedeskapi/request`, {
    as: AS_APP,
    method: 'POST',
    body: {
      serviceDeskId: request.serviceDeskId,
      requestTypeId: request.requestTypeId,
      raiseOnBehalfOf: request.raiseOnBehalfOf,
      requestFieldValues: { summary: request.summary, ...(request.description ? { description: request.description } : {}) },
    },
    expect: [400],
  });
  if (status === 400) {
    throw new UserFacingError(
      'invalid',
      `JSM refused to raise the request in service desk ${request.serviceDeskId} as request type ${request.requestTypeId}. Check that the customer is a customer of the desk and that the request type needs no fields besides summary and description.`,
    );
  }
  return body;
}
