import type { AsyncEvent } from '@forge/events';
import { consumeChange } from './changes/change-consumer';
import { pollIntegration } from './poll/poll-integration';
import { schedulePolls } from './poll/poll-schedule';
import { onJiraIssueEvent, type JiraIssueEvent } from './triggers/jira-issue-event';
import { onHelpdeskWebhook, type WebhookRequest } from './triggers/helpdesk-webhook';

/**
 * The sync engine's Forge functions (manifest `function` keys → exports of src/index.ts).
 * Each is thin: the work is in the modules it calls.
 */

/** Product trigger (issue created, updated, commented; `ignoreSelf`): Jira → help desk. */
export const syncJiraIssueTrigger = async (event: JiraIssueEvent, _context?: unknown): Promise<void> => onJiraIssueEvent(event);

/** Web trigger: the help desks' webhooks, authenticated per integration: help desk → Jira. */
export const syncHelpdeskWebhook = async (request: WebhookRequest, _context?: unknown) => onHelpdeskWebhook(request);

/** Queue sync-changes: one change to one link. */
export const syncChangeConsumer = async (event: AsyncEvent, _context?: unknown) => consumeChange(event);

/** Queue sync-poll: one integration's safety-net poll (or its continuation). */
export const syncPollConsumer = async (event: AsyncEvent, _context?: unknown): Promise<void> => pollIntegration(event);

/** Scheduled every five minutes: a poll per enabled integration. */
export const syncPollSchedule = async (_request?: unknown): Promise<void> => schedulePolls();
