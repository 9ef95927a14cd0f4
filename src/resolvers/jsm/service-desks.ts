import { z } from 'zod';
import { listServiceDesks } from '../../jira/list-service-desks';
import { bucketMapView, saveDeskBucketMap } from '../../jsm/bucket-map';
import { readinessReport } from '../../jsm/readiness/readiness-report';
import { resolveScreenChecks } from '../../jsm/readiness/resolve-screen-check';
import type { BucketMapView, ReadinessCheck, ReadinessReport, ServiceDeskOption } from '../../shared/jsm';
import { BUCKETS } from '../../shared/sync-config';
import { defineResolver } from '../define-resolver';

/** JSM service desk ids are numeric strings. */
export const serviceDeskId = z.string().regex(/^\d{1,18}$/, 'Pick a service desk from the list.');

/** The service desks Deskbridge can work in (those the app can access), for the admin page's desk picker. */
export const listDesks = defineResolver({
  key: 'jsm/desks',
  payload: z.object({}).strict(),
  access: { action: 'desks.manage' },
  handle: async (): Promise<ServiceDeskOption[]> =>
    (await listServiceDesks())
      .map(({ id, projectId, projectKey, projectName }) => ({ id, projectId, projectKey, projectName }))
      .sort((a, b) => a.projectName.localeCompare(b.projectName)),
});

/** Whether a desk's workflows, the app's permissions and the bucket map let Deskbridge work the desk; each failed check says what to change. */
export const deskReadiness = defineResolver({
  key: 'jsm/readiness',
  payload: z.object({ serviceDeskId }).strict(),
  access: { action: 'desks.manage' },
  handle: ({ serviceDeskId: id }): Promise<ReadinessReport> => readinessReport(id),
});

/** The resolve transition's screen, read on the desk's newest open request (Jira shows screen fields only on an issue). */
export const resolveScreenReadiness = defineResolver({
  key: 'jsm/readiness/resolve-screen',
  payload: z.object({ serviceDeskId }).strict(),
  access: { action: 'desks.manage' },
  handle: ({ serviceDeskId: id }): Promise<ReadinessCheck[]> => resolveScreenChecks(id),
});

/** Every status of the desk's request types with its bucket: the saved choice, else Deskbridge's proposal. */
export const getBucketMap = defineResolver({
  key: 'jsm/bucket-map/get',
  payload: z.object({ serviceDeskId }).strict(),
  access: { action: 'desks.manage' },
  handle: ({ serviceDeskId: id }): Promise<BucketMapView> => bucketMapView(id),
});

/** Saves a bucket for every status of the desk (all or nothing). */
export const saveBucketMap = defineResolver({
  key: 'jsm/bucket-map/save',
  payload: z
    .object({
      serviceDeskId,
      buckets: z.record(z.string().regex(/^\d{1,18}$/, 'Status ids are numbers.'), z.enum(BUCKETS, { error: `Pick one of the buckets: ${BUCKETS.join(', ')}.` })),
    })
    .strict(),
  access: { action: 'desks.manage' },
  handle: ({ serviceDeskId: id, buckets }): Promise<BucketMapView> => saveDeskBucketMap(id, buckets),
});
