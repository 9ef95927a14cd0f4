import type { Connector, ConnectionCredentials } from '../connectors/connector';
import { connectorFor } from '../connectors/registry';
import { credentialsOf } from '../connections/connection-service';
import type { Integration } from '../integrations/integration';
import { getIntegration } from '../integrations/integration-store';
import type { SyncConfig } from '../shared/sync-config';
import { getSyncConfig } from './config/sync-config-store';

/** Everything applying a change to one integration needs, read once per change. */
export interface SyncContext {
  integration: Integration;
  config: SyncConfig;
  connector: Connector;
  credentials: ConnectionCredentials;
}

/**
 * The integration as the sync engine runs it, or undefined when it must not sync: deleted,
 * not enabled, or without a connection. Changes queued before an integration was disabled are
 * dropped here rather than applied.
 */
export async function loadSyncContext(integrationId: string, options: { evenIfDisabled?: boolean } = {}): Promise<SyncContext | undefined> {
  const integration = await getIntegration(integrationId);
  if (!integration?.connectionId || integration.tool === 'jsm') return undefined;
  const config = await getSyncConfig(integrationId);
  if (!config || (!config.enabled && !options.evenIfDisabled)) return undefined;
  const { credentials } = await credentialsOf(integration.connectionId);
  return { integration, config, connector: connectorFor(integration.tool), credentials };
}
