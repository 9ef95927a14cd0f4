import type { WorkflowGraph } from '../../jira/read-workflows';
import { BUCKET_LABELS, type ReadinessCheck } from '../../shared/jsm';
import type { DeskBuckets } from '../bucket-map-store';
import type { Bucket } from '../jsm-types';

/**
 * Whether a workflow lets Deskbridge follow the help desk in one transition: every open status can
 * be resolved, new and waiting requests can be put in progress, and resolved ones reopened. Only
 * the moves a help desk actually makes are asked for (nobody puts a resolved ticket back to
 * "waiting for user"), so a standard JSM workflow passes without changes. Also whether every
 * status the workflows use has a bucket an admin confirmed.
 */

interface Move {
  id: string;
  target: Bucket;
  /** The buckets whose statuses must reach `target`. */
  from: Bucket[];
  title: string;
  /** Status names that best stand for the target bucket in advice ("Any status → Resolved"). */
  preferred: RegExp;
}

const MOVES: Move[] = [
  { id: 'resolve', target: 'resolved', from: ['new', 'in-progress', 'waiting'], title: 'Every open status can be resolved in one step', preferred: /resolved/i },
  { id: 'start', target: 'in-progress', from: ['new', 'waiting'], title: 'New and waiting requests can be put In Progress in one step', preferred: /in progress/i },
  { id: 'reopen', target: 'new', from: ['resolved'], title: 'Resolved requests can be reopened in one step', preferred: /reopen/i },
];

type Status = WorkflowGraph['statuses'][number];

export function workflowChecks(workflow: WorkflowGraph, buckets: DeskBuckets): ReadinessCheck[] {
  const bucketOf = (status: Status) => buckets.bucketOf(status);
  const statusById = new Map(workflow.statuses.map((status) => [status.id, status]));
  const reaches = (from: Status, target: Bucket) =>
    workflow.transitions.some((transition) => {
      const starts = transition.from === 'any' ? transition.to !== from.id : transition.from.includes(from.id);
      const to = statusById.get(transition.to);
      return starts && !!to && bucketOf(to) === target;
    });

  return MOVES.map((move): ReadinessCheck => {
    const id = `workflow:${workflow.id}:${move.id}`;
    const label = BUCKET_LABELS[move.target];
    const title = `${workflow.name}: ${move.title}`;
    const targets = workflow.statuses.filter((status) => bucketOf(status) === move.target);
    if (targets.length === 0) {
      return {
        id,
        area: 'workflow',
        outcome: 'fail',
        title,
        detail: `No status of this workflow is in the ${label} bucket.`,
        fix: `Map a status of "${workflow.name}" to ${label} in the bucket map below, or add such a status to the workflow.`,
      };
    }
    const sources = workflow.statuses.filter((status) => move.from.includes(bucketOf(status) as Bucket));
    const stuck = sources.filter((status) => !reaches(status, move.target));
    const target = targets.find((status) => move.preferred.test(status.name)) ?? targets[0];
    if (stuck.length === 0) {
      return { id, area: 'workflow', outcome: 'pass', title, detail: sources.length === 0 ? `No status needs this move.` : `${list(sources)} each have a transition to ${list(targets, 'or')}.` };
    }
    return {
      id,
      area: 'workflow',
      outcome: 'fail',
      title,
      detail: `${list(stuck)} ${stuck.length === 1 ? 'has' : 'have'} no transition to ${list(targets, 'or')} (${label}).`,
      fix: `In the workflow "${workflow.name}", add a transition from any status to "${target.name}" (select "${target.name}" and tick "Allow all statuses to transition to this one"), or a transition to it from ${list(stuck)}.`,
    };
  });
}

function list(statuses: Status[], joiner = 'and'): string {
  const names = statuses.map((status) => `"${status.name}"`);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${joiner} ${names[names.length - 1]}`;
}

/**
 * Whether an admin has confirmed a bucket for every status the desk's workflows use. Until then
 * Deskbridge works from its proposal, which is usually right but is a guess: a status named
 * "Escalated" could be In Progress or Waiting for User, and only the admin knows.
 */
export function bucketCheck(statuses: { id: string; name: string; categoryKey?: string }[], buckets: DeskBuckets): ReadinessCheck {
  const unmapped = statuses.filter((status) => buckets.bucketOf(status) === null);
  const unsaved = statuses.filter((status) => buckets.savedBucketOf(status) === undefined && buckets.bucketOf(status) !== null);
  const base = { id: 'buckets:all-mapped', area: 'buckets' as const, title: 'Every status maps to a bucket' };
  if (unmapped.length > 0) {
    return {
      ...base,
      outcome: 'fail',
      detail: `Deskbridge cannot tell which bucket ${unmapped.map((status) => `"${status.name}"`).join(', ')} belong${unmapped.length === 1 ? 's' : ''} to (no status category).`,
      fix: 'Pick a bucket for each of them in the bucket map below and save it.',
    };
  }
  if (unsaved.length > 0) {
    const proposals = unsaved.map((status) => `"${status.name}" → ${BUCKET_LABELS[buckets.bucketOf(status)!]}`).join(', ');
    return { ...base, outcome: 'fail', detail: `Only proposed so far: ${proposals}.`, fix: 'Review the bucket map below and save it, changing any bucket that is wrong.' };
  }
  return { ...base, outcome: 'pass', detail: `All ${statuses.length} statuses have a saved bucket.` };
}
