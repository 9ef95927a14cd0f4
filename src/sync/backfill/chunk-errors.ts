import { ConnectorError } from '../../connectors/http/connector-error';
import { JiraRequestError } from '../../jira/jira-error';
import { UserFacingError } from '../../shared/errors';
import { recordSyncLog } from '../logs/sync-log';
import { backoffMs } from './backfill-pace';
import { pushChunk } from './backfill-queue';
import { readRun, writeRun, type BackfillRun } from './backfill-run';
import { isTransient } from './recover-in-flight';

/** The wait a 429 asked for (requestJira waits out the short ones itself; a longer one reaches here). */
const retryAfterOf = (error: unknown): number | undefined =>
  error instanceof ConnectorError || error instanceof JiraRequestError ? error.retryAfterSeconds : undefined;

/** Unexpected errors (not a rate limit or an outage) get this many backed-off tries before the run stops. */
const MAX_UNEXPECTED = 5;

/** Stops the run and says why, in words a person can act on; it can be resumed once the cause is fixed. */
export async function failRun(run: BackfillRun, reason: string): Promise<void> {
  run.state = 'failed';
  run.lastError = reason;
  run.updatedAt = Date.now();
  await writeRun(run);
}

/**
 * A unit that failed as a whole. A rate limit or an outage is waited out: the next chunk is
 * pushed with a backoff (at least what the service asked for), from the checkpoint as stored
 * (the interrupted batch, if any, is in `inFlight` and is completed first). Anything a retry
 * cannot fix (credentials, permissions, a project that is gone) stops the run with its reason.
 * The backfill schedules its own retries rather than failing the event: Forge retries an event
 * only a few times, and a long outage must not end a migration.
 */
export async function handleChunkError(integrationId: string, runId: string, seq: number, error: unknown): Promise<void> {
  const run = await readRun(integrationId);
  if (!run || run.runId !== runId) return;
  const known = error instanceof UserFacingError;
  if (!isTransient(error) || (!known && run.pace.throttled >= MAX_UNEXPECTED)) {
    await failRun(run, known ? error.message : 'The backfill hit an unexpected error several times in a row. Resume it; if it stops again, contact support.');
    return;
  }
  const delayMs = backoffMs(run.pace, retryAfterOf(error));
  run.counts.retries += 1;
  run.checkpoint.seq = seq + 1;
  run.updatedAt = Date.now();
  await writeRun(run);
  await recordSyncLog({
    integrationId,
    direction: 'to-jira',
    action: 'change.retrying',
    result: 'retry',
    errorKind: known ? error.kind : 'internal',
    reason: `The backfill waits ${Math.round(delayMs / 1000)} s and continues from its last checkpoint${known ? `: ${error.message}` : '.'}`,
  });
  await pushChunk(integrationId, runId, seq + 1, delayMs / 1000);
}
