import { Queue } from '@forge/events';
import { QUEUE } from '../../storage/keys';
import type { ChangeNotice } from './change-notice';

/** Forge accepts at most 50 events per push. */
const PUSH_LIMIT = 50;

const changes = new Queue({ key: QUEUE.syncChanges });

/** Queues notices for the change consumer; `delaySeconds` defers them (a busy link, a paced poll). */
export async function pushChanges(notices: ChangeNotice[], delaySeconds = 0): Promise<void> {
  for (let start = 0; start < notices.length; start += PUSH_LIMIT) {
    const batch = notices.slice(start, start + PUSH_LIMIT);
    await changes.push(batch.map((body) => ({ body, ...(delaySeconds > 0 ? { delayInSeconds: delaySeconds } : {}) })));
  }
}
