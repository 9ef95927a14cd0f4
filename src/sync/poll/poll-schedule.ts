import { Queue } from '@forge/events';
import { listAllIntegrations } from '../../integrations/integration-store';
import { QUEUE } from '../../storage/keys';
import { getSyncConfig } from '../config/sync-config-store';

const polls = new Queue({ key: QUEUE.syncPoll });

/**
 * The safety net (scheduled every five minutes): one queue event per enabled integration, so a
 * slow help desk holds up only its own poll. A lost webhook costs at most one interval.
 */
export async function schedulePolls(): Promise<void> {
  const enabled = [];
  for (const integration of await listAllIntegrations()) {
    if (integration.connectionId && (await getSyncConfig(integration.id))?.enabled) enabled.push(integration.id);
  }
  for (let start = 0; start < enabled.length; start += 50) {
    await polls.push(enabled.slice(start, start + 50).map((integrationId) => ({ body: { integrationId } })));
  }
}
