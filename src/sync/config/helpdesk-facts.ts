import { credentialsOf } from '../../connections/connection-service';
import { connectorFor } from '../../connectors/registry';
import type { Integration } from '../../integrations/integration';
import { UserFacingError } from '../../shared/errors';
import type { HelpdeskFacts } from './config-facts';
import { helpdeskPriorities } from './helpdesk-priorities';

/**
 * The help desk's side of an integration: its statuses (asked with the connection's stored
 * credentials; Zendesk and Intercom answer from fixed lists without a call) and its priorities
 * (fixed per tool). When they can't be read, the answer says why instead of failing, so the editor
 * still opens and the checks that need the statuses report it against the settings that do.
 */
export async function readHelpdeskFacts(integration: Integration): Promise<HelpdeskFacts> {
  const priorities = helpdeskPriorities(integration.tool);
  if (integration.tool === 'jsm') {
    return { available: false, note: 'a JSM integration has no help desk of its own', statuses: [], priorities };
  }
  if (!integration.connectionId) {
    return { available: false, note: 'the integration has no help-desk connection: create it again with one', statuses: [], priorities };
  }
  try {
    const { connection, credentials } = await credentialsOf(integration.connectionId);
    if (connection.tool !== integration.tool) {
      return { available: false, note: `its connection is not a ${integration.tool} connection`, statuses: [], priorities };
    }
    const statuses = await connectorFor(integration.tool).listStatuses(credentials);
    return { available: true, statuses: statuses.map(({ id, name, bucket }) => ({ id, name, bucket })), priorities };
  } catch (error) {
    // The connector's and connection's messages are written for people (never a secret).
    if (error instanceof UserFacingError) return { available: false, note: error.message.replace(/[.\s]+$/, ''), statuses: [], priorities };
    throw error;
  }
}
