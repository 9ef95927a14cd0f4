import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';
import type { JiraTransition, StatusCategoryKey } from './jira-types';

interface TransitionBean {
  id: string;
  name: string;
  to?: { id?: string; name?: string; statusCategory?: { key?: string } };
  fields?: Record<string, { required?: boolean; name?: string }>;
}

/**
 * The transitions available to the app from the current status. With `withFields`, each
 * carries its screen's fields and whether they are required, so a status change can supply
 * them (a resolution to resolve) or be reported as impossible before it is tried.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-transitions-get
 */
export async function getTransitions(idOrKey: string, opts: { withFields?: boolean } = {}): Promise<JiraTransition[]> {
  const expand = opts.withFields ? 'transitions.fields' : '';
  const { body } = await requestJira<{ transitions?: TransitionBean[] }>(route`/rest/api/3/issue/${idOrKey}/transitions?expand=${expand}`, { as: AS_APP });
  return (body.transitions ?? []).map((transition) => ({
    id: String(transition.id),
    name: transition.name,
    to: {
      id: String(transition.to?.id ?? ''),
      name: transition.to?.name ?? '',
      categoryKey: (transition.to?.statusCategory?.key ?? 'new') as StatusCategoryKey,
    },
    fields: Object.fromEntries(Object.entries(transition.fields ?? {}).map(([id, field]) => [id, { required: field.required === true, name: field.name ?? id }])),
  }));
}
