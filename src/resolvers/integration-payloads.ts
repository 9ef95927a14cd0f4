import { z } from 'zod';

/** Payload parts every integration-scoped resolver shares, and the access its changes need. */
export const integrationIdField = z.string().uuid('Unknown integration.');
export const ticketIdField = z.string().trim().min(1, 'Enter the ticket id.').max(64, 'A ticket id is at most 64 characters.');

/** Changes to an integration's sync (links, webhook, backfill, issue-panel actions) need the right to edit it. */
export const editIntegration = { action: 'integrations.edit' as const, integrationId: ({ integrationId }: { integrationId: string }) => integrationId };
