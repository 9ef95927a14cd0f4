import { z } from 'zod';
import { createTicketFromIssue, linkExistingTicket } from '../../issue-panel/link-from-panel';
import type { PanelLinkAnswer } from '../../issue-panel/panel-view';
import { syncContextOf } from '../sync-links/sync-context-of';
import { defineResolver } from '../define-resolver';
import { editIntegration, integrationIdField } from '../integration-payloads';
import { issueField } from './panel-payloads';

/** Links an existing ticket (id or URL) to the issue; answers `confirm` instead when that would take it from another issue. */
export const linkFromPanel = defineResolver({
  key: 'issue-panel/link',
  payload: z
    .object({
      integrationId: integrationIdField,
      issue: issueField,
      ticket: z.string().trim().min(1, 'Enter the ticket id or paste its URL.').max(2000, 'That is too long for a ticket URL.'),
      moveFromOtherIssue: z.boolean().optional(),
    })
    .strict(),
  access: editIntegration,
  handle: async ({ integrationId, issue, ticket, moveFromOtherIssue }): Promise<PanelLinkAnswer> =>
    linkExistingTicket(await syncContextOf(integrationId), issue, ticket, moveFromOtherIssue === true),
});

/** Creates a ticket in the integration's help desk from the issue, and links them. */
export const createTicketFromPanel = defineResolver({
  key: 'issue-panel/create-ticket',
  payload: z.object({ integrationId: integrationIdField, issue: issueField }).strict(),
  access: editIntegration,
  handle: async ({ integrationId, issue }) => createTicketFromIssue(await syncContextOf(integrationId), issue),
});
