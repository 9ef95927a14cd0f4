import { BUCKET_LABELS, type BucketMapView, type ReadinessCheck } from '../../../src/shared/jsm';
import { BUCKETS, type Bucket } from '../../../src/shared/sync-config';

/** Wording and grouping for the Service desks panel, kept apart from the components so it can be unit tested. */

export const AREA_LABELS: Record<ReadinessCheck['area'], string> = {
  workflow: 'Workflows',
  screen: 'Resolve screen',
  permissions: "Deskbridge's permissions",
  buckets: 'Bucket map',
};

const AREA_ORDER: ReadinessCheck['area'][] = ['workflow', 'screen', 'permissions', 'buckets'];

export const OUTCOME_MARKS: Record<ReadinessCheck['outcome'], { mark: string; label: string }> = {
  pass: { mark: '✓', label: 'Passes' },
  fail: { mark: '✗', label: 'Fails' },
  unknown: { mark: '?', label: 'Not checked yet' },
};

export interface CheckGroup {
  area: ReadinessCheck['area'];
  label: string;
  checks: ReadinessCheck[];
}

/** Checks by area, in the order an admin fixes things: workflow, its screen, permissions, buckets. */
export function groupChecks(checks: ReadinessCheck[]): CheckGroup[] {
  return AREA_ORDER.map((area) => ({ area, label: AREA_LABELS[area], checks: checks.filter((check) => check.area === area) })).filter(
    (group) => group.checks.length > 0,
  );
}

export function summarise(checks: ReadinessCheck[]): { ready: boolean; text: string } {
  const failed = checks.filter((check) => check.outcome === 'fail').length;
  const unknown = checks.filter((check) => check.outcome === 'unknown').length;
  if (failed === 0 && unknown === 0) return { ready: true, text: `Ready: all ${checks.length} checks pass.` };
  const parts = [failed > 0 ? `${failed} of ${checks.length} checks fail` : '', unknown > 0 ? `${unknown} could not be checked yet` : ''].filter(Boolean);
  return { ready: false, text: `Not ready: ${parts.join(', ')}. Each says what to change.` };
}

export type BucketOption = { value: Bucket; label: string };
export const BUCKET_OPTIONS: BucketOption[] = BUCKETS.map((bucket) => ({ value: bucket, label: BUCKET_LABELS[bucket] }));

/** The buckets the map shows now, as the editor's starting draft. */
export const draftOf = (view: BucketMapView): Record<string, Bucket> => Object.fromEntries(view.rows.map((row) => [row.statusId, row.bucket]));

/** Whether saving would change anything: a bucket differs, or the map was only proposed so far. */
export function hasChanges(view: BucketMapView, draft: Record<string, Bucket>): boolean {
  return view.rows.some((row) => !row.saved || draft[row.statusId] !== row.bucket);
}
