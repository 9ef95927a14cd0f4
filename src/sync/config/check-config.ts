import type { SyncConfig } from '../../shared/sync-config';
import { checkFields } from './check-fields';
import { checkLinking } from './check-linking';
import { checkComments, checkStatuses } from './check-statuses';
import { Problems, type HelpdeskFacts, type JiraFacts } from './config-facts';
import { describeIssues } from './describe-config-issues';
import type { SyncConfigProblem } from './editor-views';
import { syncConfigSchema } from './sync-config-schema';

/**
 * The two halves of validating a config on save. `parseSyncConfig` checks the shape alone (no
 * call to anyone); `checkSyncConfig` checks a well-shaped config against what Jira and the help
 * desk say. Both return every problem at once, in step order, so the editor shows all of them.
 */

export type Parsed = { ok: true; config: SyncConfig } | { ok: false; problems: SyncConfigProblem[] };

export function parseSyncConfig(raw: unknown): Parsed {
  const parsed = syncConfigSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error) };
  // Unused optional parts are dropped, so what is stored is exactly what was checked.
  const config: SyncConfig = { ...parsed.data, issueTypeId: parsed.data.issueTypeId.trim() };
  if (config.requestTypeId === undefined) delete config.requestTypeId;
  return { ok: true, config };
}

export function checkSyncConfig(config: SyncConfig, jira: JiraFacts, helpdesk: HelpdeskFacts): SyncConfigProblem[] {
  const problems = new Problems();
  checkLinking(config, jira, helpdesk, problems);
  checkFields(config, jira, helpdesk, problems);
  checkStatuses(config, jira, helpdesk, problems);
  checkComments(config, jira, problems);
  return problems.list;
}

/** One `invalid` message: "step: message" parts joined by "; ", the format the UI splits by step. */
export const problemsMessage = (problems: SyncConfigProblem[]): string => problems.map((problem) => `${problem.step}: ${problem.message}`).join('; ');
