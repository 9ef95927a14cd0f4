import type { ConnectionCredentials, VerifiedAccount } from '../connector';
import { ConnectorError } from '../http/connector-error';
import { vendorRequest } from '../http/vendor-request';
import { displayOf } from './mappers';
import { isList, reasonOf } from './responses';
import { servicenowSpec as spec } from './spec';
import { queryValue, tablePath } from './table-query';

/**
 * Two cheap reads: the user's own sys_user record (are the credentials good, is there an
 * instance at all, and what is the agent called), then one incident id (may this user work on
 * incidents, which needs the itil role). Nothing is written.
 */
export async function verifyServicenow(credentials: ConnectionCredentials): Promise<VerifiedAccount> {
  const username = credentials.username ?? '';
  let users: unknown;
  try {
    // Table - GET /now/table/{tableName} on sys_user:
    // https://docs.servicenow.com/bundle/xanadu-api-reference/page/integrate/inbound-rest/concept/c_TableAPI.html
    const response = await vendorRequest<unknown>(spec, credentials, {
      path: tablePath('sys_user', { sysparm_query: `user_name=${queryValue(username)}`, sysparm_fields: 'sys_id,user_name,name', sysparm_limit: 1, sysparm_no_count: 'true' }),
    });
    users = response.body;
  } catch (error) {
    if (error instanceof ConnectorError && isNoInstance(error)) throw noInstance(credentials.domain);
    throw error;
  }
  // A hibernating developer instance, or a host with no instance behind it, answers 200 with an HTML page.
  if (!isList(users)) throw noInstance(credentials.domain);

  // Table - GET /now/table/{tableName} on incident (the ACL check):
  // https://docs.servicenow.com/bundle/xanadu-api-reference/page/integrate/inbound-rest/concept/c_TableAPI.html
  const probe = await vendorRequest<unknown>(spec, credentials, {
    path: tablePath('incident', { sysparm_fields: 'sys_id', sysparm_limit: 1, sysparm_no_count: 'true' }),
    expect: [403],
  });
  if (probe.status === 403) throw new ConnectorError('forbidden', spec.messages.permission(reasonOf(probe.body)), 403);

  return { account: credentials.domain, agentName: displayOf(users.result[0]?.name) || username };
}

/** A 404 on the first call, or a 2xx that is not JSON at all: no Table API at that host. */
function isNoInstance(error: ConnectorError): boolean {
  return error.kind === 'not-found' || (error.kind === 'unavailable' && error.status !== undefined && error.status >= 200 && error.status < 300);
}

const noInstance = (domain: string) => new ConnectorError('not-found', spec.messages.noAccount(domain));
