import { proposeBucket } from '../../jsm/bucket-proposal';
import type { Bucket } from '../../shared/sync-config';
import type { StatusProposal } from './editor-views';

/**
 * The default status mapping, both ways, through the four buckets of DESIGN.md (New/Reopened,
 * In Progress, Waiting for User, Resolved/Closed). Help-desk statuses carry their bucket; a Jira
 * status gets one from its category and name (or a service desk's saved bucket map). Within a bucket a status of the same name wins,
 * then the first in the other side's order. A to-Jira target must be reachable by a transition,
 * or the sync could never move an issue there.
 */

export interface BucketedStatus {
  id: string;
  name: string;
  bucket: Bucket;
}

export interface ProposableJiraStatus extends BucketedStatus {
  reachable: boolean;
}

/**
 * Jira's status category (plus the name) → bucket, by the same rule the service desk bucket map
 * proposes (src/jsm/bucket-proposal.ts); a status without a category counts as in progress.
 */
export function jiraStatusBucket(name: string, category: 'new' | 'indeterminate' | 'done'): Bucket {
  return proposeBucket({ name, categoryKey: category }) ?? 'in-progress';
}

/**
 * Where to look when the other side has no status in a bucket: waiting on the customer is still
 * open work, open work in progress is still open; nothing stands in for "resolved".
 */
const FALLBACK: Record<Bucket, Bucket[]> = {
  new: ['new', 'in-progress'],
  'in-progress': ['in-progress', 'new'],
  waiting: ['waiting', 'in-progress', 'new'],
  resolved: ['resolved'],
};

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function closest<T extends BucketedStatus>(from: BucketedStatus, candidates: T[]): T | undefined {
  for (const bucket of FALLBACK[from.bucket]) {
    const inBucket = candidates.filter((candidate) => candidate.bucket === bucket);
    const match = inBucket.find((candidate) => sameName(candidate.name, from.name)) ?? preferPlain(inBucket, from);
    if (match) return match;
  }
  return undefined;
}

/** For a plain "new" status prefer a plain new one over "Reopened" (and the other way round). */
function preferPlain<T extends BucketedStatus>(candidates: T[], from: BucketedStatus): T | undefined {
  const reopened = (status: BucketedStatus) => /\breopen(ed)?\b/i.test(status.name);
  return candidates.find((candidate) => reopened(candidate) === reopened(from)) ?? candidates[0];
}

export function proposeStatusMapping(helpdesk: BucketedStatus[], jira: ProposableJiraStatus[]): StatusProposal {
  const reachable = jira.filter((status) => status.reachable);
  const toJira: Record<string, string> = {};
  for (const status of helpdesk) {
    const target = closest(status, reachable);
    if (target) toJira[status.id] = target.id;
  }
  const toHelpdesk: Record<string, string> = {};
  for (const status of jira) {
    const target = closest(status, helpdesk);
    if (target) toHelpdesk[status.id] = target.id;
  }
  return { toJira, toHelpdesk };
}
