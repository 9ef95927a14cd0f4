import Resolver from '@forge/resolver';
import { appIdentity } from './app/app-identity';
import { appMe } from './app/app-me';
import { runResolver, type ResolverDefinition } from './define-resolver';
import { createConnection } from './connections/create-connection';
import { listConnections } from './connections/list-connections';
import { listConnectorSpecs } from './connections/list-connector-specs';
import {
  deleteConnection,
  disconnectConnection,
  renameConnection,
  rotateConnectionSecret,
  verifyConnection,
} from './connections/manage-connection';
import { createIntegration } from './integrations/create-integration';
import { deleteIntegration } from './integrations/delete-integration';
import { listIntegrations } from './integrations/list-integrations';
import { readLogs } from './integrations/read-logs';
import { transferIntegration } from './integrations/transfer-integration';
import { updateIntegration } from './integrations/update-integration';
import { gatewayInfo, listGatewayAudit } from './gateway/gateway-info';
import { createGatewayKey, listGatewayKeys, revokeGatewayKey, rotateGatewayKey } from './gateway/gateway-keys';
import { deleteLink } from './identity/delete-link';
import { identityStatus } from './identity/identity-status';
import { importCsv } from './identity/import-csv';
import { listLinks } from './identity/list-links';
import { setLink } from './identity/set-link';
import { syncNow } from './identity/sync-now';
import { deskReadiness, getBucketMap, listDesks, resolveScreenReadiness, saveBucketMap } from './jsm/service-desks';
import { createToolGroup } from './site/create-tool-group';
import { listProjects } from './site/list-projects';
import { listToolGroups } from './site/list-tool-groups';
import { getSyncConfig } from './sync-config/get-sync-config';
import { getSyncOptions } from './sync-config/get-sync-options';
import { proposeStatuses } from './sync-config/propose-statuses';
import { saveSyncConfig } from './sync-config/save-sync-config';
import { disableSync, enableSync } from './sync-config/toggle-sync';
import { createSyncLink, deleteSyncLink, retrySyncLink } from './sync-links/change-links';
import { listSyncLinks } from './sync-links/list-links';
import { getWebhookSetup, regenerateWebhookSecretResolver, setUpWebhook, setWebhookSigningSecret } from './sync-links/webhook-setup';
import { getBackfillStatus } from './backfill/backfill-status';
import {
  cancelBackfillResolver,
  estimateBackfillResolver,
  pauseBackfillResolver,
  resumeBackfillResolver,
  retryBackfillFailuresResolver,
  startBackfillResolver,
} from './backfill/backfill-controls';
import { readSyncLogs } from './sync-logs/read-sync-logs';
import { getSyncLogSettingsResolver, saveSyncLogSettingsResolver } from './sync-logs/sync-log-settings';
import { loadIssuePanelResolver } from './issue-panel/load-issue-panel';
import { getPanelFields, savePanelFields } from './issue-panel/panel-field-settings';
import { createTicketFromPanel, linkFromPanel } from './issue-panel/panel-linking';
import { replyFromPanel, retryFromPanelResolver, unlinkFromPanelResolver } from './issue-panel/panel-ticket-actions';
import { getNotificationSettings, saveNotificationSettingsResolver } from './notifications/notification-settings';
import { dashboardSummary } from './dashboard/dashboard-summary';

/** Every resolver key the Custom UI may invoke. Adding one = one file + one line here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const resolverDefinitions: ResolverDefinition<any, unknown>[] = [
  appIdentity,
  appMe,
  listIntegrations,
  createIntegration,
  updateIntegration,
  deleteIntegration,
  transferIntegration,
  readLogs,
  listToolGroups,
  createToolGroup,
  listProjects,
  listConnectorSpecs,
  listConnections,
  createConnection,
  verifyConnection,
  rotateConnectionSecret,
  renameConnection,
  disconnectConnection,
  deleteConnection,
  identityStatus,
  syncNow,
  listLinks,
  setLink,
  deleteLink,
  importCsv,
  listDesks,
  deskReadiness,
  resolveScreenReadiness,
  getBucketMap,
  saveBucketMap,
  gatewayInfo,
  listGatewayKeys,
  createGatewayKey,
  revokeGatewayKey,
  rotateGatewayKey,
  listGatewayAudit,
  getSyncConfig,
  getSyncOptions,
  proposeStatuses,
  saveSyncConfig,
  enableSync,
  listSyncLinks,
  createSyncLink,
  retrySyncLink,
  deleteSyncLink,
  getWebhookSetup,
  setUpWebhook,
  regenerateWebhookSecretResolver,
  setWebhookSigningSecret,
  disableSync,
  loadIssuePanelResolver,
  replyFromPanel,
  retryFromPanelResolver,
  unlinkFromPanelResolver,
  linkFromPanel,
  createTicketFromPanel,
  getPanelFields,
  savePanelFields,
  getNotificationSettings,
  saveNotificationSettingsResolver,
  dashboardSummary,
  getBackfillStatus,
  estimateBackfillResolver,
  startBackfillResolver,
  pauseBackfillResolver,
  resumeBackfillResolver,
  cancelBackfillResolver,
  retryBackfillFailuresResolver,
  readSyncLogs,
  getSyncLogSettingsResolver,
  saveSyncLogSettingsResolver,
];

const resolver = new Resolver();
for (const definition of resolverDefinitions) {
  resolver.define(definition.key, (request) => runResolver(definition, request));
}

export const handler = resolver.getDefinitions();
