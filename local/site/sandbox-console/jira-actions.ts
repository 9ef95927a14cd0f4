import type { ActionOutcome, FormFields } from './form-fields';
import { jiraClient, type CommentVisibility } from './jira-client';
import { COMMENT_VISIBILITIES } from './jira-section';
import { ConsoleError } from './sandbox-call';
import { findActor, JIRA_PROJECTS, type SandboxTargets } from './sandbox-targets';

/**
 * What the Jira forms do, as the person chosen in the form's `as` field: each is the REST call
 * Jira's own UI makes for that action, so the sandbox raises the same product event (created,
 * commented, updated) in that person's name.
 */

/** Jira issue keys: project key, dash, number. */
const ISSUE_KEY = '([A-Z][A-Z0-9_]*-\\d+)';

/** `/jira/...` after `/__local/sandboxes`; undefined when the path is not a Jira action. */
export async function jiraAction(path: string, form: FormFields, targets: SandboxTargets): Promise<ActionOutcome | undefined> {
  const comment = new RegExp(`^/jira/issues/${ISSUE_KEY}/comments$`).exec(path);
  const transition = new RegExp(`^/jira/issues/${ISSUE_KEY}/transitions$`).exec(path);
  if (path !== '/jira/issues' && !comment && !transition) return undefined;
  const actor = findActor(form.optional('as', 100));
  const jira = jiraClient(targets.jiraUrl, actor);

  if (comment) {
    const key = comment[1];
    const visibility = form.oneOf(
      'visibility',
      COMMENT_VISIBILITIES.map((choice) => choice.value as CommentVisibility),
    );
    await jira.addComment(key, form.required('body'), visibility);
    return { notice: `${actor.displayName} commented on ${key}.`, anchor: `jira-${key}` };
  }
  if (transition) {
    const key = transition[1];
    const transitionId = form.required('transition', 20);
    // Send a resolution only when the transition's screen has the field: Jira refuses fields that are not on it.
    const [chosen] = await jira.listTransitions(key, transitionId);
    if (!chosen) throw new ConsoleError(`That transition is no longer available on ${key}; the page shows the current ones.`);
    const resolution = chosen.resolutions ? form.optional('resolution', 20) || chosen.resolutions[0]?.id : undefined;
    await jira.transition(key, transitionId, resolution);
    return { notice: `${actor.displayName} moved ${key} to ${chosen.to} (${chosen.name}).`, anchor: `jira-${key}` };
  }
  const [projectKey, issueTypeId] = form.required('type', 40).split(':');
  if (!(JIRA_PROJECTS as readonly string[]).includes(projectKey) || !/^\d+$/.test(issueTypeId ?? '')) {
    throw new ConsoleError(`Project · type must name one of ${JIRA_PROJECTS.join(', ')} and an issue type.`);
  }
  const created = await jira.createIssue({ projectKey, issueTypeId, summary: form.required('summary', 255), description: form.optional('description') });
  return { notice: `${actor.displayName} created ${created.key}.`, anchor: `jira-${created.key}` };
}
