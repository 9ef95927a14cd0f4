import { newRun, writeRun, type BackfillRun } from '../../src/sync/backfill/backfill-run';

/**
 * Backfill records for the access table, straight into storage (the states are reached through
 * the resolvers in the backfill tests): an estimated run on the syncing integration (to start
 * or estimate again), running runs on the agent's own integration (to pause, cancel, retry
 * failures) and a paused one on the admin's integration (to resume). Their estimates select
 * nothing old, so a run the table starts ends in a moment and leaves nothing running.
 */
export async function backfillFixtures(integrations: { syncSup: string; agentsSup: string; adminsEng: string }): Promise<void> {
  const filter = { createdFrom: '2999-01-01', statusIds: [], tags: [], priorities: [] };
  const at = (id: string, state: BackfillRun['state']): BackfillRun => ({ ...newRun(id, filter), state, ...(state === 'estimating' ? {} : { startedAt: Date.now() }) });
  const estimated = { ...at(integrations.syncSup, 'estimated'), startedAt: undefined };
  estimated.estimate = { matching: 0, alreadyLinked: 0, commentsPerTicket: 0, helpdeskCalls: 1, jiraCalls: 0, seconds: 1, helpdeskLimitPerMinute: 400, jiraPointsPerHour: 65_000 };
  await writeRun(estimated);
  await writeRun(at(integrations.agentsSup, 'running'));
  await writeRun(at(integrations.adminsEng, 'paused'));
}
