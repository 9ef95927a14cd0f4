import { invoke, showFlag, view } from '@forge/bridge';
import type {
  CreateIntegrationPayload,
  IntegrationView,
  LogPage,
  ProjectOption,
  ToolGroupView,
  UpdateIntegrationPayload,
} from '../../../src/shared/integrations';
import type { ConnectionView, ConnectorSpecView, ConnectorTool, CreateConnectionPayload } from '../../../src/shared/connections';
import type { CsvImportResult, IdentityLinkPage, IdentityLinkView, IdentityStatus, SetIdentityLinkPayload, SyncNowResult } from '../../../src/shared/identity';
import type { AppIdentity, Me, Tool } from '../../../src/shared/roles';
import type { BucketMapView, ReadinessReport, SaveBucketMapPayload, ServiceDeskOption } from '../../../src/shared/jsm';
import type { OptionPart, OptionsByPart, StatusProposal, SyncConfigState } from '../../../src/sync/config/editor-views';
import type { SyncConfig } from '../../../src/shared/sync-config';
import type { SyncLinkPage, SyncLinkView, WebhookSetupView } from '../../../src/shared/sync-links';
import { readModuleContext, type ModuleContext } from './module-context';
import { unwrapResult } from './resolver-result';

/**
 * The only place the UI touches @forge/bridge: `view.getContext()`, `invoke()` and `showFlag()`.
 * Jira (or the local site) injects the bridge before this bundle runs.
 *
 * One function a resolver key, named after it. Keys and answer types must match src/resolvers.
 * Payloads carry only what the resolver asks for: the server derives the caller itself from the
 * invocation context (including the page's project) and validates every payload strictly.
 */

/** Resolver keys and the data each answers with. */
interface ResolverAnswers {
  'app/me': Me;
  'app/identity': AppIdentity;
  'integrations/list': IntegrationView[];
  'integrations/create': IntegrationView;
  'integrations/update': IntegrationView;
  'integrations/delete': { id: string };
  'integrations/transfer': IntegrationView;
  'logs/read': LogPage;
  'projects/list': ProjectOption[];
  'groups/list': ToolGroupView[];
  'groups/create': ToolGroupView;
  'connections/specs': ConnectorSpecView[];
  'connections/list': ConnectionView[];
  'connections/create': ConnectionView;
  'connections/verify': ConnectionView;
  'connections/rotate-secret': ConnectionView;
  'connections/rename': ConnectionView;
  'connections/disconnect': ConnectionView;
  'connections/delete': { id: string };
  'identity/status': IdentityStatus;
  'identity/sync-now': SyncNowResult;
  'identity/links/list': IdentityLinkPage;
  'identity/links/set': IdentityLinkView;
  'identity/links/delete': { deleted: boolean };
  'identity/links/import-csv': CsvImportResult;
  'jsm/desks': ServiceDeskOption[];
  'jsm/readiness': ReadinessReport;
  'jsm/readiness/resolve-screen': ReadinessReport['checks'];
  'jsm/bucket-map/get': BucketMapView;
  'jsm/bucket-map/save': BucketMapView;
  'sync-config/get': SyncConfigState;
  'sync-config/options': OptionsByPart[OptionPart];
  'sync-config/propose-statuses': StatusProposal;
  'sync-config/save': SyncConfigState;
  'sync-config/enable': SyncConfigState;
  'sync-config/disable': SyncConfigState;
  'sync-links/list': SyncLinkPage;
  'sync-links/create': SyncLinkView;
  'sync-links/retry': SyncLinkView;
  'sync-links/delete': { unlinked: string };
  'sync-webhook/get': WebhookSetupView;
  'sync-webhook/set-up': WebhookSetupView;
  'sync-webhook/regenerate-secret': WebhookSetupView;
  'sync-webhook/set-signing-secret': WebhookSetupView;
}
type ResolverKey = keyof ResolverAnswers;

/** Calls a resolver and unwraps its answer: the data, or an error carrying the server's sentence. */
export async function invokeResolver<T>(key: string, payload: Record<string, unknown> = {}): Promise<T> {
  const answer: unknown = await invoke(key, payload);
  return unwrapResult<T>(key, answer);
}

const callResolver = <K extends ResolverKey>(key: K, payload: Record<string, unknown> = {}): Promise<ResolverAnswers[K]> => invokeResolver<ResolverAnswers[K]>(key, payload);

/** The module context Jira rendered the app in; picks the page. */
export async function getModuleContext(): Promise<ModuleContext> {
  return readModuleContext(await view.getContext());
}

/** `app/me`: what the server resolved about the caller (Jira admin, project admin, tool groups). */
export const fetchMe = (): Promise<Me> => callResolver('app/me');

/** `app/identity`: the app's own Jira account, which replaces the human integration user. */
export const fetchAppIdentity = (): Promise<AppIdentity> => callResolver('app/identity');

/** `integrations/list`: the integrations of this page, each with what the caller may do with it. */
export const listIntegrations = (): Promise<IntegrationView[]> => callResolver('integrations/list');

export const createIntegration = (payload: CreateIntegrationPayload): Promise<IntegrationView> =>
  callResolver('integrations/create', { ...payload });

/** `integrations/update`: renames an integration. */
export const renameIntegration = (payload: UpdateIntegrationPayload): Promise<IntegrationView> =>
  callResolver('integrations/update', { ...payload });

/** `integrations/delete`: the integration and its log; linked tickets and issues keep their content. */
export const deleteIntegration = (id: string): Promise<{ id: string }> => callResolver('integrations/delete', { id });

/** `integrations/transfer` (Jira admins): hands the integration to another account. */
export const transferIntegration = (id: string, ownerAccountId: string): Promise<IntegrationView> =>
  callResolver('integrations/transfer', { id, ownerAccountId });

/** `logs/read`: one page of an integration's log, newest first. */
export const readLogs = (integrationId: string, cursor?: string): Promise<LogPage> =>
  callResolver('logs/read', cursor === undefined ? { integrationId } : { integrationId, cursor });

/**
 * `projects/list`: the projects the caller may pick (on a project page, only that project). The
 * server answers at most 200; `query` narrows by name or key on sites with more.
 */
export const listProjects = (query?: string): Promise<ProjectOption[]> =>
  callResolver('projects/list', query ? { query } : {});

/** `groups/list` (Jira admins): the `deskbridge-jira-<tool>` groups and whether they exist. */
export const listToolGroups = (): Promise<ToolGroupView[]> => callResolver('groups/list');

export const createToolGroup = (tool: Tool): Promise<ToolGroupView> => callResolver('groups/create', { tool });

/** `connections/specs`: each connector's form (fields, help, docs), built from its spec on the server. */
export const listConnectorSpecs = (): Promise<ConnectorSpecView[]> => callResolver('connections/specs');

/** `connections/list`: the connections the caller may use; never a secret, only when one was set. */
export const listConnections = (): Promise<ConnectionView[]> => callResolver('connections/list');

/** `connections/create`: the server verifies the credentials with the help desk first and saves nothing on failure. */
export const createConnection = (payload: CreateConnectionPayload): Promise<ConnectionView> =>
  callResolver('connections/create', { ...payload });

/** `connections/verify`: checks the stored credentials again (Connected, or Error with the reason). */
export const verifyConnection = (id: string): Promise<ConnectionView> => callResolver('connections/verify', { id });

/** `connections/rotate-secret`: the new secret replaces the old one only after it verifies; also reconnects. */
export const rotateConnectionSecret = (id: string, secret: string): Promise<ConnectionView> =>
  callResolver('connections/rotate-secret', { id, secret });

export const renameConnection = (id: string, name: string): Promise<ConnectionView> =>
  callResolver('connections/rename', { id, name });

/** `connections/disconnect`: forgets the secret, keeps the settings. */
export const disconnectConnection = (id: string): Promise<ConnectionView> => callResolver('connections/disconnect', { id });

/** `connections/delete`: refused while integrations use the connection (the message names them). */
export const deleteConnection = (id: string): Promise<{ id: string }> => callResolver('connections/delete', { id });

/** `identity/status` (Jira admins): directory sync, identity map and personal data reporting, in counts. */
export const fetchIdentityStatus = (): Promise<IdentityStatus> => callResolver('identity/status');

/** `identity/sync-now`: starts a directory sync in the background, or says where the running one stands. */
export const startDirectorySync = (): Promise<SyncNowResult> => callResolver('identity/sync-now');

/** `identity/links/list`: the identity map, newest first, a page at a time, of one tool or all. */
export const listIdentityLinks = (tool?: ConnectorTool, cursor?: string): Promise<IdentityLinkPage> =>
  callResolver('identity/links/list', { ...(tool ? { tool } : {}), ...(cursor ? { cursor } : {}) });

/** `identity/links/set`: maps a contact to a Jira account by hand; the server checks the account is active. */
export const setIdentityLink = (payload: SetIdentityLinkPayload): Promise<IdentityLinkView> =>
  callResolver('identity/links/set', { ...payload });

/** `identity/links/delete`: unmaps a contact; the sync then acts as the app for it. */
export const deleteIdentityLink = (tool: ConnectorTool, contactId: string): Promise<{ deleted: boolean }> =>
  callResolver('identity/links/delete', { tool, contactId });

/** `identity/links/import-csv`: all rows or none; a refusal lists the lines to fix. */
export const importIdentityCsv = (csv: string): Promise<CsvImportResult> => callResolver('identity/links/import-csv', { csv });

/** `sync-config/get`: an integration's sync settings (the defaults before the first save) and whether the caller may change them. */
export const getSyncConfig = (integrationId: string): Promise<SyncConfigState> => callResolver('sync-config/get', { integrationId });

/** `sync-config/options`: what one editor step offers; `fields` and `statuses` depend on the issue type. */
export const getSyncOptions = async <P extends OptionPart>(integrationId: string, part: P, issueTypeId?: string): Promise<OptionsByPart[P]> =>
  (await callResolver('sync-config/options', { integrationId, part, ...(issueTypeId ? { issueTypeId } : {}) })) as OptionsByPart[P];

/** `sync-config/propose-statuses`: the default status mapping both ways, by bucket. */
export const proposeStatuses = (integrationId: string, issueTypeId: string): Promise<StatusProposal> =>
  callResolver('sync-config/propose-statuses', { integrationId, issueTypeId });

/** `sync-config/save`: validated against Jira and the help desk; a refusal lists every problem, by step. */
export const saveSyncConfig = (integrationId: string, config: SyncConfig): Promise<SyncConfigState> =>
  callResolver('sync-config/save', { integrationId, config });

/** `sync-config/enable` (after a valid save) and `sync-config/disable` (any time). */
export const setSyncEnabled = (integrationId: string, enabled: boolean): Promise<SyncConfigState> =>
  callResolver(enabled ? 'sync-config/enable' : 'sync-config/disable', { integrationId });

/** `sync-links/list`: an integration's linked pairs, newest first, a page at a time; `stuck` lists only the stuck ones. */
export const listSyncLinks = (integrationId: string, state?: SyncLinkView['state'], cursor?: string): Promise<SyncLinkPage> =>
  callResolver('sync-links/list', { integrationId, ...(state ? { state } : {}), ...(cursor ? { cursor } : {}) });

/** `sync-links/create`: links a ticket and an issue by hand; the server checks both exist and neither is linked yet. */
export const createSyncLink = (integrationId: string, ticketId: string, issueKey: string): Promise<SyncLinkView> =>
  callResolver('sync-links/create', { integrationId, ticketId, issueKey });

/** `sync-links/retry`: syncs a stuck link again, once its cause is fixed. */
export const retrySyncLink = (integrationId: string, ticketId: string): Promise<SyncLinkView> => callResolver('sync-links/retry', { integrationId, ticketId });

/** `sync-links/delete`: unlinks a pair; both sides keep their content. */
export const deleteSyncLink = (integrationId: string, ticketId: string): Promise<{ unlinked: string }> =>
  callResolver('sync-links/delete', { integrationId, ticketId });

/** `sync-webhook/get`: where and how the help desk sends its webhooks; never a secret value. */
export const getWebhookSetup = (integrationId: string): Promise<WebhookSetupView> => callResolver('sync-webhook/get', { integrationId });

/** `sync-webhook/set-up`: creates the webhook in the help desk where its API allows it (Zendesk). */
export const setUpWebhook = (integrationId: string): Promise<WebhookSetupView> => callResolver('sync-webhook/set-up', { integrationId });

/** `sync-webhook/regenerate-secret`: a new secret header, in this answer only; the old one stops working. */
export const regenerateWebhookSecret = (integrationId: string): Promise<WebhookSetupView> =>
  callResolver('sync-webhook/regenerate-secret', { integrationId });

/** `sync-webhook/set-signing-secret`: the secret the help desk signs with, where only the admin has it (Intercom). */
export const setWebhookSigningSecret = (integrationId: string, secret: string): Promise<WebhookSetupView> =>
  callResolver('sync-webhook/set-signing-secret', { integrationId, secret });

/** `jsm/desks` (Jira admins): the JSM service desks the app can work in. */
export const listJsmDesks = (): Promise<ServiceDeskOption[]> => callResolver('jsm/desks');

/** `jsm/readiness`: the desk's workflows, the app's permissions and the bucket map, each check with its fix. */
export const fetchDeskReadiness = (serviceDeskId: string): Promise<ReadinessReport> => callResolver('jsm/readiness', { serviceDeskId });

/** `jsm/readiness/resolve-screen`: the resolve transition's screen, read on the desk's newest open request. */
export const fetchResolveScreenChecks = (serviceDeskId: string): Promise<ReadinessReport['checks']> =>
  callResolver('jsm/readiness/resolve-screen', { serviceDeskId });

/** `jsm/bucket-map/get`: every status of the desk's workflows with its bucket (saved or proposed). */
export const fetchBucketMap = (serviceDeskId: string): Promise<BucketMapView> => callResolver('jsm/bucket-map/get', { serviceDeskId });

/** `jsm/bucket-map/save`: a bucket for every status; the server refuses statuses the desk does not use. */
export const saveBucketMap = (payload: SaveBucketMapPayload): Promise<BucketMapView> => callResolver('jsm/bucket-map/save', { ...payload });

/**
 * Confirms a change with Jira's own flag, outside the app's iframe, where Jira shows its flags.
 * A flag that can't be shown changes nothing the person needs, so failures are only logged.
 */
export function notifySuccess(title: string, description?: string): void {
  try {
    showFlag({ id: `deskbridge-${Date.now()}`, title, description, type: 'success', isAutoDismiss: true });
  } catch (error) {
    console.warn('Deskbridge: the flag could not be shown', error instanceof Error ? error.name : typeof error);
  }
}
