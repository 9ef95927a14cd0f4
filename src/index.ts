// Function entry points named in manifest.yml (`handler: index.<export>`). Re-exports only.

// Custom UI resolvers (admin page, project settings page, global page)
export { handler as resolver } from './resolvers';

// Async event consumers (queues identity-directory, identity-personal-data)
export { directoryConsumer, personalDataConsumer } from './identity/identity-functions';

// Scheduled triggers (daily)
export { directorySchedule, personalDataSchedule } from './identity/identity-functions';

// Sync (src/sync): product trigger, help-desk webhooks (web trigger), change and poll queues, the poll schedule
export { syncJiraIssueTrigger, syncHelpdeskWebhook, syncChangeConsumer, syncPollConsumer, syncPollSchedule } from './sync/sync-functions';

// Notifications back to the help desk (queue deskbridge-notifications)
export { notificationConsumer } from './notifications/notification-consumer';

// Sync backfill (queue sync-backfill) and the daily prune of sync logs
export { syncBackfillConsumer } from './sync/backfill/backfill-functions';
export { syncLogsPrune } from './sync/logs/sync-log-functions';

// Web triggers: the bot gateway (webtrigger bot-gateway)
export { botGateway } from './gateway/bot-gateway';
