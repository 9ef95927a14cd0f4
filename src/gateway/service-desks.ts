import { listServiceDesks, type ServiceDesk } from '../jira/list-service-desks';
import { UserFacingError } from '../shared/errors';
import { noQuery } from './gateway-payloads';
import type { GatewayDesk } from './gateway-types';
import { readQuery } from './read-input';
import type { Route } from './route';

/**
 * The JSM service desks the app can reach, with their project's key and name (people and bots
 * know desks by project, JSM's API by id; JSM's desk list carries both, so this is one call):
 * what the admin page offers a key, and what GET /service-desks tells a bot its key may reach.
 */

/** Desks, all or the ids in `only` (in that order); ids that are not (or no longer) a desk are left out. A site without JSM has none. */
export async function describeDesks(only?: string[]): Promise<GatewayDesk[]> {
  let desks: ServiceDesk[];
  try {
    desks = await listServiceDesks();
  } catch (error) {
    if (error instanceof UserFacingError && error.kind === 'not-found') return [];
    throw error;
  }
  const wanted = only ? only.map((id) => desks.find((desk) => desk.id === id)).filter((desk) => desk !== undefined) : desks;
  return wanted.map(({ id, projectId, projectKey, projectName }): GatewayDesk => ({
    id,
    projectId,
    ...(projectKey ? { projectKey } : {}),
    ...(projectName ? { projectName } : {}),
  }));
}

/** GET /service-desks: what the calling key may reach and do, so a bot can check its setup without trying writes. Any valid key may ask. */
export const serviceDesksRoute: Route = {
  method: 'GET',
  pattern: '/service-desks',
  operation: 'service-desks.list',
  needs: null,
  handle: async ({ request, caller: { key } }) => {
    readQuery(request, noQuery);
    return {
      status: 200,
      body: {
        keyName: key.name,
        serviceDesks: await describeDesks(key.serviceDeskIds),
        operations: key.operations,
        rateLimitPerMinute: key.rateLimitPerMinute,
        ...(key.expiresAt !== undefined ? { expiresAt: new Date(key.expiresAt).toISOString() } : {}),
      },
    };
  },
};
