import type { AsyncEvent } from '@forge/events';
import { runBackfillChunk } from './backfill-consumer';

/** Queue sync-backfill: one chunk of one integration's backfill (manifest function `sync-backfill-consumer`). */
export const syncBackfillConsumer = async (event: AsyncEvent, _context?: unknown): Promise<void> => runBackfillChunk(event);
