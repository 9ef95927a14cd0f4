import { kvs } from '@forge/kvs';
import { KEY } from '../storage/keys';
import { proposeBucket, type StatusLike } from './bucket-proposal';
import type { Bucket } from './jsm-types';

/**
 * A service desk's status → bucket map as an admin saved it on the admin page. Statuses are kept
 * by id and by name: the workflow APIs name statuses by id, JSM's request API only by name (status
 * names are unique on a Jira site, so either finds the same status).
 */
export interface StoredBucketMap {
  serviceDeskId: string;
  statuses: { id: string; name: string; bucket: Bucket }[];
  savedAt: string;
}

export async function readBucketMap(serviceDeskId: string): Promise<StoredBucketMap | undefined> {
  return (await kvs.get<StoredBucketMap>(KEY.bucketMap(serviceDeskId))) ?? undefined;
}

export async function saveBucketMap(map: StoredBucketMap): Promise<void> {
  await kvs.set(KEY.bucketMap(map.serviceDeskId), map);
}

/** A status as the bucket lookup sees it: an id where the API gave one, always a name. */
export interface StatusRef extends StatusLike {
  id?: string;
}

/** The buckets of one desk: the saved choice for a status, else Deskbridge's proposal. */
export class DeskBuckets {
  private readonly byId = new Map<string, Bucket>();
  private readonly byName = new Map<string, Bucket>();

  constructor(readonly saved?: StoredBucketMap) {
    for (const status of saved?.statuses ?? []) {
      this.byId.set(status.id, status.bucket);
      this.byName.set(status.name.toLowerCase(), status.bucket);
    }
  }

  /** The saved bucket, if an admin chose one for this status. */
  savedBucketOf(status: StatusRef): Bucket | undefined {
    return (status.id !== undefined ? this.byId.get(status.id) : undefined) ?? this.byName.get(status.name.toLowerCase());
  }

  bucketOf(status: StatusRef): Bucket | null {
    return this.savedBucketOf(status) ?? proposeBucket(status);
  }
}

export async function loadDeskBuckets(serviceDeskId: string): Promise<DeskBuckets> {
  return new DeskBuckets(await readBucketMap(serviceDeskId));
}
