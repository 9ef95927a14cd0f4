import { readChanges } from '../fields/issue-input';
import { isAdfDocument } from '../fields/field-values';
import { badRequest } from '../http-error';
import { objectBody } from '../request-body';
import { ok, type RouteContext, type RouteResult } from '../route';
import { addComment, availableTransitions, transitionIssue } from '../state/issues';
import { screenMetadata } from '../views/field-metadata';
import { statusView } from '../views/issue-parts';
import { issueFor, projectOfIssue, visibleIssue } from './issue-access';

/**
 * Workflow transitions of an issue, and making one.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-transitions-get
 */

/** The transitions available from the issue's status; `expand=transitions.fields` adds each screen. */
export function getTransitions({ site, caller, params, query }: RouteContext): RouteResult {
  const issue = visibleIssue(site, caller, params.issueIdOrKey);
  const project = projectOfIssue(site, issue);
  const withFields = (query.get('expand') ?? '').split(',').map((item) => item.trim()).includes('transitions.fields');
  const only = query.get('transitionId');
  const transitions = availableTransitions(site, issue)
    .filter((transition) => !only || transition.id === only)
    .map((transition) => {
      const target = project.statuses.find((status) => status.id === transition.to)!;
      return {
        id: transition.id,
        name: transition.name,
        to: statusView(site, target),
        hasScreen: (transition.fields ?? []).length > 0,
        isGlobal: transition.from.length === 0,
        isInitial: false,
        isAvailable: true,
        isConditional: false,
        isLooped: false,
        ...(withFields ? { fields: screenMetadata(site, transition.fields ?? []) } : {}),
      };
    });
  return ok({ expand: 'transitions', transitions });
}

/**
 * Makes a transition, with the fields of its screen (`fields`, `update`) and optionally a
 * comment (`update.comment: [{ add: { body } }]`). 204; 400 when the transition is not available
 * from the issue's status or a required screen field is missing.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-transitions-post
 */
export function doTransition({ site, caller, params, body }: RouteContext): RouteResult {
  const issue = issueFor(site, caller, params.issueIdOrKey, 'TRANSITION_ISSUES', 'You do not have permission to transition this issue.', 400);
  const request = objectBody(body);
  const transition = objectBody(request.transition, 'transition');
  if (transition.id === undefined || transition.id === null) throw badRequest('', { transition: "'transition' identifier must be specified." });
  const { comment, ...update } = objectBody(request.update, 'update');
  const changes = readChanges(site, request.fields, update, { currentLabels: issue.labels });
  const commentBody = Array.isArray(comment) ? objectBody(objectBody(comment[0], 'comment').add, 'comment').body : undefined;
  if (comment !== undefined && !isAdfDocument(commentBody)) throw badRequest('', { comment: 'Comment body can not be empty!' });
  transitionIssue(site, issue.id, String(transition.id), changes, caller.accountId);
  if (isAdfDocument(commentBody)) addComment(site, issue.id, { body: commentBody }, caller.accountId);
  return { status: 204 };
}
