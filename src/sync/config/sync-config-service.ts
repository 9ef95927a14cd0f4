import { appendLog } from '../../integrations/integration-log';
import type { Integration } from '../../integrations/integration';
import { listPriorities } from '../../jira/list-priorities';
import { UserFacingError } from '../../shared/errors';
import type { SyncConfig } from '../../shared/sync-config';
import { checkSyncConfig, parseSyncConfig, problemsMessage } from './check-config';
import { neededFacts, type HelpdeskFacts, type JiraFacts } from './config-facts';
import { defaultSyncConfig } from './default-config';
import type { SyncConfigState } from './editor-views';
import { readFieldFacts } from './field-facts';
import { readHelpdeskFacts } from './helpdesk-facts';
import { helpdeskPriorities } from './helpdesk-priorities';
import { readProjectFacts, readStatusFacts } from './jira-facts';
import { jqlObjection as readJqlObjection, readEditScreen, withEditScreen } from './screen-and-jql-facts';
import { readStoredSyncConfig, writeSyncConfig } from './sync-config-store';

/**
 * Reading, saving and switching an integration's SyncConfig. Saving validates the whole config,
 * first its shape, then against Jira and the help desk, and stores nothing unless every check
 * passes; all problems come back at once as one `invalid` error (see problemsMessage).
 */

export async function readSyncConfigState(integration: Integration, canEdit: boolean): Promise<SyncConfigState> {
  const stored = await readStoredSyncConfig(integration.id);
  if (!stored) return { integrationId: integration.id, config: defaultSyncConfig(integration.tool), saved: false, canEdit };
  return { integrationId: integration.id, config: stored.config, saved: true, savedAt: new Date(stored.savedAt).toISOString(), canEdit };
}

export async function saveSyncConfig(integration: Integration, raw: unknown, actorAccountId: string): Promise<SyncConfigState> {
  const parsed = parseSyncConfig(raw);
  if (!parsed.ok) throw new UserFacingError('invalid', problemsMessage(parsed.problems));
  const [jira, helpdesk] = await Promise.all([readJiraFacts(integration, parsed.config), readNeededHelpdeskFacts(integration, parsed.config)]);
  const problems = checkSyncConfig(parsed.config, jira, helpdesk);
  if (problems.length > 0) throw new UserFacingError('invalid', problemsMessage(problems));
  // Whether the sync runs is switched by enable/disable alone, never by a save.
  const previous = await readStoredSyncConfig(integration.id);
  const config: SyncConfig = { ...parsed.config, enabled: previous?.config.enabled ?? false };
  const stored = await writeSyncConfig(integration.id, config);
  await appendLog(integration.id, { action: 'sync-config.saved', result: 'ok', actorAccountId, detail: `Sync settings saved${config.enabled ? ' (sync stays on)' : ''}` });
  return { integrationId: integration.id, config, saved: true, savedAt: new Date(stored.savedAt).toISOString(), canEdit: true };
}

/** Enable only a config that was saved (and so validated); disable any time. */
export async function setSyncEnabled(integration: Integration, enabled: boolean, actorAccountId: string): Promise<SyncConfigState> {
  const stored = await readStoredSyncConfig(integration.id);
  if (!stored) {
    if (enabled) throw new UserFacingError('invalid', 'Save the sync settings first: the sync can be turned on only once they passed the review.');
    return readSyncConfigState(integration, true);
  }
  if (enabled && (integration.tool === 'jsm' || !integration.connectionId)) {
    throw new UserFacingError('invalid', 'This integration has no help-desk connection, so there is nothing to sync with.');
  }
  if (stored.config.enabled === enabled) return readSyncConfigState(integration, true);
  const written = await writeSyncConfig(integration.id, { ...stored.config, enabled }, stored.savedAt);
  await appendLog(integration.id, { action: enabled ? 'sync.enabled' : 'sync.disabled', result: 'ok', actorAccountId, detail: enabled ? 'Sync turned on' : 'Sync turned off' });
  return { integrationId: integration.id, config: written.config, saved: true, savedAt: new Date(written.savedAt).toISOString(), canEdit: true };
}

/**
 * The Jira facts the config refers to: the project always (three calls); fields, priorities,
 * statuses, the edit screen and the JQL filter only when the config uses them.
 */
async function readJiraFacts(integration: Integration, config: SyncConfig): Promise<JiraFacts> {
  const project = await readProjectFacts(integration);
  const needed = neededFacts(config);
  const knownIssueType = project.issueTypes.some((type) => type.id === config.issueTypeId);
  const [fields, priorities, statuses, editScreen, jqlObjection] = await Promise.all([
    needed.fields && knownIssueType ? readFieldFacts(integration.projectId, config.issueTypeId) : undefined,
    needed.priorities ? listPriorities() : undefined,
    needed.statuses && knownIssueType ? readStatusFacts(integration.projectId, config.issueTypeId, project) : undefined,
    needed.editScreen && knownIssueType ? readEditScreen(integration.projectId, config.issueTypeId) : undefined,
    needed.jql ? readJqlObjection(integration.projectId, config.linking.issueJql) : undefined,
  ]);
  return {
    project: project.project,
    issueTypes: project.issueTypes,
    requestTypes: project.requestTypes,
    ...(fields ? { fields: editScreen ? withEditScreen(fields, editScreen) : fields } : {}),
    ...(priorities ? { priorities: priorities.map(({ id, name }) => ({ id, name })) } : {}),
    // With an issue type the project lacks (reported under What links) the statuses aren't checked.
    ...(statuses ? { statuses: statuses.statuses } : {}),
    ...(jqlObjection !== undefined ? { jqlObjection } : {}),
  };
}

/** The help desk is asked only when the config names its statuses; its priorities are a fixed list. */
function readNeededHelpdeskFacts(integration: Integration, config: SyncConfig): Promise<HelpdeskFacts> {
  const namesStatuses = config.linking.ticketFilter.statusIds.length > 0 || neededFacts(config).statuses;
  if (namesStatuses) return readHelpdeskFacts(integration);
  return Promise.resolve({ available: true, statuses: [], priorities: helpdeskPriorities(integration.tool) });
}
