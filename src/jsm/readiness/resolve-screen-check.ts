import { getTransitions } from '../../jira/get-transitions';
import type { JiraTransition } from '../../jira/jira-types';
import { searchIssues } from '../../jira/search-issues';
import type { ReadinessCheck } from '../../shared/jsm';
import { loadDeskBuckets } from '../bucket-map-store';
import { getServiceDesk } from '../../jira/get-service-desk';

/** Fields Deskbridge fills itself when it resolves a request. */
const FILLED = new Set(['assignee', 'resolution']);

/**
 * Whether the resolve transition's screen lets Deskbridge say who resolved a request (Assignee)
 * and asks for nothing it cannot fill. Jira shows a transition's screen fields only on an issue
 * (`expand=transitions.fields`), so the check reads them on the desk's most recently updated open
 * request; without one it cannot tell yet, and says so. Four Jira calls: desk, search, transitions.
 */
export async function resolveScreenChecks(serviceDeskId: string): Promise<ReadinessCheck[]> {
  const desk = await getServiceDesk(serviceDeskId);
  const [page, buckets] = await Promise.all([
    searchIssues(`project = ${desk.projectId} AND statusCategory != Done ORDER BY updated DESC`, { maxResults: 1 }),
    loadDeskBuckets(desk.id),
  ]);
  const sample = page.issues[0];
  if (!sample) {
    return [unknown(`${desk.projectKey} has no open request, and Jira shows a transition's screen only on an issue.`, 'Raise a request in the desk (or wait for the first one), then check again.')];
  }
  const resolves = (await getTransitions(sample.key, { withFields: true })).filter((transition) => buckets.bucketOf(transition.to) === 'resolved');
  const resolve = resolves.find((transition) => /resolv/i.test(transition.name)) ?? resolves[0];
  if (!resolve) {
    return [unknown(`${sample.key} (in "${sample.status.name}") has no transition to a Resolved status, so no resolve screen could be read.`, 'Fix the workflow as the checks above say, then check again.')];
  }
  return [assigneeCheck(resolve, sample.key), requiredCheck(resolve, desk.projectKey)];
}

function unknown(detail: string, fix: string): ReadinessCheck {
  return { id: 'screen:resolve', area: 'screen', outcome: 'unknown', title: 'The resolve screen suits Deskbridge', detail, fix };
}

function assigneeCheck(resolve: JiraTransition, sampleKey: string): ReadinessCheck {
  const has = !!resolve.fields.assignee;
  return {
    id: 'screen:assignee',
    area: 'screen',
    outcome: has ? 'pass' : 'fail',
    title: `The "${resolve.name}" transition's screen has Assignee`,
    detail: has
      ? `Deskbridge sets who resolved a request while resolving it (read on ${sampleKey}).`
      : `Without Assignee on the screen, requests resolved from the help desk keep whoever was assigned before (read on ${sampleKey}).`,
    ...(has ? {} : { fix: `Add the Assignee field to the screen of the "${resolve.name}" transition (workflow editor → "${resolve.name}" → Screen), or give the transition a screen that has it.` }),
  };
}

function requiredCheck(resolve: JiraTransition, projectKey: string): ReadinessCheck {
  const others = Object.entries(resolve.fields).filter(([id, field]) => field.required && !FILLED.has(id));
  const names = others.map(([, field]) => `"${field.name}"`).join(', ');
  return {
    id: 'screen:required',
    area: 'screen',
    outcome: others.length === 0 ? 'pass' : 'fail',
    title: `The "${resolve.name}" transition asks only for what Deskbridge fills`,
    detail: others.length === 0 ? 'Its screen requires nothing besides Assignee and Resolution, which Deskbridge fills.' : `Its screen requires ${names}, which Deskbridge cannot fill.`,
    ...(others.length === 0 ? {} : { fix: `Make ${names} optional on the "${resolve.name}" screen, or give them a default, in ${projectKey}'s workflow.` }),
  };
}
