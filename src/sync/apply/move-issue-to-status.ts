import { getIssue } from '../../jira/get-issue';
import { getTransitions } from '../../jira/get-transitions';
import { transitionIssue } from '../../jira/transition-issue';
import { UserFacingError } from '../../shared/errors';
import type { SyncLink } from '../links/link';

/** The resolution a sync sets when the transition's screen asks for one (Jira's default resolution). */
const DEFAULT_RESOLUTION = 'Done';

/**
 * Jira changes status only through its workflow: find the transition from the issue's current
 * status that ends in the target status. When the workflow has none, or its screen wants a field
 * the help desk can't supply, the link is parked with a reason that says what to change (the
 * workflow or the status mapping); nothing is forced.
 */
export async function moveIssueToStatus(link: SyncLink, targetStatusId: string): Promise<void> {
  const transitions = await getTransitions(link.issueId, { withFields: true });
  const transition = transitions.find((candidate) => candidate.to.id === targetStatusId);
  // Already there (e.g. a retry after the answer to the transition itself was lost): nothing to do.
  if (!transition && (await getIssue(link.issueId, { fields: ['status'] })).status.id === targetStatusId) return;
  if (!transition) {
    throw new UserFacingError(
      'invalid',
      `${link.issueKey} cannot move to the mapped status (id ${targetStatusId}): its workflow has no transition to it from the issue's current status. ` +
        'Add a transition to that status in the workflow, or map the help-desk status to a status the workflow can reach.',
    );
  }
  const fields: Record<string, unknown> = {};
  for (const [fieldId, field] of Object.entries(transition.fields)) {
    if (!field.required) continue;
    if (fieldId !== 'resolution') {
      throw new UserFacingError(
        'invalid',
        `The "${transition.name}" transition of ${link.issueKey} requires the field "${field.name}", which the help desk cannot fill in. Make it optional on the transition screen, or map the status elsewhere.`,
      );
    }
    fields.resolution = { name: DEFAULT_RESOLUTION };
  }
  await transitionIssue(link.issueId, transition.id, Object.keys(fields).length ? { fields } : {});
}
