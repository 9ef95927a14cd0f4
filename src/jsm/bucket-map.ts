import { listProjectStatuses } from '../jira/list-project-statuses';
import { listRequestTypes } from '../jira/list-request-types';
import type { ServiceDesk } from '../jira/list-service-desks';
import { UserFacingError } from '../shared/errors';
import type { BucketMapView } from '../shared/jsm';
import { normaliseCategory } from '../shared/jsm';
import { DeskBuckets, readBucketMap, saveBucketMap } from './bucket-map-store';
import { proposeBucket } from './bucket-proposal';
import { getServiceDesk } from '../jira/get-service-desk';
import type { Bucket } from './jsm-types';

type DeskStatus = { id: string; name: string; categoryKey: string };

/** The statuses of the issue types the desk's request types use (project statuses: Browse Projects suffices). */
async function deskStatuses(desk: ServiceDesk): Promise<DeskStatus[]> {
  const [types, byIssueType] = await Promise.all([listRequestTypes(desk.id), listProjectStatuses(desk.projectId)]);
  const used = new Set(types.map((type) => type.issueTypeId));
  const relevant = byIssueType.some((entry) => used.has(entry.issueTypeId)) ? byIssueType.filter((entry) => used.has(entry.issueTypeId)) : byIssueType;
  const statuses = new Map<string, DeskStatus>();
  for (const entry of relevant) for (const status of entry.statuses) if (!statuses.has(status.id)) statuses.set(status.id, status);
  return [...statuses.values()];
}

function view(desk: ServiceDesk, statuses: DeskStatus[], buckets: DeskBuckets): BucketMapView {
  return {
    serviceDeskId: desk.id,
    projectKey: desk.projectKey,
    rows: statuses.map((status) => {
      const proposed = proposeBucket(status) ?? 'in-progress';
      const saved = buckets.savedBucketOf(status);
      return { statusId: status.id, name: status.name, categoryKey: normaliseCategory(status.categoryKey), bucket: saved ?? proposed, proposed, saved: saved !== undefined };
    }),
    ...(buckets.saved ? { savedAt: buckets.saved.savedAt } : {}),
  };
}

/** The desk's bucket map for the admin page: every status, with its saved bucket or the proposal. */
export async function bucketMapView(serviceDeskId: string): Promise<BucketMapView> {
  const desk = await getServiceDesk(serviceDeskId);
  const [statuses, saved] = await Promise.all([deskStatuses(desk), readBucketMap(desk.id)]);
  return view(desk, statuses, new DeskBuckets(saved));
}

/** Saves a bucket for every status the desk uses: all of them or nothing, so the map is never half-confirmed. */
export async function saveDeskBucketMap(serviceDeskId: string, chosen: Record<string, Bucket>): Promise<BucketMapView> {
  const desk = await getServiceDesk(serviceDeskId);
  const statuses = await deskStatuses(desk);
  const unknown = Object.keys(chosen).filter((id) => !statuses.some((status) => status.id === id));
  if (unknown.length > 0) throw new UserFacingError('invalid', `${desk.projectKey}'s request types use no status with id ${unknown.join(', ')}; reload the page to see its current statuses.`);
  const missing = statuses.filter((status) => !chosen[status.id]);
  if (missing.length > 0) throw new UserFacingError('invalid', `Pick a bucket for ${missing.map((status) => `"${status.name}"`).join(', ')} too.`);
  const map = { serviceDeskId: desk.id, statuses: statuses.map((status) => ({ id: status.id, name: status.name, bucket: chosen[status.id] })), savedAt: new Date().toISOString() };
  await saveBucketMap(map);
  return view(desk, statuses, new DeskBuckets(map));
}
