import type { ConnectionCredentials, VerifiedAccount } from '../connector';
import { ConnectorError } from '../http/connector-error';
import { vendorRequest } from '../http/vendor-request';
import { FD_TICKET_SCOPE, type FdAgent, type FdRole } from './freshdesk-types';
import { freshdeskSpec as spec } from './spec';

const SCOPE_NAMES: Record<number, string> = { 2: 'Group', 3: 'Restricted' };

/**
 * Checks the key and that its agent can do what Deskbridge does: see every ticket (Global
 * ticket scope, which the agent record states) and administer the account (Deskbridge sets up
 * the webhooks that carry ticket events, which only administrators may). Freshdesk has no
 * "my permissions" call; the roles list is readable only with admin rights, so it is the probe.
 * Two calls, both among the cheapest (1 credit each).
 */
export async function verifyAgent(credentials: ConnectionCredentials): Promise<VerifiedAccount> {
  let agent: FdAgent;
  try {
    // https://developers.freshdesk.com/api/#me
    agent = (await vendorRequest<FdAgent>(spec, credentials, { path: '/api/v2/agents/me' })).body;
  } catch (error) {
    // /agents/me exists on every account: a 404 means the account itself does not.
    if (error instanceof ConnectorError && error.status === 404) throw new ConnectorError('not-found', spec.messages.noAccount(credentials.domain), 404);
    throw error;
  }
  const name = agent?.contact?.name || `agent ${agent?.id}`;
  if (agent?.type && agent.type !== 'support_agent') {
    throw forbidden(`${name} is a ${agent.type.replace(/_/g, ' ')}, not a support agent`);
  }
  if (agent?.ticket_scope !== FD_TICKET_SCOPE.global) {
    throw forbidden(`${name} has ${SCOPE_NAMES[agent?.ticket_scope] ?? 'limited'} ticket access, and Deskbridge needs Global access to see every ticket it syncs`);
  }
  // https://developers.freshdesk.com/api/#list_all_roles (admin privilege required)
  const roles = await vendorRequest<FdRole[]>(spec, credentials, { path: '/api/v2/roles', expect: [403] });
  if (roles.status === 403) {
    const held = Array.isArray(agent.role_ids) && agent.role_ids.length ? ` (roles ${agent.role_ids.join(', ')})` : '';
    throw forbidden(`${name}${held} is not a Freshdesk administrator`);
  }
  return { account: credentials.domain, agentName: name };
}

const forbidden = (detail: string) => new ConnectorError('forbidden', spec.messages.permission(detail), 403);
