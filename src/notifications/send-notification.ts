import { getIssue } from '../jira/get-issue';
import type { JiraIssue } from '../jira/jira-types';
import { adfToHtml } from '../sync/format/adf-to-html';
import { plainTextToAdf } from '../sync/format/plain-text';
import { getBase, saveBase } from '../sync/links/link-base';
import type { SyncLink } from '../sync/links/link';
import { refreshLinkProperty } from '../sync/links/link-property';
import { saveLink } from '../sync/links/link-store';
import type { SyncContext } from '../sync/sync-context';
import { settleClaim } from './notification-claim';
import type { NotificationJob } from './notification-job';
import { renderTemplate, type NotificationRule, type TemplateValues } from './notification-rules';

/** The comment-pair key a notification is recorded under in the link's base (never a Jira comment id). */
export const notificationPairKey = (job: NotificationJob) => `notification:${job.changelogId}:${job.ruleId}`;

/** The placeholders' values for one job: the change's own values first, the issue's current ones otherwise. */
export function templateValues(issue: JiraIssue, rule: NotificationRule, job: NotificationJob, siteUrl: string): TemplateValues {
  return {
    'issue.key': issue.key,
    'issue.status': rule.when.kind === 'status' ? (job.newValue ?? issue.status.name) : issue.status.name,
    'issue.url': `${siteUrl.replace(/\/$/, '')}/browse/${issue.key}`,
    'issue.summary': issue.summary,
    ...(rule.when.kind === 'field' && rule.when.field === 'fixVersions' && job.newValue ? { fixVersion: job.newValue } : {}),
  };
}

/**
 * Writes the note or reply to the ticket: one Jira read (the issue's current key and summary),
 * one help-desk write. The claim is settled at once with the comment's id, so from here on
 * nothing can send it again.
 */
export async function writeNotification(context: SyncContext, link: SyncLink, rule: NotificationRule, job: NotificationJob, siteUrl: string) {
  const issue = await getIssue(job.issueId, { fields: ['status', 'summary'] });
  const body = adfToHtml(plainTextToAdf(renderTemplate(rule.template, templateValues(issue, rule, job, siteUrl))));
  const written = await context.connector.addComment(context.credentials, link.ticketId, { body, public: rule.visibility === 'public' });
  await settleClaim(job, written.id);
  return { commentId: written.id, issue };
}

/**
 * Records what was written, under the link's lease (the sync changes the same base):
 * - the comment as a pair (`fromJira`), so the sync never copies Deskbridge's own note back into
 *   the issue as a new comment;
 * - a ticket status the rule sets as agreed, so the sync reads it back as no change rather than
 *   as the help desk moving the ticket (no echo into Jira's workflow).
 */
export async function recordNotification(context: SyncContext, link: SyncLink, rule: NotificationRule, job: NotificationJob, commentId: string): Promise<void> {
  const base = await getBase(link.id);
  base.comments.fromJira[notificationPairKey(job)] = commentId;
  await saveBase(link.id, base);
  if (!rule.setTicketStatusId) return;
  const before = { ...link };
  const ticket = await context.connector.updateTicket(context.credentials, link.ticketId, { statusId: rule.setTicketStatusId });
  base.status.ticketStatusId = ticket.status.id;
  await saveBase(link.id, base);
  link.ticketStatus = ticket.status.name;
  await refreshLinkProperty(before, link);
  await saveLink(link);
}
