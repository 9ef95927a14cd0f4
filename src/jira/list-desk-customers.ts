import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';

/** JSM's UserDTO, reduced to what Deskbridge reads (display names are never kept). */
export interface DeskCustomer {
  accountId: string;
  active?: boolean;
  /** Returned where the customer's privacy settings allow it (often for portal-only customers). */
  emailAddress?: string | null;
}

export interface DeskCustomerPage {
  customers: DeskCustomer[];
  isLastPage: boolean;
}

export const CUSTOMERS_PAGE_SIZE = 50;

/**
 * One page of a service desk's customers, as the app. The operation is experimental in JSM, so
 * it must be asked for with `X-ExperimentalApi: opt-in`.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/#api-rest-servicedeskapi-servicedesk-servicedeskid-customer-get
 */
export async function listDeskCustomers(serviceDeskId: string, start: number): Promise<DeskCustomerPage> {
  const { body } = await requestJira<{ values: DeskCustomer[]; isLastPage?: boolean }>(
    route`/rest/servicedeskapi/servicedesk/${serviceDeskId}/customer?start=${start}&limit=${CUSTOMERS_PAGE_SIZE}`,
    { as: AS_APP, headers: { 'X-ExperimentalApi': 'opt-in' } },
  );
  return { customers: body.values ?? [], isLastPage: body.isLastPage !== false || (body.values ?? []).length === 0 };
}
