import type { Ticket } from '../../connectors/connector';
import { editIssue } from '../../jira/edit-issue';
import type { JiraIssue } from '../../jira/jira-types';
import { fieldDigest, sameAsBase, type SyncBase } from '../links/link-base';
import type { SyncLink } from '../links/link';
import { flowsTo, issueValues, syncedFields, ticketValues, type CommonValues } from '../mapping/common-fields';
import { jiraFieldsOf, ticketPatchOf } from '../mapping/write-values';
import type { SyncContext } from '../sync-context';
import { moveIssueToStatus } from './move-issue-to-status';

/** What one side looked like when read for this change; a side not read is left out. */
export interface ReadSides {
  ticket?: Ticket;
  issue?: JiraIssue;
}

/**
 * Three-way merge of the synced fields and the status: a side whose value differs from the base
 * changed since the last sync, and its value goes to the other side (if the field's direction
 * allows). When both changed, the later change wins. Only what changed is written, in one edit
 * per side, and the base becomes what both sides now hold. Returns the ticket as the help desk
 * answered an update (its status for the link), if it was updated.
 */
export async function syncFields(context: SyncContext, link: SyncLink, base: SyncBase, sides: ReadSides): Promise<Ticket | undefined> {
  const { config } = context;
  const fromTicket = sides.ticket ? ticketValues(sides.ticket, config) : undefined;
  const fromIssue = sides.issue ? issueValues(sides.issue, config) : undefined;
  const ticketIsLater = !sides.issue || (sides.ticket !== undefined && Date.parse(sides.ticket.updatedAt) >= Date.parse(sides.issue.updated));
  const toJira: CommonValues = {};
  const toTicket: CommonValues = {};

  for (const { key, direction } of syncedFields(config)) {
    const ticketValue = fromTicket?.[key];
    const issueValue = fromIssue?.[key];
    const ticketChanged = fromTicket !== undefined && !sameAsBase(ticketValue, base.fields[key]);
    const issueChanged = fromIssue !== undefined && !sameAsBase(issueValue, base.fields[key]);
    if (ticketChanged && (!issueChanged || ticketIsLater) && flowsTo(config, direction, 'jira')) {
      if (!(fromIssue && issueValue === ticketValue) && !(key === 'priority' && ticketValue === undefined)) toJira[key] = ticketValue;
      base.fields[key] = fieldDigest(ticketValue);
    } else if (issueChanged && flowsTo(config, direction, 'helpdesk')) {
      if (!(fromTicket && issueValue === ticketValue)) toTicket[key] = issueValue;
      base.fields[key] = fieldDigest(issueValue);
    } else if (fromTicket && fromIssue && ticketValue === issueValue) {
      base.fields[key] = fieldDigest(ticketValue);
    }
  }

  const ticketStatusId = await syncStatus(context, link, base, sides, ticketIsLater);
  if (Object.keys(toJira).length > 0) await editIssue(link.issueId, { fields: jiraFieldsOf(toJira, config) });
  const patch = ticketPatchOf(toTicket, config);
  if (ticketStatusId) patch.statusId = ticketStatusId;
  if (Object.keys(patch).length === 0) return undefined;
  return context.connector.updateTicket(context.credentials, link.ticketId, patch);
}

/**
 * Whether the side that was read holds a field or status change since the base. Only then is the
 * other side read too, so the merge sees a concurrent change there (the later one wins) instead
 * of overwriting it, while a reply, which changes no field, costs no read of the other side.
 */
export function changedSinceBase(context: SyncContext, base: SyncBase, sides: ReadSides): boolean {
  const { config } = context;
  const values = sides.ticket ? ticketValues(sides.ticket, config) : sides.issue ? issueValues(sides.issue, config) : undefined;
  if (!values) return false;
  const fieldChanged = syncedFields(config).some(({ key }) => !sameAsBase(values[key], base.fields[key]));
  const status = sides.ticket ? [sides.ticket.status.id, base.status.ticketStatusId] : [sides.issue!.status.id, base.status.jiraStatusId];
  return fieldChanged || (status[1] !== undefined && status[0] !== status[1]);
}

/** Statuses map many-to-one, so each side's own status id is compared with its own base. Returns a help-desk status to set, if any. */
async function syncStatus(context: SyncContext, link: SyncLink, base: SyncBase, sides: ReadSides, ticketIsLater: boolean): Promise<string | undefined> {
  const { statuses } = context.config;
  const ticketStatus = sides.ticket?.status.id;
  const jiraStatus = sides.issue?.status.id;
  // A side whose status was never seen (a new issue starts wherever its workflow starts) is adopted, not treated as a change.
  const ticketChanged = ticketStatus !== undefined && base.status.ticketStatusId !== undefined && ticketStatus !== base.status.ticketStatusId;
  const jiraChanged = jiraStatus !== undefined && base.status.jiraStatusId !== undefined && jiraStatus !== base.status.jiraStatusId;
  let ticketTarget: string | undefined;
  if (ticketChanged && (!jiraChanged || ticketIsLater) && flowsTo(context.config, statuses.direction, 'jira')) {
    const target = statuses.toJira[ticketStatus];
    if (target && target !== (jiraStatus ?? base.status.jiraStatusId)) await moveIssueToStatus(link, target);
    base.status = { ticketStatusId: ticketStatus, jiraStatusId: target ?? jiraStatus ?? base.status.jiraStatusId };
    return undefined;
  }
  if (jiraChanged && flowsTo(context.config, statuses.direction, 'helpdesk')) {
    const target = statuses.toHelpdesk[jiraStatus];
    if (target && target !== (ticketStatus ?? base.status.ticketStatusId)) ticketTarget = target;
    base.status = { ticketStatusId: target ?? ticketStatus ?? base.status.ticketStatusId, jiraStatusId: jiraStatus };
    return ticketTarget;
  }
  base.status = { ticketStatusId: ticketStatus ?? base.status.ticketStatusId, jiraStatusId: jiraStatus ?? base.status.jiraStatusId };
  return undefined;
}
