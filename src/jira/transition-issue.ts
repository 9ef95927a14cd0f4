import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';

export interface TransitionOptions {
  /** Screen fields in Jira's REST shape (`{ resolution: { name: 'Done' } }`). */
  fields?: Record<string, unknown>;
  /** Operations, e.g. `{ comment: [{ add: { body } }] }`. */
  update?: Record<string, unknown>;
}

/**
 * Moves an issue along its workflow as the app. Jira answers 400 when the transition is not
 * available from the current status or a required screen field is missing; that comes back as
 * a JiraRequestError carrying Jira's messages.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-transitions-post
 */
export async function transitionIssue(idOrKey: string, transitionId: string, opts: TransitionOptions = {}): Promise<void> {
  await requestJira(route`/rest/api/3/issue/${idOrKey}/transitions`, {
    as: AS_APP,
    method: 'POST',
    body: { transition: { id: transitionId }, ...(opts.fields ? { fields: opts.fields } : {}), ...(opts.update ? { update: opts.update } : {}) },
  });
}
