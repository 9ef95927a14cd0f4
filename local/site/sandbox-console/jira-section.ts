import { html, postForm, selectOptions, when, type Html } from './html';
import { jiraClient, ISSUES_SHOWN, type CommentRow, type IssueRow, type TransitionRow } from './jira-client';
import { ConsoleError } from './sandbox-call';
import { JIRA_ACTORS, JIRA_PROJECTS, type JiraActor } from './sandbox-targets';

/**
 * The Jira part of the console: the issues of SUP and ENG as the chosen person sees them, with
 * what Deskbridge wrote on them (the `deskbridge` property: sync state, tool, ticket) and their
 * comments, internal and restricted ones marked, since those are what the comment policy decides
 * about. Everything is read and done as that person, never as the app.
 */

export const COMMENT_VISIBILITIES = [
  { value: 'public', label: 'Public (shared with the customer)' },
  { value: 'internal', label: 'Internal note (JSM, agents only)' },
  { value: 'role:Administrators', label: 'Restricted to role Administrators' },
  { value: 'group:jira-admins', label: 'Restricted to group jira-admins' },
];

interface IssueView extends IssueRow {
  comments: CommentRow[];
  transitions: TransitionRow[];
}

export type JiraView =
  | { ok: true; actor: JiraActor; issues: IssueView[]; issueTypes: { value: string; label: string }[] }
  | { ok: false; actor: JiraActor; message: string };

export async function loadJira(jiraUrl: string, actor: JiraActor): Promise<JiraView> {
  const jira = jiraClient(jiraUrl, actor);
  try {
    // A project this person may not see offers no issue types, as Jira's create dialog would.
    const typesOf = (project: string) => jira.issueTypes(project).catch(() => []);
    const [issues, ...types] = await Promise.all([jira.listIssues(), ...JIRA_PROJECTS.map(typesOf)]);
    const issueTypes = JIRA_PROJECTS.flatMap((project, index) => types[index].map((type) => ({ value: `${project}:${type.id}`, label: `${project} · ${type.name}` })));
    const detailed = await Promise.all(
      issues.map(async (issue) => {
        const [comments, transitions] = await Promise.all([jira.listComments(issue.key), jira.listTransitions(issue.key)]);
        return { ...issue, comments, transitions };
      }),
    );
    return { ok: true, actor, issues: detailed, issueTypes };
  } catch (error) {
    if (error instanceof ConsoleError) return { ok: false, actor, message: error.message };
    throw error;
  }
}

export function renderJira(view: JiraView): Html {
  const actors = selectOptions(JIRA_ACTORS.map((actor) => ({ value: actor.key, label: `${actor.displayName} — ${actor.role}` })), view.actor.key);
  const top = html`<h2>Sandbox Jira</h2>
    <label>Act as <select id="jira-actor" data-testid="jira-actor">${actors}</select></label>
    <p class="hint">Everything here is read and done as ${view.actor.displayName}, with their own credentials: Jira raises the events in their name, so Deskbridge's triggers (which ignore the app's own changes) see them.</p>`;
  if (!view.ok) return html`<section id="jira" data-testid="jira-section">${top}<p class="problem" data-testid="jira-problem">${view.message}</p></section>`;
  const actor = view.actor.key;
  const create = postForm(
    '/__local/sandboxes/jira/issues',
    'jira-create',
    actor,
    html`<label>Project · type <select name="type" required>${selectOptions(view.issueTypes)}</select></label>
      <label>Summary <input name="summary" required maxlength="255"></label>
      <label class="wide">Description <textarea name="description" rows="3"></textarea></label>
      <button type="submit">Create issue</button>`,
  );
  const issues = view.issues.length ? view.issues.map((issue) => renderIssue(issue, actor)) : html`<p class="empty">No issues in ${JIRA_PROJECTS.join(' or ')} yet.</p>`;
  return html`<section id="jira" data-testid="jira-section">${top}
    <p class="hint">The ${ISSUES_SHOWN} most recently updated issues of ${JIRA_PROJECTS.join(' and ')} that ${view.actor.displayName} may browse.</p>
    <details open><summary>Create an issue</summary>${create}</details>
    <div class="items">${issues}</div></section>`;
}

function renderIssue(issue: IssueView, actor: string): Html {
  const base = `/__local/sandboxes/jira/issues/${encodeURIComponent(issue.key)}`;
  const link = issue.link
    ? html`<p class="link" data-testid="jira-link">Deskbridge link: <strong>${issue.link.syncState ?? 'unknown state'}</strong> · ${issue.link.tool ?? '?'} ticket ${issue.link.ticketId ?? '?'}</p>`
    : html`<p class="link unlinked" data-testid="jira-link">Not linked by Deskbridge</p>`;
  const comments = issue.comments.map((comment) => {
    const kind = comment.internal ? 'internal' : comment.restrictedTo ? 'restricted' : 'public';
    const badge = comment.internal ? 'Internal note' : comment.restrictedTo ? `Restricted to ${comment.restrictedTo}` : 'Public';
    return html`<li class="${kind === 'public' ? 'public' : 'private'}" data-testid="jira-comment" data-kind="${kind}">
      <span class="badge">${badge}</span> <small>${comment.author} · ${when(comment.created)}</small>
      <div class="text">${comment.text}</div></li>`;
  });
  const comment = postForm(
    `${base}/comments`,
    'jira-comment-form',
    actor,
    html`<textarea name="body" rows="2" required placeholder="Write a comment"></textarea>
      <select name="visibility">${selectOptions(COMMENT_VISIBILITIES, 'public')}</select>
      <button type="submit">Comment</button>`,
  );
  return html`<article id="jira-${issue.key}" data-testid="jira-issue" data-key="${issue.key}">
    <header><strong>${issue.key} ${issue.summary}</strong> <span class="status" data-testid="jira-issue-status">${issue.status}</span> <small>updated ${when(issue.updated)}</small></header>
    ${link}
    ${issue.comments.length ? html`<ol class="conversation">${comments}</ol>` : html`<p class="empty">No comments this user may see.</p>`}
    <div class="actions">${comment}${renderTransitionForm(base, issue.transitions, actor)}</div>
  </article>`;
}

function renderTransitionForm(base: string, transitions: TransitionRow[], actor: string): Html | string {
  if (!transitions.length) return '';
  const resolutions = new Map(transitions.flatMap((transition) => transition.resolutions ?? []).map((resolution) => [resolution.id, resolution.name]));
  const asks = resolutions.size
    ? html`<label>Resolution, if asked <select name="resolution">${selectOptions([...resolutions].map(([value, label]) => ({ value, label })))}</select></label>`
    : '';
  const choices = transitions.map((transition) => ({ value: transition.id, label: `${transition.name} → ${transition.to}` }));
  return postForm(`${base}/transitions`, 'jira-transition-form', actor, html`<select name="transition">${selectOptions(choices)}</select>${asks}<button type="submit">Transition</button>`);
}
