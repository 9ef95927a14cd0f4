import type { Bucket } from './sync-config';

/**
 * What the admin page's "Service desks" panel and the server say about JSM service desks: the
 * desks Deskbridge can work in, each desk's status → bucket map, and the workflow readiness
 * report. Shared with static/ so both sides speak the same shape.
 */

/** Bucket names as the admin page and error messages say them. */
export const BUCKET_LABELS: Record<Bucket, string> = {
  new: 'New / Reopened',
  'in-progress': 'In Progress',
  waiting: 'Waiting for User',
  resolved: 'Resolved / Closed',
};

/** Jira's status category keys (`undefined` is Jira's own name for "no category"). */
export type StatusCategoryKey = 'new' | 'indeterminate' | 'done' | 'undefined';

/**
 * Jira spells categories three ways: platform keys (`new`, `indeterminate`, `done`), the workflow
 * API's names (`TODO`, `IN_PROGRESS`, `DONE`) and JSM's (`NEW`, `INDETERMINATE`, `DONE`, `UNDEFINED`).
 */
export function normaliseCategory(value: string | undefined): StatusCategoryKey {
  switch ((value ?? '').toLowerCase()) {
    case 'new':
    case 'todo':
    case 'to do':
      return 'new';
    case 'indeterminate':
    case 'in_progress':
    case 'in progress':
      return 'indeterminate';
    case 'done':
      return 'done';
    default:
      return 'undefined';
  }
}

export interface ServiceDeskOption {
  id: string;
  projectId: string;
  projectKey: string;
  projectName: string;
}

export interface BucketMapRow {
  statusId: string;
  name: string;
  categoryKey: StatusCategoryKey;
  /** What Deskbridge uses now: the saved choice, else the proposal. */
  bucket: Bucket;
  /** What Deskbridge proposes from the status category and name. */
  proposed: Bucket;
  /** True when an admin saved a bucket for this status. */
  saved: boolean;
}

export interface BucketMapView {
  serviceDeskId: string;
  projectKey: string;
  rows: BucketMapRow[];
  /** When the map was last saved (ISO 8601); absent while it is only proposed. */
  savedAt?: string;
}

export interface SaveBucketMapPayload {
  serviceDeskId: string;
  /** Status id → bucket, for every status of the desk's workflows. */
  buckets: Record<string, Bucket>;
}

/** One line of the readiness report: passed, failed, or not decidable yet (`unknown`). */
export interface ReadinessCheck {
  id: string;
  area: 'workflow' | 'screen' | 'permissions' | 'buckets';
  outcome: 'pass' | 'fail' | 'unknown';
  title: string;
  /** What was found, in plain words. */
  detail: string;
  /** What to change in Jira (or on this page) to make the check pass; only when it did not. */
  fix?: string;
}

export interface ReadinessReport {
  serviceDeskId: string;
  projectKey: string;
  projectName: string;
  /** The workflows the desk's request types use, with the request types on each. */
  workflows: { name: string; issueTypeIds: string[]; requestTypes: string[] }[];
  checks: ReadinessCheck[];
  /** True when no check failed. */
  ready: boolean;
}
