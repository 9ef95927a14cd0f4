import type { Integration } from '../../integrations/integration';
import { listPriorities } from '../../jira/list-priorities';
import type { OptionPart, OptionsByPart, StatusProposal } from './editor-views';
import { readFieldFacts } from './field-facts';
import { readHelpdeskFacts } from './helpdesk-facts';
import { readProjectFacts, readStatusFacts } from './jira-facts';
import { proposeStatusMapping } from './propose-statuses';

/**
 * What the editor offers, one part per step that needs Jira's answers, so opening a step costs at
 * most three Jira calls (Jira's rate limits count points per call): `linking` (issue and request
 * types), `fields` (fields and priorities for the picked issue type), `statuses` (both sides'
 * statuses for it). The help desk's side comes with each part that shows it.
 */
export async function readOptions<P extends OptionPart>(integration: Integration, part: P, issueTypeId: string): Promise<OptionsByPart[P]> {
  return (await READERS[part](integration, issueTypeId)) as OptionsByPart[P];
}

const READERS: { [P in OptionPart]: (integration: Integration, issueTypeId: string) => Promise<OptionsByPart[P]> } = {
  async linking(integration) {
    const [facts, helpdesk] = await Promise.all([readProjectFacts(integration), readHelpdeskFacts(integration)]);
    return { project: facts.project, issueTypes: facts.issueTypes, requestTypes: facts.requestTypes, helpdesk };
  },
  async fields(integration, issueTypeId) {
    const [jiraFields, priorities, helpdesk] = await Promise.all([
      readFieldFacts(integration.projectId, issueTypeId),
      listPriorities(),
      readHelpdeskFacts(integration),
    ]);
    return { issueTypeId, jiraFields, jiraPriorities: priorities.map(({ id, name }) => ({ id, name })), helpdesk };
  },
  async statuses(integration, issueTypeId) {
    const [jira, helpdesk] = await Promise.all([readStatusFacts(integration.projectId, issueTypeId), readHelpdeskFacts(integration)]);
    return { issueTypeId, jiraStatuses: jira.statuses, ...(jira.note ? { jiraNote: jira.note } : {}), helpdesk };
  },
};

/** The default status mapping for one issue type's workflow and the help desk's statuses. */
export async function proposeStatuses(integration: Integration, issueTypeId: string): Promise<StatusProposal> {
  const [jira, helpdesk] = await Promise.all([readStatusFacts(integration.projectId, issueTypeId), readHelpdeskFacts(integration)]);
  return proposeStatusMapping(helpdesk.statuses, jira.statuses);
}
