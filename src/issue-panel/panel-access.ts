import type { Caller } from '../access/caller';
import { decide } from '../access/rules';
import type { Integration } from '../integrations/integration';
import { getIssue } from '../jira/get-issue';
import { JiraRequestError } from '../jira/jira-error';
import type { JiraIssue } from '../jira/jira-types';
import { UserFacingError } from '../shared/errors';

/**
 * Who sees the panel and who acts in it. Seeing: whoever may browse the issue's project in Jira,
 * which is who sees the issue itself (the sync already copies the tickets' replies into it; the
 * panel adds their status, requester and the fields a Jira admin chose). Acting (reply, link,
 * create, retry, unlink): whoever may edit the link's integration, exactly as on Deskbridge's
 * own pages. Both are asked of Jira on every call, as the app, for the caller's account.
 */
export async function issueCallerMayBrowse(caller: Caller, issueIdOrKey: string): Promise<JiraIssue> {
  let issue: JiraIssue;
  try {
    issue = await getIssue(issueIdOrKey, { fields: ['project'] });
  } catch (error) {
    if (error instanceof JiraRequestError && error.kind === 'not-found') {
      throw new UserFacingError('not-found', 'This issue no longer exists, or Deskbridge may not see it.');
    }
    throw error;
  }
  const grant = (await caller.projectGrants([issue.projectId])).get(issue.projectId)!;
  if (!grant.browse && !grant.administer) {
    throw new UserFacingError('forbidden', `You can't browse ${issue.key}'s project, so Deskbridge shows nothing of its tickets.`);
  }
  return issue;
}

/** Whether the caller may act on links of this integration, and why not (the reason the guard would give). */
export async function actingRight(caller: Caller, integration: Integration | undefined): Promise<{ canAct: boolean; refusal?: string }> {
  if (!integration) return { canAct: false, refusal: 'The integration that linked this ticket was deleted.' };
  const decision = await decide('integrations.edit', caller, { kind: 'integration', integration });
  return decision.allowed ? { canAct: true } : { canAct: false, refusal: decision.reason };
}
