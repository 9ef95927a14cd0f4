import { getTransitions } from '../jira/get-transitions';
import { listProjectStatuses } from '../jira/list-project-statuses';
import type { JiraTransition } from '../jira/jira-types';
import { transitionIssue } from '../jira/transition-issue';
import { BUCKET_LABELS } from '../shared/jsm';
import { BUCKETS } from '../shared/sync-config';
import { UserFacingError } from '../shared/errors';
import { loadDeskBuckets, type DeskBuckets } from './bucket-map-store';
import type { Bucket, RequestView } from './jsm-types';
import { getRequest } from './read-requests';
import { onRequest } from './request-view';

/** Words that name a move into each bucket, to prefer "Resolve" over "Close" and "Reopen" over a generic "Back". */
const BUCKET_WORDS: Record<Bucket, RegExp> = {
  new: /re-?open|\bnew\b/i,
  'in-progress': /progress|start|respond|work/i,
  waiting: /wait|pending|customer/i,
  resolved: /resolv/i,
};

export interface TransitionOptions {
  /** On resolve: who resolved it, when the resolve screen has Assignee. */
  assigneeAccountId?: string;
  /** On resolve: the resolution's name, when the resolve screen has Resolution (default "Done" where required). */
  resolutionName?: string;
}

/**
 * Moves a request to a status of `bucket`, in one workflow transition from its current status, as
 * the app (the platform's transitions: JSM's customer transitions name no target status and take
 * no fields). A request already in the bucket is left alone. The transition is the one leading to a
 * status of the bucket in the desk's bucket map, preferring one named like the bucket. Resolving
 * sets the assignee and resolution where the transition's screen has those fields; a screen that
 * requires anything else is refused before trying, with the fix. `read`: the request as the caller
 * just read it (its desk checked), so it is not read again.
 */
export async function transitionByBucket(key: string, bucket: Bucket, opts: TransitionOptions = {}, read?: RequestView): Promise<RequestView> {
  if (!BUCKETS.includes(bucket)) throw new UserFacingError('invalid', `"${String(bucket)}" is not a bucket; use one of ${BUCKETS.join(', ')}.`);
  const current = read ?? (await getRequest(key));
  if (current.status.bucket === bucket) return current;
  const [transitions, buckets] = await Promise.all([onRequest(key, () => getTransitions(key, { withFields: true })), loadDeskBuckets(current.serviceDeskId)]);
  const candidates = transitions.filter((transition) => buckets.bucketOf(transition.to) === bucket);
  if (candidates.length === 0) throw await noTransitionError(current, bucket, buckets, transitions.length === 0);
  const chosen = pick(candidates, bucket);
  await transitionIssue(key, chosen.id, { fields: screenValues(current, chosen, bucket, opts) });
  return getRequest(key);
}

function pick(candidates: JiraTransition[], bucket: Bucket): JiraTransition {
  const score = (transition: JiraTransition) => (BUCKET_WORDS[bucket].test(transition.name) ? 2 : 0) + (BUCKET_WORDS[bucket].test(transition.to.name) ? 1 : 0);
  return candidates.reduce((best, candidate) => (score(candidate) > score(best) ? candidate : best));
}

/** What Deskbridge fills on the transition's screen; refuses screens that require more. */
function screenValues(request: RequestView, transition: JiraTransition, bucket: Bucket, opts: TransitionOptions): Record<string, unknown> | undefined {
  const fields: Record<string, unknown> = {};
  const screen = transition.fields;
  if (bucket === 'resolved' && screen.assignee && opts.assigneeAccountId) fields.assignee = { accountId: opts.assigneeAccountId };
  if (screen.resolution && (screen.resolution.required || (bucket === 'resolved' && opts.resolutionName))) {
    fields.resolution = { name: opts.resolutionName ?? 'Done' };
  }
  const unfilled = Object.entries(screen).filter(([id, field]) => field.required && !(id in fields));
  if (unfilled.length > 0) {
    const names = unfilled.map(([, field]) => `"${field.name}"`).join(', ');
    throw new UserFacingError(
      'invalid',
      `${request.key} can reach ${BUCKET_LABELS[bucket]} from "${request.status.name}" only with the "${transition.name}" transition, whose screen requires ${names}. Deskbridge fills only Assignee and Resolution: make the other fields optional on that transition's screen (or give them a default) in the workflow of ${request.key.split('-')[0]}.`,
    );
  }
  return Object.keys(fields).length > 0 ? fields : undefined;
}

/** Status names that best stand for a bucket in advice ("Any status → Resolved"). */
const PREFERRED: Record<Bucket, RegExp> = { new: /reopen/i, 'in-progress': /in progress/i, waiting: /wait/i, resolved: /resolved/i };

/**
 * Why a request cannot be moved to a bucket, and what to change. Reads the project's statuses
 * (one call, only on this failure path) to name the statuses of the bucket in the advice.
 */
async function noTransitionError(request: RequestView, bucket: Bucket, buckets: DeskBuckets, noneAtAll: boolean): Promise<UserFacingError> {
  const projectKey = request.key.split('-')[0];
  const label = BUCKET_LABELS[bucket];
  // An empty list usually means the app may not transition at all, not that the workflow has a dead end.
  const permissionHint = noneAtAll
    ? ` Jira offered Deskbridge no transition at all from "${request.status.name}": if the workflow has some, give the app the Transition Issues permission in ${projectKey} (Project settings → Permissions).`
    : '';
  const statuses = new Map((await listProjectStatuses(projectKey)).flatMap((type) => type.statuses).map((status) => [status.id, status]));
  const targets = [...statuses.values()].filter((status) => buckets.bucketOf(status) === bucket);
  if (targets.length === 0) {
    return new UserFacingError(
      'invalid',
      `${request.key} cannot be moved to ${label}: no status of ${projectKey}'s workflow is in that bucket. Map one to ${label} in the bucket map of Deskbridge's Service desks panel, or add such a status to the workflow.${permissionHint}`,
    );
  }
  const target = targets.find((status) => PREFERRED[bucket].test(status.name)) ?? targets[0];
  return new UserFacingError(
    'invalid',
    `${request.key} is in "${request.status.name}" and its workflow has no transition from there to a ${label} status (${targets.map((status) => `"${status.name}"`).join(', ')}). Add a transition from any status to "${target.name}" in the workflow of ${projectKey} (select "${target.name}" and tick "Allow all statuses to transition to this one"), or one from "${request.status.name}".${permissionHint}`,
  );
}
